#include "extract/extractor.h"

#include "extract/article_run.h"

namespace akg {

Extractor::Extractor(const Lexicon& lexicon, ExtractOptions options)
    : lexicon_(lexicon), options_(options), segmenter_(lexicon.normalizer()), keyer_(lexicon) {}

ArticleGraph Extractor::extract(const Article& article) {
  Document doc = segmenter_.segment(article.text, article.bodyBegin);
  ArticleRun run(lexicon_, options_, keyer_, article, std::move(doc));
  return run.run();
}

}  // namespace akg
