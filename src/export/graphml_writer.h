// GraphML for networkx, Gephi, yEd and Neo4j APOC, written with akg's
// XmlWriter: typed keys (string, int, boolean, double) named in
// graph_schemas/schema/EXPORT_FORMATS.md, list values as strings holding JSON
// arrays, one <edge> with its own id per (source, relation, target), and
// with `yed` the y:ShapeNode / y:PolyLineEdge graphics yEd draws.
#pragma once
#include <ostream>

#include "graph/knowledge_graph.h"

namespace akg {

struct GraphmlOptions {
  bool evidence = true;  // false: every edge's "evidence" is "[]" and "first_evidence" ""
  bool yed = false;      // add yEd's y:ShapeNode/y:PolyLineEdge graphics so yEd shows labels
};

// lat/lon of a node without coordinates (both keys carry it).
inline constexpr double kGraphmlNoCoordinate = -999.0;

void writeGraphml(const KnowledgeGraph& kg, std::ostream& out, const GraphmlOptions& options = {});

}  // namespace akg
