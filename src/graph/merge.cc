#include "graph/merge.h"

#include "base/utf8.h"

namespace akg {

namespace {

bool hasArabic(const std::string& s) {
  size_t i = 0;
  while (i < s.size()) {
    size_t len;
    if (utf8::isArabicLetter(utf8::decode(s, i, len))) return true;
    i += len;
  }
  return false;
}

}  // namespace

void mergeArticle(KnowledgeGraph& kg, const ArticleGraph& a, const Lexicon& lexicon) {
  kg.articles().push_back({a.articleId, a.path, std::string(toString(a.lang)), a.date});
  for (const auto& n : a.nodes) {
    NodeProps p;
    p.id = n.id;
    p.type = std::string(toString(n.type));
    p.kind = n.kind;
    p.aliases = n.aliases;
    // English labels read best in a mixed graph; Arabic ones go to labelAr.
    if (hasArabic(n.label)) p.labelAr = n.label;
    else p.label = n.label;
    for (const auto& al : n.aliases)
      if (p.labelAr.empty() && hasArabic(al)) p.labelAr = al;
    p.languages.insert(std::string(toString(a.lang)));
    p.articles.insert(a.articleId);
    p.mentions = n.mentions;
    p.inGazetteer = n.inGazetteer;
    p.coords = n.coords;
    Vertex v = kg.upsertNode(p);
    NodeProps& stored = kg.graph()[v];
    if (stored.label.empty() && !p.label.empty()) stored.label = p.label;
  }
  for (const auto& e : a.edges) {
    auto s = kg.find(e.source), t = kg.find(e.target);
    if (!s || !t) continue;
    const RelationType* rt = lexicon.relation(e.relation);
    kg.upsertEdge(*s, *t, e.relation, rt && rt->symmetric, {e.evidence}, e.negated);
  }
}

void finalizeLabels(KnowledgeGraph& kg) {
  for (auto v : boost::make_iterator_range(boost::vertices(kg.graph()))) {
    NodeProps& n = kg.graph()[v];
    if (n.label.empty()) n.label = n.labelAr.empty() ? n.id : n.labelAr;
  }
}

KnowledgeGraph articleGraph(const ArticleGraph& article, const Lexicon& lexicon) {
  KnowledgeGraph kg;
  mergeArticle(kg, article, lexicon);
  finalizeLabels(kg);
  return kg;
}

}  // namespace akg
