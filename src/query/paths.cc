// `path`: every shortest path between two nodes, edge direction ignored,
// found with Boost's breadth_first_search on the undirected view.
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>

#include <algorithm>

#include "query/query.h"

namespace akg::query {

namespace {

constexpr size_t kMaxCounted = 10000;

struct StopSearch {};

// Records hop distances and stops the search once every node that could lie
// on a shortest path (or within maxLength) has its distance.
class DistanceVisitor : public boost::default_bfs_visitor {
 public:
  DistanceVisitor(std::vector<int>& dist, Vertex goal, int maxLength) : dist_(&dist), goal_(goal), max_(maxLength) {}

  template <typename E, typename G>
  void tree_edge(E e, const G& g) const {
    (*dist_)[boost::target(e, g)] = (*dist_)[boost::source(e, g)] + 1;
  }
  template <typename V, typename G>
  void examine_vertex(V u, const G&) const {
    int du = (*dist_)[u], dg = (*dist_)[goal_];
    if (du >= max_ || (dg >= 0 && du >= dg)) throw StopSearch{};
  }

 private:
  std::vector<int>* dist_;  // the visitor is copied by value
  Vertex goal_;
  int max_;
};

struct RelationFilter {
  const UndirectedView* view = nullptr;
  const Graph* g = nullptr;
  const std::vector<std::string>* relations = nullptr;
  bool operator()(UndirectedEdge e) const {
    const std::string& r = (*g)[view->original(e)].relation;
    return std::find(relations->begin(), relations->end(), r) != relations->end();
  }
};

template <typename UG>
PathResult shortestPaths(const UG& ug, const UndirectedView& view, Vertex from, Vertex to, const PathOptions& o) {
  PathResult r;
  if (from == to) {
    r.paths.push_back(Path{{from}, {}});
    r.length = 0;
    r.total = 1;
    return r;
  }
  std::vector<int> dist(boost::num_vertices(ug), -1);
  dist[from] = 0;
  try {
    boost::breadth_first_search(ug, from, boost::visitor(DistanceVisitor(dist, to, o.maxLength)));
  } catch (const StopSearch&) {
  }
  if (dist[to] < 0 || dist[to] > o.maxLength) return r;
  r.length = dist[to];

  // Walk back from `to` through nodes one hop nearer `from`.
  auto nearer = [&](Vertex x) {
    std::vector<Vertex> out;
    for (auto e : boost::make_iterator_range(boost::out_edges(x, ug))) {
      Vertex y = boost::target(e, ug);
      if (dist[y] == dist[x] - 1) out.push_back(y);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  };
  std::vector<Vertex> reversed{to};
  auto walk = [&](auto&& self, Vertex x) -> void {
    if (r.total >= kMaxCounted) return;
    if (x == from) {
      ++r.total;
      if (r.paths.size() < o.limit) r.paths.push_back(Path{{reversed.rbegin(), reversed.rend()}, {}});
      return;
    }
    for (Vertex y : nearer(x)) {
      reversed.push_back(y);
      self(self, y);
      reversed.pop_back();
    }
  };
  walk(walk, to);

  for (auto& p : r.paths) {
    for (size_t i = 0; i + 1 < p.nodes.size(); ++i) {
      std::vector<EdgeDesc> hop;
      for (auto e : boost::make_iterator_range(boost::out_edges(p.nodes[i], ug)))
        if (boost::target(e, ug) == p.nodes[i + 1]) hop.push_back(view.original(e));
      p.hops.push_back(std::move(hop));
    }
  }
  return r;
}

}  // namespace

PathResult paths(const KnowledgeGraph& kg, const UndirectedView& view, Vertex from, Vertex to, const PathOptions& options) {
  if (options.relations.empty()) return shortestPaths(view.graph(), view, from, to, options);
  RelationFilter keep{&view, &kg.graph(), &options.relations};
  boost::filtered_graph<UndirectedGraph, RelationFilter> fg(view.graph(), keep);
  return shortestPaths(fg, view, from, to, options);
}

}  // namespace akg::query
