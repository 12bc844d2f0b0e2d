// A smaller KnowledgeGraph cut out of a larger one, for drawing: only some
// relations, only edges seen often enough, only the neighbourhood of one
// node. The cut is a new graph; nodes and edges keep all their properties
// and their order, and the article list is copied whole.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace akg {

struct SubgraphFilter {
  std::vector<std::string> relations;  // keep edges of these relations; empty = every relation
  uint32_t minCount = 1;               // keep edges with at least this count (evidence sentences)
  std::optional<Vertex> focus;         // keep only nodes within `depth` steps of this one...
  size_t depth = 1;                    // ...walking kept edges in either direction
};

// True when the filter removes edges (relations or minCount).
bool filtersEdges(const SubgraphFilter& filter);

// Edges: those passing the relation and count filters whose ends both stay.
// Nodes: with a focus, those the undirected walk over kept edges reaches
// within depth steps (the focus itself always); without one, every node when
// no edge is filtered, else only the nodes that keep at least one edge, so an
// edge filter does not leave a cloud of unconnected nodes.
// Throws akg::Error when focus is not a vertex of kg.
std::unique_ptr<KnowledgeGraph> filterGraph(const KnowledgeGraph& kg, const SubgraphFilter& filter);

}  // namespace akg
