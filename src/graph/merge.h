// Folds one article's graph into the knowledge graph: nodes by canonical id
// (gazetteer ids, role ids, or transliteration keys for new names, so the
// English and Arabic names of one entity meet), edges by (source, relation,
// target) with all their evidence.
#pragma once
#include "extract/article_graph.h"
#include "graph/knowledge_graph.h"
#include "lexicon/lexicon.h"

namespace akg {

void mergeArticle(KnowledgeGraph& kg, const ArticleGraph& article, const Lexicon& lexicon);

// Nodes known only through Arabic text take their Arabic name as label.
// Call once after the last merge.
void finalizeLabels(KnowledgeGraph& kg);

// The graph of one article alone (for --per-article output).
KnowledgeGraph articleGraph(const ArticleGraph& article, const Lexicon& lexicon);

}  // namespace akg
