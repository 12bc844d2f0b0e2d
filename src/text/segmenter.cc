#include "text/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include "base/error.h"
#include "base/utf8.h"

namespace akg {

namespace {

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};

bool isSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x00A0 || u_isUWhiteSpace(static_cast<UChar32>(cp));
}

uint16_t classify(std::string_view raw) {
  uint16_t flags = 0;
  size_t letters = 0, upper = 0;
  bool first = true, any = false;
  size_t i = 0;
  while (i < raw.size()) {
    size_t len;
    char32_t cp = utf8::decode(raw, i, len);
    i += len;
    if (cp == utf8::kInvalid) continue;
    auto c = static_cast<UChar32>(cp);
    if (u_isalpha(c)) {
      any = true;
      ++letters;
      if (utf8::isArabicLetter(cp)) flags |= kArabic;
      else flags |= kLatin;
      if (u_isupper(c)) {
        ++upper;
        if (first) flags |= kCapital;
      }
      first = false;
    } else if (u_isdigit(c)) {
      any = true;
      if (first) flags |= kDigit;
      first = false;
    }
  }
  if (!any) flags |= kPunct;
  if (letters >= 2 && upper == letters) flags |= kAllCaps;
  return flags;
}

}  // namespace

Segmenter::Segmenter(const Normalizer& normalizer) : normalizer_(normalizer) {
  UErrorCode status = U_ZERO_ERROR;
  // ss=standard turns on ICU's abbreviation suppressions ("Mr.", "U.S.").
  sentences_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  if (U_FAILURE(status)) {
    status = U_ZERO_ERROR;
    sentences_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  }
  words_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) throw Error(std::string("ICU break iterators unavailable: ") + u_errorName(status));
}

Segmenter::~Segmenter() = default;

Document Segmenter::segment(std::string_view text, size_t bodyBegin) {
  Document doc;
  doc.text = text;
  if (bodyBegin >= text.size()) return doc;
  std::string_view body = text.substr(bodyBegin);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> ut(utext_openUTF8(nullptr, body.data(), static_cast<int64_t>(body.size()), &status));
  if (U_FAILURE(status)) throw Error(std::string("ICU cannot read text: ") + u_errorName(status));

  // Sentence spans, trimmed of surrounding white space.
  sentences_->setText(ut.get(), status);
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  int32_t start = sentences_->first();
  for (int32_t end = sentences_->next(); end != icu::BreakIterator::DONE; start = end, end = sentences_->next()) {
    size_t b = static_cast<size_t>(start), e = static_cast<size_t>(end);
    while (b < e) {
      size_t len;
      char32_t cp = utf8::decode(body, b, len);
      if (!isSpace(cp)) break;
      b += len;
    }
    while (e > b) {
      size_t k = e - 1;
      while (k > b && (static_cast<unsigned char>(body[k]) & 0xC0) == 0x80) --k;
      size_t len;
      char32_t cp = utf8::decode(body, k, len);
      if (!isSpace(cp)) break;
      e = k;
    }
    if (b < e) spans.emplace_back(static_cast<uint32_t>(b + bodyBegin), static_cast<uint32_t>(e + bodyBegin));
  }

  // Word tokens over the whole body, assigned to sentences by offset.
  words_->setText(ut.get(), status);
  size_t si = 0;
  doc.sentences.reserve(spans.size());
  for (auto [b, e] : spans) doc.sentences.push_back(Sentence{b, e, 0, 0});
  doc.tokens.reserve(body.size() / 5);
  auto push = [&](uint32_t b, uint32_t e, uint16_t extra) {
    while (si < spans.size() && spans[si].second <= b) {
      doc.sentences[si].endToken = static_cast<uint32_t>(doc.tokens.size());
      ++si;
      if (si < spans.size()) doc.sentences[si].firstToken = static_cast<uint32_t>(doc.tokens.size());
    }
    Token t;
    t.begin = b;
    t.end = e;
    std::string_view raw = text.substr(b, e - b);
    t.flags = classify(raw) | extra;
    normalizer_.foldInto(raw, t.norm);
    t.sentence = static_cast<uint32_t>(std::min(si, spans.size() - 1));
    doc.tokens.push_back(std::move(t));
  };
  if (spans.empty()) return doc;
  start = words_->first();
  for (int32_t end = words_->next(); end != icu::BreakIterator::DONE; start = end, end = words_->next()) {
    std::string_view piece = body.substr(start, end - start);
    size_t len;
    if (piece.empty() || isSpace(utf8::decode(piece, 0, len))) continue;
    uint32_t b = static_cast<uint32_t>(start + bodyBegin), e = static_cast<uint32_t>(end + bodyBegin);
    // "SDF's" is one ICU word: split the possessive so the name matches.
    size_t cut = std::string_view::npos;
    if (piece.size() > 2 && (piece.ends_with("'s") || piece.ends_with("'S"))) cut = piece.size() - 2;
    else if (piece.size() > 4 && piece.ends_with("\xE2\x80\x99s")) cut = piece.size() - 4;
    if (cut != std::string_view::npos) {
      push(b, static_cast<uint32_t>(b + cut), 0);
      push(static_cast<uint32_t>(b + cut), e, kPossessive);
    } else {
      push(b, e, 0);
    }
  }
  while (si < spans.size()) {
    doc.sentences[si].endToken = static_cast<uint32_t>(doc.tokens.size());
    ++si;
    if (si < spans.size()) doc.sentences[si].firstToken = static_cast<uint32_t>(doc.tokens.size());
  }
  return doc;
}

}  // namespace akg
