#include "export/clusters.h"

#include <algorithm>
#include <map>

#include "export/graph_style.h"

namespace akg {

namespace {

constexpr int kNone = -1;

// The candidate with the highest weight; ties go to the smaller id so the
// drawing does not depend on edge order.
struct Best {
  std::optional<Vertex> vertex;
  uint64_t weight = 0;
  void offer(Vertex v, uint64_t w, const Graph& g) {
    if (!vertex || w > weight || (w == weight && g[v].id < g[*vertex].id)) {
      vertex = v;
      weight = w;
    }
  }
};

bool isPlace(const Graph& g, Vertex v) { return g[v].type == "location"; }

ClusterTree byKind(const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  ClusterTree tree;
  tree.clusterOf.assign(boost::num_vertices(g), kNone);
  std::vector<std::string> order;
  for (const auto& k : kindStyles()) order.emplace_back(k.kind);
  std::vector<std::string> unknown;
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    if (std::find(order.begin(), order.end(), g[v].kind) == order.end() &&
        std::find(unknown.begin(), unknown.end(), g[v].kind) == unknown.end())
      unknown.push_back(g[v].kind);
  std::sort(unknown.begin(), unknown.end());
  order.insert(order.end(), unknown.begin(), unknown.end());

  std::map<std::string, int> index;
  for (const auto& kind : order) {
    bool present = false;
    for (auto v : boost::make_iterator_range(boost::vertices(g))) present = present || g[v].kind == kind;
    if (!present) continue;
    index[kind] = static_cast<int>(tree.clusters.size());
    tree.clusters.push_back({kind.empty() ? "(no kind)" : displayName(kind), kNone, std::nullopt});
  }
  for (auto v : boost::make_iterator_range(boost::vertices(g))) tree.clusterOf[v] = index.at(g[v].kind);
  return tree;
}

ClusterTree byLocation(const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  size_t n = boost::num_vertices(g);

  std::vector<Best> parentChoice(n), homeChoice(n);
  std::vector<std::map<Vertex, uint64_t>> presence(n);
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& p = g[e];
    if (p.negated) continue;
    Vertex s = boost::source(e, g), t = boost::target(e, g);
    if (s == t || !isPlace(g, t)) continue;
    if (p.relation == "located_in" && isPlace(g, s)) parentChoice[s].offer(t, p.count, g);
    if ((p.relation == "present_in" || p.relation == "controls") && !isPlace(g, s)) presence[s][t] += p.count;
  }
  for (Vertex a = 0; a < n; ++a)
    for (const auto& [place, weight] : presence[a]) homeChoice[a].offer(place, weight, g);

  // Parents in vertex order; a link whose parent already leads back to the
  // child would make a loop, and is dropped.
  std::vector<std::optional<Vertex>> parent(n);
  for (Vertex v = 0; v < n; ++v) {
    if (!parentChoice[v].vertex) continue;
    Vertex p = *parentChoice[v].vertex;
    bool loops = false;
    for (std::optional<Vertex> up = p; up; up = parent[*up])
      if (*up == v) { loops = true; break; }
    if (!loops) parent[v] = p;
  }

  std::vector<bool> holds(n, false);
  for (Vertex v = 0; v < n; ++v) {
    if (parent[v]) holds[*parent[v]] = true;
    if (homeChoice[v].vertex) holds[*homeChoice[v].vertex] = true;
  }

  ClusterTree tree;
  tree.clusterOf.assign(n, kNone);
  std::vector<int> clusterFor(n, kNone);  // the cluster a holding place stands for
  // Parents first, so every cluster's parent has a smaller index.
  auto ensure = [&](auto&& self, Vertex place) -> int {
    if (clusterFor[place] != kNone) return clusterFor[place];
    int up = parent[place] ? self(self, *parent[place]) : kNone;
    const NodeProps& p = g[place];
    clusterFor[place] = static_cast<int>(tree.clusters.size());
    tree.clusters.push_back({p.label.empty() ? p.id : p.label, up, place});
    return clusterFor[place];
  };
  for (Vertex v = 0; v < n; ++v)
    if (holds[v]) ensure(ensure, v);

  for (Vertex v = 0; v < n; ++v) {
    if (holds[v]) tree.clusterOf[v] = clusterFor[v];
    else if (parent[v]) tree.clusterOf[v] = clusterFor[*parent[v]];
    else if (homeChoice[v].vertex) tree.clusterOf[v] = clusterFor[*homeChoice[v].vertex];
  }
  return tree;
}

}  // namespace

std::string_view toString(ClusterBy by) {
  switch (by) {
    case ClusterBy::None: return "none";
    case ClusterBy::Kind: return "kind";
    case ClusterBy::Location: return "location";
  }
  return "none";
}

std::optional<ClusterBy> parseClusterBy(std::string_view name) {
  for (ClusterBy by : {ClusterBy::None, ClusterBy::Kind, ClusterBy::Location})
    if (toString(by) == name) return by;
  return std::nullopt;
}

ClusterTree clusterNodes(const KnowledgeGraph& kg, ClusterBy by) {
  switch (by) {
    case ClusterBy::Kind: return byKind(kg);
    case ClusterBy::Location: return byLocation(kg);
    case ClusterBy::None: break;
  }
  ClusterTree tree;
  tree.clusterOf.assign(kg.nodeCount(), kNone);
  return tree;
}

}  // namespace akg
