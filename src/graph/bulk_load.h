// Filling a KnowledgeGraph from a file akg wrote, where node ids and
// (source, relation, target) triples are already unique: edges go straight
// into the Boost graph without KnowledgeGraph's per-edge index (a std::map
// that dominates load time at a million edges). A graph filled this way is
// for reading: KnowledgeGraph::upsertEdge does not see bulk-added edges and
// would add a second edge for the same triple.
#pragma once
#include "graph/knowledge_graph.h"

namespace akg {

// Adds the edge source -> target, moving its properties in (no evidence copy).
// The caller guarantees the triple is new; symmetric edges are stored as given.
EdgeDesc appendEdge(KnowledgeGraph& kg, Vertex source, Vertex target, EdgeProps&& props);

}  // namespace akg
