// Two RFC 4180 CSV files for graph databases (Kuzu COPY, Neo4j LOAD CSV WITH
// HEADERS): <stem>_nodes.csv and <stem>_edges.csv beside the given path.
// Columns are listed in graph_schemas/schema/EXPORT_FORMATS.md.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>

#include "graph/knowledge_graph.h"

namespace akg {

struct CsvPaths {
  std::filesystem::path nodes, edges;
};

// "out/g.csv" -> out/g_nodes.csv, out/g_edges.csv; a path without the .csv
// extension is used whole as the prefix ("out/g" -> out/g_nodes.csv).
CsvPaths csvPaths(const std::filesystem::path& path);

// One CSV field: quoted (with "" for ") when it holds a comma, quote, tab,
// line break or leading/trailing space. Line breaks stay inside the quotes,
// so names round-trip exactly (RFC 4180; spreadsheets and LOAD CSV read them).
std::string csvField(std::string_view value);

// Writes both files, each whole or not at all; if the edges file fails, the
// nodes file just written is removed so no half pair is left. Throws
// akg::Error naming the path ("-" is refused: two files cannot go to stdout).
void writeCsv(const KnowledgeGraph& kg, const std::filesystem::path& path);

}  // namespace akg
