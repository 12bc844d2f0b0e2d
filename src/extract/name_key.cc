#include "extract/name_key.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <sstream>

#include "base/error.h"
#include "lexicon/lexicon.h"
#include "text/clitics.h"

namespace akg {

NameKeyer::NameKeyer(const Lexicon& lexicon) : lexicon_(lexicon) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError perr;
  icu::UnicodeString rules = icu::UnicodeString::fromUTF8(lexicon.translitRules());
  translit_.reset(icu::Transliterator::createFromRules("akg-name-key", rules, UTRANS_FORWARD, perr, status));
  if (U_FAILURE(status))
    throw Error(lexicon.dir() + "/translit/name_key.rules:" + std::to_string(perr.line) + ":" +
                std::to_string(perr.offset) + ": " + u_errorName(status));
}

NameKeyer::~NameKeyer() = default;

std::string NameKeyer::key(std::string_view folded) const {
  // Words: split on anything that is not a letter; drop articles/particles.
  std::string words;
  std::string word;
  auto flush = [&]() {
    if (word.empty()) return;
    std::string w = word;
    word.clear();
    // "26th", "26": a unit's number, ordinal suffix dropped; digits pass the
    // rules unchanged and tell "the 22nd Division" from "the 16th Division".
    if (w[0] >= '0' && w[0] <= '9') {
      std::string digits;
      for (char d : w)
        if (d >= '0' && d <= '9') digits += d;
      words += digits;
      words += ' ';
      return;
    }
    bool arabic = static_cast<unsigned char>(w[0]) >= 0xD8 && static_cast<unsigned char>(w[0]) <= 0xDB;
    if (arabic) {
      if (lexicon_.nameParticlesArabic().count(w)) return;
      const std::string& al = lexicon_.clitics().article;
      if (w.starts_with(al) && codePoints(w) > 3) w = w.substr(al.size());
    } else {
      if (lexicon_.nameParticlesLatin().count(w)) return;
      // The longest rewrite that fits: "abdul" before "abdu".
      const std::pair<const std::string, std::string>* best = nullptr;
      for (const auto& rw : lexicon_.nameRewritesLatin())
        if (w.starts_with(rw.first) && (!best || rw.first.size() > best->first.size())) best = &rw;
      if (best) w = best->second + w.substr(best->first.size());
    }
    words += w;
    words += ' ';
  };
  for (size_t i = 0; i < folded.size(); ++i) {
    char c = folded[i];
    auto u = static_cast<unsigned char>(c);
    bool letter = u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (letter) word += c;
    else flush();
  }
  flush();
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(words);
  translit_->transliterate(s);
  std::string mapped;
  s.toUTF8String(mapped);
  // Word-final h is usually a vowel (Hamah / حماة), doubled letters collapse.
  std::string out;
  for (size_t i = 0; i < mapped.size(); ++i) {
    char c = mapped[i];
    if (c == ' ') continue;
    bool wordEnd = i + 1 == mapped.size() || mapped[i + 1] == ' ';
    if (c == 'h' && wordEnd && !out.empty()) continue;
    if (c >= '0' && c <= '9') { out += c; continue; }
    if (!(c >= 'a' && c <= 'z')) continue;
    if (!out.empty() && out.back() == c) continue;
    out += c;
  }
  if (out.size() < 3) return {};
  return out;
}

}  // namespace akg
