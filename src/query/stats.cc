// `stats`: counts, top nodes by degree and by betweenness (Boost's Brandes),
// and weakly connected components (Boost's connected_components).
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "query/graph_loader.h"
#include "query/query.h"

namespace akg::query {

namespace {

std::vector<Count> sortedCounts(const std::map<std::string, size_t>& m) {
  std::vector<Count> out;
  for (const auto& [name, n] : m) out.push_back({name, n});
  std::stable_sort(out.begin(), out.end(), [](const Count& a, const Count& b) { return a.count > b.count; });
  return out;
}

std::vector<RankedNode> topOf(std::vector<RankedNode> all, size_t n) {
  n = std::min(n, all.size());
  std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n), all.end(),
                    [](const RankedNode& a, const RankedNode& b) {
                      return a.score > b.score || (a.score == b.score && a.node < b.node);
                    });
  all.resize(n);
  return all;
}

// Normalised betweenness (networkx's convention for undirected graphs) of
// the nodes in `members`, on the subgraph they induce.
std::vector<RankedNode> betweenness(const UndirectedGraph& full, const std::vector<Vertex>& members) {
  using Small = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  std::unordered_map<Vertex, size_t> local;
  for (size_t i = 0; i < members.size(); ++i) local.emplace(members[i], i);
  Small small(members.size());
  for (size_t i = 0; i < members.size(); ++i) {
    for (auto e : boost::make_iterator_range(boost::out_edges(members[i], full))) {
      auto it = local.find(boost::target(e, full));
      // Each undirected edge is seen from both ends; keep one, and one per pair.
      if (it == local.end() || it->second <= i) continue;
      if (!boost::edge(i, it->second, small).second) boost::add_edge(i, it->second, small);
    }
  }
  std::vector<double> centrality(members.size(), 0.0);
  auto map = boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, small));
  boost::brandes_betweenness_centrality(small, boost::centrality_map(map));
  // Boost already halves the counts on an undirected graph (each pair once);
  // networkx's normalisation divides by the (n-1)(n-2)/2 pairs of other nodes.
  double n = static_cast<double>(members.size());
  double scale = n > 2 ? 2.0 / ((n - 1) * (n - 2)) : 0.0;
  std::vector<RankedNode> out;
  for (size_t i = 0; i < members.size(); ++i) out.push_back({members[i], centrality[i] * scale});
  return out;
}

}  // namespace

StatsResult stats(const KnowledgeGraph& kg, const UndirectedView& view, const StatsOptions& options) {
  const Graph& g = kg.graph();
  StatsResult r;
  r.nodes = kg.nodeCount();
  r.edges = kg.edgeCount();
  r.articles = kg.articles().size();

  std::map<std::string, size_t> types, kinds, relations, articleLangs, nodeLangs, evidenceLangs;
  std::vector<RankedNode> degree;
  degree.reserve(r.nodes);
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProps& n = g[v];
    ++types[n.type];
    ++kinds[n.kind.empty() ? "(none)" : n.kind];
    for (const auto& l : n.languages) ++nodeLangs[l];
    degree.push_back({v, static_cast<double>(boost::out_degree(v, g) + boost::in_degree(v, g))});
  }
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& p = g[e];
    ++relations[p.relation];
    for (const auto& ev : p.evidence) {
      if (isPlaceholder(ev)) continue;
      ++r.evidence;
      ++evidenceLangs[std::string(toString(ev.lang))];
    }
  }
  for (const auto& a : kg.articles()) ++articleLangs[a.lang];
  r.byType = sortedCounts(types);
  r.byKind = sortedCounts(kinds);
  r.byRelation = sortedCounts(relations);
  r.articlesByLanguage = sortedCounts(articleLangs);
  r.nodesByLanguage = sortedCounts(nodeLangs);
  r.evidenceByLanguage = sortedCounts(evidenceLangs);
  r.topDegree = topOf(degree, options.top);

  // Brandes is O(nodes x edges): exact up to the cap, else on the subgraph of
  // the best-connected nodes, which is where high betweenness lives.
  std::vector<Vertex> members;
  if (r.nodes <= options.betweennessMaxNodes) {
    for (auto v : boost::make_iterator_range(boost::vertices(g))) members.push_back(v);
  } else {
    for (const auto& d : topOf(degree, options.betweennessMaxNodes)) members.push_back(d.node);
    std::sort(members.begin(), members.end());
    r.betweennessCapped = true;
  }
  r.betweennessNodes = members.size();
  if (!members.empty()) r.topBetweenness = topOf(betweenness(view.graph(), members), options.top);

  std::vector<size_t> component(r.nodes);
  r.components = r.nodes ? boost::connected_components(view.graph(), component.data()) : 0;
  std::vector<Component> comps(r.components);
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    Component& c = comps[component[v]];
    double d = degree[v].score;
    if (c.size == 0 || d > degree[c.hub].score) c.hub = v;
    ++c.size;
  }
  r.isolated = static_cast<size_t>(std::count_if(comps.begin(), comps.end(), [](const Component& c) { return c.size == 1; }));
  std::stable_sort(comps.begin(), comps.end(), [](const Component& a, const Component& b) { return a.size > b.size; });
  if (comps.size() > options.componentsListed) comps.resize(options.componentsListed);
  r.largestComponents = std::move(comps);
  return r;
}

}  // namespace akg::query
