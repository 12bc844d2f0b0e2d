#include "query/query.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "base/error.h"
#include "query/graph_loader.h"

namespace akg::query {

namespace {

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// Dates may carry a time ("2026-01-11T08:00"): the day decides.
std::string_view day(const std::string& date) { return std::string_view(date).substr(0, 10); }

// Undated sorts after every date.
bool dateBefore(const std::string& a, const std::string& b) {
  if (a.empty() != b.empty()) return b.empty();
  return a < b;
}

bool evidenceBefore(const Evidence* a, const Evidence* b) {
  if (a->date != b->date) return dateBefore(a->date, b->date);
  if (a->article != b->article) return a->article < b->article;
  return a->sentence < b->sentence;
}

// The edge with the evidence that passes `filter`; nullopt when the filter is
// active and nothing passes.
std::optional<EdgeHit> makeHit(const Graph& g, EdgeDesc e, const EvidenceFilter& filter) {
  EdgeHit hit{e, {}, {}};
  for (const auto& ev : g[e].evidence)
    if (!filter.active() || filter.matches(ev)) hit.evidence.push_back(&ev);
  if (filter.active() && hit.evidence.empty()) return std::nullopt;
  std::sort(hit.evidence.begin(), hit.evidence.end(), evidenceBefore);
  for (const Evidence* ev : hit.evidence)
    if (!ev->date.empty()) { hit.date = ev->date; break; }
  return hit;
}

void sortHits(const Graph& g, std::vector<EdgeHit>& hits) {
  std::stable_sort(hits.begin(), hits.end(), [&](const EdgeHit& a, const EdgeHit& b) {
    if (a.date != b.date) return dateBefore(a.date, b.date);
    const EdgeProps &pa = g[a.edge], &pb = g[b.edge];
    if (pa.relation != pb.relation) return pa.relation < pb.relation;
    const auto &sa = g[boost::source(a.edge, g)].label, &sb = g[boost::source(b.edge, g)].label;
    if (sa != sb) return sa < sb;
    return g[boost::target(a.edge, g)].label < g[boost::target(b.edge, g)].label;
  });
}

std::string relationKey(std::string_view name) {
  std::string key;
  for (char c : name) {
    auto u = static_cast<unsigned char>(c);
    if (c == ' ' || c == '-') key += '_';
    else key += static_cast<char>(std::tolower(u));
  }
  return key;
}

// Visits the edges incident to v that the direction and relation filters
// allow, calling f(edge, other end). Symmetric edges count as both directions.
template <typename F>
void forEachIncident(const Graph& g, Vertex v, Direction dir, const std::vector<std::string>& relations, F&& f) {
  auto allowed = [&](EdgeDesc e) { return relations.empty() || contains(relations, g[e].relation); };
  for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
    if (!allowed(e)) continue;
    if (dir == Direction::In && !g[e].symmetric) continue;
    f(e, boost::target(e, g));
  }
  for (auto e : boost::make_iterator_range(boost::in_edges(v, g))) {
    if (!allowed(e)) continue;
    if (dir == Direction::Out && !g[e].symmetric) continue;
    if (boost::source(e, g) == v) continue;  // a self-loop was seen as an out-edge
    f(e, boost::source(e, g));
  }
}

}  // namespace

bool EvidenceFilter::matches(const Evidence& ev) const {
  if (!since.empty() && (ev.date.empty() || day(ev.date) < day(since))) return false;
  if (!until.empty() && (ev.date.empty() || day(ev.date) > day(until))) return false;
  if (lang && ev.lang != *lang) return false;
  if (!article.empty() && ev.article != article) return false;
  return true;
}

std::optional<Direction> parseDirection(std::string_view s) {
  if (s == "out") return Direction::Out;
  if (s == "in") return Direction::In;
  if (s == "both") return Direction::Both;
  return std::nullopt;
}

std::vector<std::string> relationsIn(const KnowledgeGraph& kg) {
  std::set<std::string> found;
  const Graph& g = kg.graph();
  for (auto e : boost::make_iterator_range(boost::edges(g))) found.insert(g[e].relation);
  return {found.begin(), found.end()};
}

std::string resolveRelation(const std::vector<std::string>& relations, std::string_view name) {
  std::string key = relationKey(name);
  auto listed = [&] {
    std::string s;
    for (const auto& r : relations) s += (s.empty() ? "" : ", ") + r;
    return s.empty() ? std::string("none") : s;
  };
  if (key.empty()) throw Error("empty relation name");
  if (contains(relations, key)) return key;
  auto unique = [&](auto pred) -> std::optional<std::vector<std::string>> {
    std::vector<std::string> hits;
    for (const auto& r : relations)
      if (pred(r)) hits.push_back(r);
    if (hits.empty()) return std::nullopt;
    return hits;
  };
  auto hits = unique([&](const std::string& r) { return r.compare(0, key.size(), key) == 0; });
  if (!hits && key.size() >= 5)
    hits = unique([&](const std::string& r) { return r.size() >= 5 && r.compare(0, 5, key, 0, 5) == 0; });
  if (hits && hits->size() == 1) return hits->front();
  if (hits) {
    std::string s;
    for (const auto& r : *hits) s += (s.empty() ? "" : ", ") + r;
    throw Error("relation \"" + std::string(name) + "\" is ambiguous: " + s);
  }
  throw Error("no relation \"" + std::string(name) + "\" in this graph (relations: " + listed() + ")");
}

