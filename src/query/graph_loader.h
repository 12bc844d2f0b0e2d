// Reads a graph that `akg build` wrote back into a KnowledgeGraph: node-link
// JSON (graph_schemas/schema/graph.schema.json) or GraphML written by akg's
// exporter. The structure is checked while reading; every error is an
// akg::Error naming the file, and for JSON the line:col of the fault.
// The graph is returned behind a pointer because Boost's adjacency_list has no
// move constructor: "moving" a KnowledgeGraph copies every edge.
#pragma once
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace akg::query {

enum class GraphFileFormat { Json, GraphML };

struct LoadOptions {
  // Empty: by extension (.json; .graphml, .xml), else by the first
  // non-blank character ('{' JSON, '<' GraphML).
  std::optional<GraphFileFormat> format;
};

// "-" reads standard input (named "stdin" in errors). Large JSON files are
// read and built with two threads (json_graph_reader.h).
std::unique_ptr<KnowledgeGraph> loadGraph(const std::filesystem::path& path, const LoadOptions& options = {});

// The same from text in memory; `where` names the source in errors.
std::unique_ptr<KnowledgeGraph> parseGraphJson(std::string_view text, const std::string& where);
std::unique_ptr<KnowledgeGraph> parseGraphML(std::string_view text, const std::string& where);

// Edges of a graph saved without evidence keep their dates and languages as
// placeholder evidence: no article, no text. Queries show them as dates only.
inline bool isPlaceholder(const Evidence& ev) { return ev.article.empty() && ev.text.empty(); }

}  // namespace akg::query
