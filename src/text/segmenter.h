// ICU sentence and word segmentation over UTF-8 (UText: boundaries come back
// as byte offsets, no UTF-16 copy). Holds ICU break iterators, which are not
// thread-safe: use one Segmenter per thread.
#pragma once
#include <memory>
#include <string_view>

#include "text/document.h"
#include "text/normalizer.h"

#include <unicode/uversion.h>
U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace akg {

class Segmenter {
 public:
  explicit Segmenter(const Normalizer& normalizer);
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  // Segments text[bodyBegin, end). The Document refers to `text`, which must
  // outlive it.
  Document segment(std::string_view text, size_t bodyBegin = 0);

 private:
  const Normalizer& normalizer_;
  std::unique_ptr<icu::BreakIterator> sentences_;
  std::unique_ptr<icu::BreakIterator> words_;
};

}  // namespace akg
