// GraphML through Boost's write_graphml: typed keys (string, int, boolean,
// double) named in graph_schemas/schema/EXPORT_FORMATS.md; list-valued
// properties are strings holding JSON arrays. Every string is cleaned with
// utf8::sanitize first, so the XML is always well-formed.
#pragma once
#include <ostream>

#include "graph/knowledge_graph.h"

namespace akg {

struct GraphmlOptions {
  bool evidence = true;  // false: every edge's "evidence" is "[]"
  bool yed = false;      // add yEd's y:ShapeNode graphics so yEd shows labels
};

// lat/lon of a node without coordinates (both keys carry it).
inline constexpr double kGraphmlNoCoordinate = -999.0;

void writeGraphml(const KnowledgeGraph& kg, std::ostream& out, const GraphmlOptions& options = {});

}  // namespace akg
