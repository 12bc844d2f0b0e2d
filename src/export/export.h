// One entry point for every output format akg writes. Files are written
// whole or not at all (base/atomic_file.h); "-" means stdout.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace akg {

enum class Format { Json, Dot, GraphML, Svg, Png, Csv };

std::string_view toString(Format f);
std::optional<Format> parseFormat(std::string_view name);            // "json", "dot", "gv", "graphml", "svg", "png", "csv"
std::optional<Format> formatFromPath(const std::filesystem::path& p); // by extension

struct ExportOptions {
  bool evidence = true;        // JSON/GraphML: include evidence sentences
  bool pretty = true;          // JSON: indented
  std::string layout;          // SVG/PNG: Graphviz layout engine; empty = dot for small graphs, sfdp above 150 nodes
};

// Throws akg::Error naming the path on failure.
void exportGraph(const KnowledgeGraph& kg, Format format, const std::filesystem::path& path,
                 const ExportOptions& options = {});

}  // namespace akg
