#include "ingest/article.h"

#include "base/utf8.h"

namespace akg {

Lang detectLanguage(std::string_view text) {
  size_t arabic = 0, latin = 0;
  size_t i = 0;
  while (i < text.size()) {
    size_t len;
    char32_t cp = utf8::decode(text, i, len);
    if (utf8::isArabicLetter(cp)) ++arabic;
    else if (utf8::isLatinLetter(cp)) ++latin;
    i += len;
  }
  return arabic > latin ? Lang::Ar : Lang::En;
}

bool isValidDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return false;
  int month = (d[5] - '0') * 10 + (d[6] - '0');
  int day = (d[8] - '0') * 10 + (d[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

size_t parseDateHeader(std::string_view text, std::string& date) {
  size_t i = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;  // BOM
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n')) ++i;
  if (text.substr(i, 4) != "date") return 0;
  i += 4;
  size_t spaces = i;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == ':')) ++i;
  if (i == spaces) return 0;
  auto candidate = text.substr(i, 10);
  if (!isValidDate(candidate)) return 0;
  i += 10;
  if (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\r' && text[i] != '\n') return 0;
  date = std::string(candidate);
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n')) ++i;
  return i;
}

}  // namespace akg
