#include "query/text_table.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "base/utf8.h"

namespace akg::query {

namespace {

constexpr std::string_view kFsi = "\xE2\x81\xA8";  // U+2068 FIRST STRONG ISOLATE
constexpr std::string_view kPdi = "\xE2\x81\xA9";  // U+2069 POP DIRECTIONAL ISOLATE

size_t cellsOf(char32_t c) {
  if (c == utf8::kInvalid) return 1;  // shown as a replacement character
  auto cp = static_cast<UChar32>(c);
  int8_t type = u_charType(cp);
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR || type == U_CONTROL_CHAR)
    return 0;
  if (c >= 0x1160 && c <= 0x11FF) return 0;  // Hangul medial vowels and finals join the syllable
  int eaw = u_getIntPropertyValue(cp, UCHAR_EAST_ASIAN_WIDTH);
  return (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) ? 2 : 1;
}

// Tabs and line breaks would break a TSV line or an aligned row.
std::string flat(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

void pad(std::ostream& out, size_t n) {
  for (size_t i = 0; i < n; ++i) out << ' ';
}

}  // namespace

size_t displayWidth(std::string_view text) {
  size_t width = 0, i = 0;
  while (i < text.size()) {
    auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      width += (b >= 0x20 && b != 0x7F) ? 1 : 0;
      ++i;
      continue;
    }
    size_t len;
    width += cellsOf(utf8::decode(text, i, len));
    i += len;
  }
  return width;
}

bool hasRightToLeft(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) { ++i; continue; }
    size_t len;
    char32_t c = utf8::decode(text, i, len);
    i += len;
    if (c == utf8::kInvalid) continue;
    auto dir = u_charDirection(static_cast<UChar32>(c));
    if (dir == U_RIGHT_TO_LEFT || dir == U_RIGHT_TO_LEFT_ARABIC) return true;
  }
  return false;
}

std::string isolate(std::string_view text) {
  if (!hasRightToLeft(text)) return std::string(text);
  std::string out;
  out.reserve(text.size() + 6);
  out.append(kFsi).append(text).append(kPdi);
  return out;
}

std::string evidenceLine(const Evidence& ev) {
  std::string line = "\xE2\x80\x9C" + isolate(flat(ev.text)) + "\xE2\x80\x9D  (" + ev.article;
  if (!ev.date.empty()) line += ", " + ev.date;
  line += ")";
  return line;
}

void writeAligned(std::ostream& out, const TextTable& table, const TableStyle& style) {
  if (!table.title.empty()) out << isolate(table.title) << "\n";
  size_t ncols = table.columns.size();
  for (const auto& r : table.rows) ncols = std::max(ncols, r.cells.size());
  std::vector<size_t> widths(ncols, 0);
  auto measure = [&](const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size(); ++i) widths[i] = std::max(widths[i], displayWidth(cells[i]));
  };
  measure(table.columns);
  for (const auto& r : table.rows) measure(r.cells);

  auto line = [&](const std::vector<std::string>& cells) {
    pad(out, style.indent);
    // Trailing empty cells need no padding.
    size_t last = cells.size();
    while (last > 0 && cells[last - 1].empty()) --last;
    for (size_t i = 0; i < last; ++i) {
      std::string cell = flat(cells[i]);
      out << isolate(cell);
      if (i + 1 < last) pad(out, widths[i] - displayWidth(cell) + 2);
    }
    out << "\n";
  };
  if (!table.columns.empty()) line(table.columns);
  for (const auto& r : table.rows) {
    line(r.cells);
    if (!style.evidence) continue;
    for (const Evidence* ev : r.evidence) {
      if (ev->text.empty()) continue;  // placeholder: the graph was saved without sentences
      pad(out, style.indent + 4);
      out << evidenceLine(*ev) << "\n";
    }
  }
}

void writeTsv(std::ostream& out, const TextTable& table, const TableStyle& style) {
  if (!table.title.empty()) out << "# " << flat(table.title) << "\n";
  bool withEvidence = style.evidence && table.evidenceColumns;
  auto cells = [&](const std::vector<std::string>& values) {
    for (size_t i = 0; i < values.size(); ++i) out << (i ? "\t" : "") << flat(values[i]);
  };
  if (!table.columns.empty()) {
    cells(table.columns);
    if (withEvidence) out << "\tevidence_article\tevidence_date\tevidence_lang\tevidence_sentence";
    out << "\n";
  }
  for (const auto& r : table.rows) {
    std::vector<const Evidence*> sentences;
    if (withEvidence)
      for (const Evidence* ev : r.evidence)
        if (!ev->text.empty()) sentences.push_back(ev);
    if (sentences.empty()) {
      cells(r.cells);
      if (withEvidence) out << "\t\t\t\t";
      out << "\n";
      continue;
    }
    for (const Evidence* ev : sentences) {
      cells(r.cells);
      out << "\t" << flat(ev->article) << "\t" << ev->date << "\t" << toString(ev->lang) << "\t" << flat(ev->text) << "\n";
    }
  }
}

}  // namespace akg::query
