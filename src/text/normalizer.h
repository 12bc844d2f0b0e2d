// The matching form of text: NFKC, case folded, invisible format characters
// dropped, Arabic tashkeel and tatweel removed, alef forms -> ا, ى -> ي,
// ة -> ه, Arabic-Indic digits -> ASCII, Latin diacritics dropped, typographic
// quotes and dashes -> ASCII. Every output byte remembers the input byte it
// came from, so matches map back to the article as written.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>
U_NAMESPACE_BEGIN
class Normalizer2;
U_NAMESPACE_END

namespace akg {

struct NormalizedText {
  std::string text;
  // toOriginal[i] = input byte offset of output byte i; one extra entry maps
  // text.size() to the input's end.
  std::vector<uint32_t> toOriginal;
};

// Immutable after construction and safe to share between threads.
class Normalizer {
 public:
  Normalizer();
  NormalizedText normalize(std::string_view in) const;
  // The same folding without the offset map (for lexicon entries and tokens).
  std::string fold(std::string_view in) const;
  void foldInto(std::string_view in, std::string& out) const;

 private:
  template <typename Emit>
  void run(std::string_view in, Emit&& emit) const;
  void foldOther(char32_t cp, std::string& out) const;

  const icu::Normalizer2* nfkcCasefold_;
  const icu::Normalizer2* nfd_;
};

}  // namespace akg
