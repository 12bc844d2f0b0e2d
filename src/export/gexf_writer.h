// GEXF 1.3 for Gephi, written with akg's XmlWriter: node ids are akg ids,
// typed node and edge attributes (EXPORT_FORMATS.md), one <edge> with its
// own id and kind = relation per (source, relation, target), symmetric
// relations as type="undirected" edges, and evidence dates as spells (the
// graph is "dynamic" when any edge has a date), so Gephi's timeline works.
#pragma once
#include <ostream>

#include "graph/knowledge_graph.h"

namespace akg {

struct GexfOptions {
  bool evidence = true;  // false: "first_evidence" is "" and "evidence" is "[]" on every edge
  bool viz = true;       // viz:color and viz:size / viz:thickness from kind, mentions, relation, count
};

void writeGexf(const KnowledgeGraph& kg, std::ostream& out, const GexfOptions& options = {});

}  // namespace akg
