// A table of text cells written either aligned for a terminal or as TSV.
// Aligned output isolates right-to-left text (U+2068 FSI ... U+2069 PDI) so an
// Arabic cell cannot reorder its neighbours, and pads by terminal cells
// (combining marks 0, East Asian wide 2), not bytes. TSV is raw data: no
// isolates, tabs and line breaks inside cells become spaces.
#pragma once
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "extract/article_graph.h"

namespace akg::query {

// Terminal cells the text takes (zero-width for marks and format controls).
size_t displayWidth(std::string_view text);

// Whether text holds a right-to-left letter (Arabic, Hebrew, ...).
bool hasRightToLeft(std::string_view text);

// Text wrapped in FSI ... PDI when it holds right-to-left letters, else as is.
std::string isolate(std::string_view text);

struct TextTable {
  std::string title;                  // a line above the table; "" for none
  std::vector<std::string> columns;   // header cells; empty: no header row
  struct Row {
    std::vector<std::string> cells;
    std::vector<const Evidence*> evidence;  // sentences printed under the row
  };
  std::vector<Row> rows;
  bool evidenceColumns = false;       // TSV: one line per sentence with article, date, lang, sentence columns
};

struct TableStyle {
  bool evidence = true;               // print the rows' evidence sentences
  size_t indent = 0;                  // spaces before every row
};

void writeAligned(std::ostream& out, const TextTable& table, const TableStyle& style = {});
// `title` lines start with "# " so a TSV reader can skip them.
void writeTsv(std::ostream& out, const TextTable& table, const TableStyle& style = {});

// "“sentence” — article, date" in the aligned form.
std::string evidenceLine(const Evidence& ev);

}  // namespace akg::query
