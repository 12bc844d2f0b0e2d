// Extraction of one article: text -> mentions -> resolution -> relations ->
// ArticleGraph. The result depends only on (article, lexicon); an Extractor
// holds per-thread ICU objects, so give each thread its own.
#pragma once
#include <memory>

#include "extract/article_graph.h"
#include "extract/name_key.h"
#include "ingest/article.h"
#include "lexicon/lexicon.h"
#include "text/segmenter.h"

namespace akg {

struct ExtractOptions {
  bool keepNegated = false;  // keep negated/threatened edges (flagged "negated") instead of dropping them
  int maxSlotDistance = 18;  // tokens a relation argument may be from its trigger
  bool explain = false;      // fill ArticleGraph::trace with mentions and triggers per sentence
};

class Extractor {
 public:
  explicit Extractor(const Lexicon& lexicon, ExtractOptions options = {});
  ArticleGraph extract(const Article& article);

 private:
  const Lexicon& lexicon_;
  ExtractOptions options_;
  Segmenter segmenter_;
  NameKeyer keyer_;
};

}  // namespace akg
