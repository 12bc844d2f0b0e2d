#include "graph/bulk_load.h"

#include <utility>

namespace akg {

EdgeDesc appendEdge(KnowledgeGraph& kg, Vertex source, Vertex target, EdgeProps&& props) {
  // add_edge copies a property argument; add an empty one and move into it.
  auto [e, added] = boost::add_edge(source, target, kg.graph());
  (void)added;
  kg.graph()[e] = std::move(props);
  return e;
}

}  // namespace akg
