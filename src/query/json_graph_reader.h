// The reader behind parseGraphJson and loadGraph for node-link JSON: RapidJSON
// SAX over a buffer parsed in place, building the graph as it reads (edges
// on a second thread once a file has thousands). Internal to query/.
#pragma once
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "graph/knowledge_graph.h"

namespace akg::query {

// Zero bytes the buffer must carry after the text: RapidJSON's SIMD scan
// reads whole 16-byte blocks.
inline constexpr size_t kJsonPadding = 16;

// Parses the text in `buffer` (rewriting it), followed by kJsonPadding zero
// bytes. `original` gives the text as it was; it is called only to place an
// error at its line and column. Throws akg::Error "where:line:col: reason".
std::unique_ptr<KnowledgeGraph> readJsonGraph(char* buffer, const std::string& where,
                                              const std::function<std::string()>& original);

}  // namespace akg::query
