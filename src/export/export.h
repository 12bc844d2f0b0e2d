// One entry point for every output format akg writes. Files are written
// whole or not at all (base/atomic_file.h); "-" means stdout. Neo4j and Kùzu
// are folders of CSVs and scripts, replaced whole the same way.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace akg {

enum class Format {
  Json, Dot, GraphML, Svg, Png, Pdf, Csv,
  Gexf,      // Gephi
  Neo4j,     // folder: neo4j-admin import CSVs + load.cypher
  Cypher,    // one script of MERGE statements for a running server
  Kuzu,      // folder: schema, COPY FROM CSVs, load script
  NTriples, Turtle,
  GeoJson,
  Html,      // self-contained interactive viewer
};

struct FormatInfo {
  Format format;
  std::string_view name;                     // -f NAME
  std::vector<std::string_view> extensions;  // without the dot; empty = give -f
  bool directory;                            // written as a folder (-o DIR -f NAME)
  std::string_view what;                     // one line for --help
};

// Every format, in the order --help lists them.
const std::vector<FormatInfo>& formats();
const FormatInfo& info(Format f);
std::string_view toString(Format f);
std::optional<Format> parseFormat(std::string_view name);            // -f NAME (case-insensitive), or an extension
std::optional<Format> formatFromPath(const std::filesystem::path& p); // by extension
// "json, dot, ..." for usage messages.
std::string formatNames();

struct ExportOptions {
  bool evidence = true;        // JSON/GraphML/GEXF/...: include evidence sentences
  bool pretty = true;          // JSON: indented
  bool yed = false;            // GraphML: yEd's y: node graphics
  std::string layout;          // SVG/PNG/PDF: Graphviz layout engine; empty = dot for small graphs, sfdp above
};

// Throws akg::Error naming the path on failure.
void exportGraph(const KnowledgeGraph& kg, Format format, const std::filesystem::path& path,
                 const ExportOptions& options = {});

}  // namespace akg