ShowResult show(const KnowledgeGraph& kg, Vertex node, const EvidenceFilter& filter) {
  const Graph& g = kg.graph();
  ShowResult r;
  r.node = node;
  r.outDegree = boost::out_degree(node, g);
  r.inDegree = boost::in_degree(node, g);
  for (auto e : boost::make_iterator_range(boost::out_edges(node, g)))
    if (auto h = makeHit(g, e, filter)) r.outgoing.push_back(std::move(*h));
  for (auto e : boost::make_iterator_range(boost::in_edges(node, g)))
    if (auto h = makeHit(g, e, filter)) r.incoming.push_back(std::move(*h));
  sortHits(g, r.outgoing);
  sortHits(g, r.incoming);
  return r;
}

NeighborsResult neighbors(const KnowledgeGraph& kg, Vertex origin, const NeighborsOptions& options) {
  const Graph& g = kg.graph();
  NeighborsResult r;
  r.origin = origin;
  // A bounded BFS touches only the neighbourhood: no per-vertex arrays, so a
  // one-hop question on a million-edge graph costs what the node has.
  std::unordered_map<Vertex, size_t> found;  // vertex -> index in r.neighbors
  std::deque<Vertex> queue{origin};
  found.emplace(origin, SIZE_MAX);
  std::unordered_map<Vertex, int> depthOf{{origin, 0}};
  while (!queue.empty()) {
    Vertex u = queue.front();
    queue.pop_front();
    int d = depthOf[u];
    if (d >= options.depth) continue;
    forEachIncident(g, u, options.direction, options.relations, [&](EdgeDesc e, Vertex w) {
      auto it = found.find(w);
      if (it == found.end()) {
        found.emplace(w, r.neighbors.size());
        depthOf.emplace(w, d + 1);
        r.neighbors.push_back(Neighbor{w, d + 1, u, {e}});
        queue.push_back(w);
      } else if (it->second != SIZE_MAX && r.neighbors[it->second].via == u) {
        auto& edges = r.neighbors[it->second].edges;
        if (std::find(edges.begin(), edges.end(), e) == edges.end()) edges.push_back(e);
      }
    });
  }
  std::stable_sort(r.neighbors.begin(), r.neighbors.end(), [&](const Neighbor& a, const Neighbor& b) {
    if (a.depth != b.depth) return a.depth < b.depth;
    return g[a.node].label < g[b.node].label;
  });
  r.total = r.neighbors.size();
  if (options.limit && r.neighbors.size() > options.limit) r.neighbors.resize(options.limit);
  return r;
}

EdgesResult edges(const KnowledgeGraph& kg, const EdgesOptions& o) {
  const Graph& g = kg.graph();
  auto matchesType = [&](Vertex v) {
    return (o.type.empty() || g[v].type == o.type) && (o.kind.empty() || g[v].kind == o.kind);
  };
  auto accept = [&](EdgeDesc e) -> bool {
    const EdgeProps& p = g[e];
    Vertex s = boost::source(e, g), t = boost::target(e, g);
    if (!o.relations.empty() && !contains(o.relations, p.relation)) return false;
    if (!o.includeNegated && p.negated) return false;
    if (p.count < o.minCount) return false;
    if (o.node && s != *o.node && t != *o.node) return false;
    bool fromAtTarget = false, toAtSource = false;  // symmetric edges read the other way round
    if (o.from && s != *o.from) {
      if (!(p.symmetric && t == *o.from)) return false;
      fromAtTarget = true;
    }
    if (o.to && t != *o.to) {
      if (!(p.symmetric && s == *o.to)) return false;
      toAtSource = true;
    }
    if (!o.type.empty() || !o.kind.empty()) {
      if (o.from && !o.to) {
        if (!matchesType(fromAtTarget ? s : t)) return false;
      } else if (o.to && !o.from) {
        if (!matchesType(toAtSource ? t : s)) return false;
      } else if (!matchesType(s) && !matchesType(t)) {
        return false;
      }
    }
    return true;
  };

  EdgesResult r;
  auto consider = [&](EdgeDesc e) {
    if (!accept(e)) return;
    if (auto h = makeHit(g, e, o.evidence)) r.edges.push_back(std::move(*h));
  };
  std::optional<Vertex> anchor = o.from ? o.from : o.to ? o.to : o.node;
  if (anchor) {
    // Only the anchor's own edges can match: no scan of the whole graph.
    for (auto e : boost::make_iterator_range(boost::out_edges(*anchor, g))) consider(e);
    for (auto e : boost::make_iterator_range(boost::in_edges(*anchor, g)))
      if (boost::source(e, g) != *anchor) consider(e);
  } else {
    for (auto e : boost::make_iterator_range(boost::edges(g))) consider(e);
  }
  sortHits(g, r.edges);
  r.total = r.edges.size();
  if (o.limit && r.edges.size() > o.limit) r.edges.resize(o.limit);
  return r;
}

