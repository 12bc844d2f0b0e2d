// A minimal RFC 4180 reader for the CSV, Neo4j and Kùzu writer tests: quoted fields
// may hold the delimiter, doubled quotes and line breaks; records end at an
// unquoted LF (or CRLF).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace akg::testing {

inline std::vector<std::vector<std::string>> readBulkCsv(std::string_view text) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') rows.back().back() += '"', ++i;
      else if (c == '"') quoted = false;
      else rows.back().back() += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\n' || (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) {
      if (c == '\r') ++i;
      rows.emplace_back(1);
    } else {
      rows.back().back() += c;
    }
  }
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

// Elements of a list field (joined with U+001F).
inline std::vector<std::string> splitList(const std::string& field) {
  std::vector<std::string> items(1);
  for (char c : field) {
    if (c == '\x1f') items.emplace_back();
    else items.back() += c;
  }
  return field.empty() ? std::vector<std::string>{} : items;
}

}  // namespace akg::testing
