// An article cut into sentences and tokens. Spans are half-open byte ranges
// into the original article text; `norm` is the token's matching form.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace akg {

enum TokenFlag : uint16_t {
  kLatin = 1 << 0,     // has a Latin letter
  kArabic = 1 << 1,    // has an Arabic letter
  kCapital = 1 << 2,   // first letter is upper case
  kAllCaps = 1 << 3,   // two or more letters, all upper case (acronyms)
  kDigit = 1 << 4,     // starts with a digit
  kPunct = 1 << 5,     // no letter or digit
  kPossessive = 1 << 6 // the "'s" split off a word
};

struct Token {
  uint32_t begin = 0, end = 0;
  std::string norm;
  uint16_t flags = 0;
  uint32_t sentence = 0;
  bool has(TokenFlag f) const { return (flags & f) != 0; }
};

struct Sentence {
  uint32_t begin = 0, end = 0;           // trimmed byte span
  uint32_t firstToken = 0, endToken = 0; // token index range [first, end)
};

struct Document {
  std::string_view text;  // the article as written (not owned)
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;

  std::string_view raw(const Token& t) const { return text.substr(t.begin, t.end - t.begin); }
  std::string_view raw(uint32_t begin, uint32_t end) const { return text.substr(begin, end - begin); }
};

}  // namespace akg
