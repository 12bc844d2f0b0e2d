#include "text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "base/error.h"
#include "base/utf8.h"

namespace akg {

namespace {

bool isFormatChar(char32_t cp) {
  return cp == 0x00AD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2060 && cp <= 0x2069) || cp == 0xFEFF || cp == 0x061C;
}

// Arabic letters are folded by table: it is the hot path for Arabic text and
// the folding (SPEC.md "Normalisation") is not a Unicode normal form.
// Returns 0 to drop the code point, or the replacement.
char32_t foldArabic(char32_t cp) {
  if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640) return 0;  // tashkeel, tatweel
  switch (cp) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673: return 0x0627;
    case 0x0649: case 0x06CC: case 0x06D2: return 0x064A;
    case 0x0629: return 0x0647;
    case 0x06A9: return 0x0643;
    case 0x060C: return ',';   // Arabic comma
    case 0x061B: return ';';
    case 0x061F: return '?';
    case 0x066B: return '.';
    case 0x066C: return ',';
    default: break;
  }
  if (cp >= 0x0660 && cp <= 0x0669) return '0' + (cp - 0x0660);
  if (cp >= 0x06F0 && cp <= 0x06F9) return '0' + (cp - 0x06F0);
  return cp;
}

char32_t foldPunctuation(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x2032: case 0x00B4: case 0x0060: return '\'';
    case 0x201C: case 0x201D: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033: return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: return '-';
    case 0x00A0: case 0x2007: case 0x202F: return ' ';
    default: return 0;
  }
}

}  // namespace

Normalizer::Normalizer() {
  UErrorCode status = U_ZERO_ERROR;
  nfkcCasefold_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
  nfd_ = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw Error(std::string("ICU normalizer unavailable: ") + u_errorName(status));
}

void Normalizer::foldOther(char32_t cp, std::string& out) const {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString src(static_cast<UChar32>(cp));
  icu::UnicodeString folded = nfkcCasefold_->normalize(src, status);
  if (U_FAILURE(status)) { utf8::append(out, cp); return; }
  // Latin diacritics are dropped for matching (Erdoğan = Erdogan).
  icu::UnicodeString decomposed = nfd_->normalize(folded, status);
  if (U_FAILURE(status)) decomposed = folded;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK && !utf8::isArabicLetter(static_cast<char32_t>(c))) continue;
    char32_t f = static_cast<char32_t>(c);
    if (utf8::isArabicLetter(f)) {
      f = foldArabic(f);
      if (f == 0) continue;
    }
    utf8::append(out, f);
  }
}

template <typename Emit>
void Normalizer::run(std::string_view in, Emit&& emit) const {
  std::string buf;
  size_t i = 0;
  while (i < in.size()) {
    unsigned char b = static_cast<unsigned char>(in[i]);
    if (b < 0x80) {
      char c = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      if (b == '`') c = '\'';
      emit(std::string_view(&c, 1), i);
      ++i;
      continue;
    }
    size_t len;
    char32_t cp = utf8::decode(in, i, len);
    buf.clear();
    if (cp == utf8::kInvalid || isFormatChar(cp)) {
      // dropped
    } else if (cp >= 0x0600 && cp <= 0x06FF) {
      char32_t f = foldArabic(cp);
      if (f) utf8::append(buf, f);
    } else if (char32_t p = foldPunctuation(cp)) {
      utf8::append(buf, p);
    } else {
      foldOther(cp, buf);
    }
    if (!buf.empty()) emit(std::string_view(buf), i);
    i += len;
  }
}

NormalizedText Normalizer::normalize(std::string_view in) const {
  NormalizedText out;
  out.text.reserve(in.size());
  out.toOriginal.reserve(in.size() + 1);
  run(in, [&](std::string_view piece, size_t from) {
    out.text.append(piece);
    out.toOriginal.insert(out.toOriginal.end(), piece.size(), static_cast<uint32_t>(from));
  });
  out.toOriginal.push_back(static_cast<uint32_t>(in.size()));
  return out;
}

void Normalizer::foldInto(std::string_view in, std::string& out) const {
  run(in, [&](std::string_view piece, size_t) { out.append(piece); });
}

std::string Normalizer::fold(std::string_view in) const {
  std::string out;
  out.reserve(in.size());
  foldInto(in, out);
  return out;
}

}  // namespace akg