std::vector<EdgeHit> where(const KnowledgeGraph& kg, Vertex actor, const WhereOptions& options) {
  const Graph& g = kg.graph();
  std::vector<EdgeHit> hits;
  for (auto e : boost::make_iterator_range(boost::out_edges(actor, g))) {
    const EdgeProps& p = g[e];
    if (!contains(options.relations, p.relation) || (p.negated && !options.includeNegated)) continue;
    if (auto h = makeHit(g, e, options.evidence)) hits.push_back(std::move(*h));
  }
  sortHits(g, hits);
  return hits;
}

std::vector<EdgeHit> who(const KnowledgeGraph& kg, const std::string& relation, Vertex target,
                         const WhoOptions& options) {
  const Graph& g = kg.graph();
  std::vector<EdgeHit> hits;
  auto consider = [&](EdgeDesc e) {
    const EdgeProps& p = g[e];
    if (p.relation != relation || (p.negated && !options.includeNegated)) return;
    if (auto h = makeHit(g, e, options.evidence)) hits.push_back(std::move(*h));
  };
  for (auto e : boost::make_iterator_range(boost::in_edges(target, g))) consider(e);
  for (auto e : boost::make_iterator_range(boost::out_edges(target, g)))
    if (g[e].symmetric && boost::target(e, g) != target) consider(e);
  sortHits(g, hits);
  return hits;
}

std::vector<TimelineEntry> timeline(const KnowledgeGraph& kg, Vertex node, const EvidenceFilter& filter) {
  const Graph& g = kg.graph();
  std::vector<TimelineEntry> entries;
  auto consider = [&](EdgeDesc e) {
    bool any = false;
    for (const auto& ev : g[e].evidence) {
      if (filter.active() && !filter.matches(ev)) continue;
      entries.push_back({e, &ev, ev.date});
      any = true;
    }
    if (!any && !filter.active()) entries.push_back({e, nullptr, {}});
  };
  for (auto e : boost::make_iterator_range(boost::out_edges(node, g))) consider(e);
  for (auto e : boost::make_iterator_range(boost::in_edges(node, g)))
    if (boost::source(e, g) != node) consider(e);
  std::stable_sort(entries.begin(), entries.end(), [&](const TimelineEntry& a, const TimelineEntry& b) {
    if (a.date != b.date) return dateBefore(a.date, b.date);
    if (a.evidence && b.evidence) {
      if (a.evidence->article != b.evidence->article) return a.evidence->article < b.evidence->article;
      if (a.evidence->sentence != b.evidence->sentence) return a.evidence->sentence < b.evidence->sentence;
    }
    return g[a.edge].relation < g[b.edge].relation;
  });
  return entries;
}

std::unique_ptr<KnowledgeGraph> egoNetwork(const KnowledgeGraph& kg, Vertex centre, const SubgraphOptions& options) {
  const Graph& g = kg.graph();
  NeighborsOptions no;
  no.depth = options.depth;
  no.relations = options.relations;
  no.direction = options.direction;
  NeighborsResult around = neighbors(kg, centre, no);

  auto ego = std::make_unique<KnowledgeGraph>();
  std::unordered_map<Vertex, Vertex> copied;
  std::vector<Vertex> order;
  std::set<std::string> articles;
  auto copyNode = [&](Vertex v) {
    copied.emplace(v, ego->upsertNode(g[v]));
    order.push_back(v);
    articles.insert(g[v].articles.begin(), g[v].articles.end());
  };
  copyNode(centre);
  for (const auto& n : around.neighbors) copyNode(n.node);
  for (Vertex v : order) {
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
      auto t = copied.find(boost::target(e, g));
      const EdgeProps& p = g[e];
      if (t == copied.end() || (!options.relations.empty() && !contains(options.relations, p.relation))) continue;
      std::vector<Evidence> evidence;
      for (const auto& ev : p.evidence)
        if (!isPlaceholder(ev)) evidence.push_back(ev);
      EdgeDesc copyEdge = ego->upsertEdge(copied.at(v), t->second, p.relation, p.symmetric, evidence, p.negated);
      ego->graph()[copyEdge].count = p.count;  // the count stated in the source graph, with or without sentences
      for (const auto& ev : evidence) articles.insert(ev.article);
    }
  }
  for (const auto& a : kg.articles())
    if (articles.count(a.id)) ego->articles().push_back(a);
  return ego;
}

}  // namespace akg::query
