// Field encodings shared by the Neo4j and Kùzu writers: RFC 4180 quoting that
// keeps line breaks inside quoted fields (both bulk loaders read them), lists
// joined with U+001F, and the edge summaries both databases store.
#pragma once
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace akg::graphdb {

// Joins list elements inside one CSV field. utf8::sanitize turns every C0
// control but tab and newline into a space, so no sanitized text holds it.
inline constexpr char kListSeparator = '\x1f';

// "text" with each " doubled; the text is sanitized, tabs and newlines kept.
std::string csvQuoted(std::string_view text);
// Sanitized elements joined with kListSeparator, then quoted. Empty elements
// are left out (the Kùzu split drops them); no elements gives an empty,
// unquoted field, which both loaders read as null.
std::string csvList(const std::vector<std::string>& items);
std::string csvList(const std::set<std::string>& items);
// Shortest text that reads back to the same double; empty for NaN/infinity.
std::string number(double d);

// Per-edge summaries of the evidence.
std::set<std::string> evidenceLanguages(const EdgeProps& e);
// Distinct non-empty evidence dates, sorted. Both databases store them as
// DATE, so anything but YYYY-MM-DD throws akg::Error naming the edge.
std::set<std::string> evidenceDates(const Graph& g, EdgeDesc e);
std::vector<std::string> evidenceTexts(const EdgeProps& e);  // in evidence order
std::set<std::string> evidenceArticles(const EdgeProps& e);  // distinct, sorted

// "actor" -> "Actor", "armed_group" -> "ArmedGroup"; characters other than
// ASCII letters and digits separate words and are dropped.
std::string pascalCase(std::string_view name);
// "withdrew_from" -> "WITHDREW_FROM" (ASCII letters upper-cased, the rest kept).
std::string upperSnake(std::string_view name);
// "sdf -withdrew_from-> aleppo", for error messages.
std::string describeEdge(const Graph& g, EdgeDesc e);

}  // namespace akg::graphdb
