#include "query/undirected_view.h"

namespace akg::query {

UndirectedView::UndirectedView(const KnowledgeGraph& kg) : g_(kg.nodeCount()) {
  const Graph& g = kg.graph();
  edges_.reserve(kg.edgeCount());
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    boost::add_edge(boost::source(e, g), boost::target(e, g), static_cast<uint32_t>(edges_.size()), g_);
    edges_.push_back(e);
  }
}

}  // namespace akg::query
