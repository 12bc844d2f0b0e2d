// An undirected copy of a KnowledgeGraph's structure, for the Boost.Graph
// algorithms that ignore edge direction: shortest paths, connected
// components, betweenness. Vertex numbers are the KnowledgeGraph's; every
// undirected edge knows the KnowledgeGraph edge it stands for. Build it once
// per graph (about a tenth of a second per million edges) and share it.
#pragma once
#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <vector>

#include "graph/knowledge_graph.h"

namespace akg::query {

using UndirectedGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                              boost::property<boost::edge_index_t, uint32_t>>;
using UndirectedEdge = UndirectedGraph::edge_descriptor;

class UndirectedView {
 public:
  explicit UndirectedView(const KnowledgeGraph& kg);

  const UndirectedGraph& graph() const { return g_; }
  // The KnowledgeGraph edge behind an undirected edge.
  EdgeDesc original(UndirectedEdge e) const { return edges_[boost::get(boost::edge_index, g_, e)]; }

 private:
  UndirectedGraph g_;
  std::vector<EdgeDesc> edges_;  // by edge_index
};

}  // namespace akg::query
