#include "graph/subgraph.h"

#include <algorithm>
#include <cstdint>
#include <deque>

#include "base/error.h"

namespace akg {

bool filtersEdges(const SubgraphFilter& filter) { return !filter.relations.empty() || filter.minCount > 1; }

std::unique_ptr<KnowledgeGraph> filterGraph(const KnowledgeGraph& kg, const SubgraphFilter& filter) {
  const Graph& g = kg.graph();
  size_t n = boost::num_vertices(g);
  if (filter.focus && *filter.focus >= n)
    throw Error("focus vertex " + std::to_string(*filter.focus) + " is not in the graph");

  auto edgeKept = [&](const EdgeDesc& e) {
    const EdgeProps& p = g[e];
    if (p.count < filter.minCount) return false;
    return filter.relations.empty() ||
           std::find(filter.relations.begin(), filter.relations.end(), p.relation) != filter.relations.end();
  };

  std::vector<bool> keep(n, false);
  if (filter.focus) {
    // Breadth-first, so a node's distance is final when first reached.
    std::vector<size_t> distance(n, SIZE_MAX);
    std::deque<Vertex> queue{*filter.focus};
    distance[*filter.focus] = 0;
    while (!queue.empty()) {
      Vertex v = queue.front();
      queue.pop_front();
      keep[v] = true;
      if (distance[v] == filter.depth) continue;
      auto visit = [&](const EdgeDesc& e, Vertex next) {
        if (!edgeKept(e) || distance[next] != SIZE_MAX) return;
        distance[next] = distance[v] + 1;
        queue.push_back(next);
      };
      for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) visit(e, boost::target(e, g));
      for (auto e : boost::make_iterator_range(boost::in_edges(v, g))) visit(e, boost::source(e, g));
    }
  } else if (!filtersEdges(filter)) {
    keep.assign(n, true);
  } else {
    for (auto e : boost::make_iterator_range(boost::edges(g)))
      if (edgeKept(e)) keep[boost::source(e, g)] = keep[boost::target(e, g)] = true;
  }

  auto out = std::make_unique<KnowledgeGraph>();
  out->articles() = kg.articles();
  std::vector<Vertex> mapped(n);
  for (Vertex v = 0; v < n; ++v)
    if (keep[v]) mapped[v] = out->upsertNode(g[v]);
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    Vertex s = boost::source(e, g), t = boost::target(e, g);
    if (!keep[s] || !keep[t] || !edgeKept(e)) continue;
    const EdgeProps& p = g[e];
    EdgeDesc copy = out->upsertEdge(mapped[s], mapped[t], p.relation, p.symmetric, p.evidence, p.negated);
    // upsertEdge recounts from the evidence; a graph saved without evidence
    // keeps its counts only in the properties.
    out->graph()[copy] = p;
  }
  return out;
}

}  // namespace akg
