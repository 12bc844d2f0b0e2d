#include "query/output.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <cstdio>
#include <set>

#include "query/graph_loader.h"
#include "query/text_table.h"

namespace akg::query {

namespace {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

// One JSON document: the command, the graph, the question, then the caller's fields.
class Json {
 public:
  Json(std::ostream& out, const KnowledgeGraph& kg, const OutputOptions& options)
      : stream_(out), w_(stream_), g_(kg.graph()), options_(options), out_(out) {
    w_.SetIndent(' ', 2);
  }

  void begin(const char* command, const QueryEcho& echo) {
    w_.StartObject();
    key("command"); str(command);
    key("graph"); str(options_.graph);
    key("query");
    w_.StartObject();
    for (const auto& [k, v] : echo.strings) { key(k); str(v); }
    for (const auto& [k, v] : echo.numbers) { key(k); w_.Int64(v); }
    for (const auto& [k, v] : echo.lists) { key(k); strings(v); }
    w_.EndObject();
  }
  void end() {
    w_.EndObject();
    stream_.Flush();
    out_ << "\n";
  }

  JsonWriter& w() { return w_; }
  void key(std::string_view k) { w_.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); }
  void str(std::string_view s) { w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
  template <typename C>
  void strings(const C& values) {
    w_.StartArray();
    for (const auto& v : values) str(v);
    w_.EndArray();
  }

  // {"id", "label", "label_ar", "type", "kind"}; label_ar is "" when unknown
  void node(Vertex v) {
    const NodeProps& n = g_[v];
    w_.StartObject();
    key("id"); str(n.id);
    key("label"); str(n.label);
    key("label_ar"); str(n.labelAr);
    key("type"); str(n.type);
    key("kind"); str(n.kind);
    w_.EndObject();
  }

  void evidence(const Evidence& ev) {
    w_.StartObject();
    key("article"); str(ev.article);
    key("date"); str(ev.date);
    key("lang"); str(toString(ev.lang));
    key("sentence"); w_.Uint(ev.sentence);
    key("begin"); w_.Uint(ev.begin);
    key("end"); w_.Uint(ev.end);
    key("text"); str(ev.text);
    key("trigger"); str(ev.trigger);
    w_.EndObject();
  }

  void evidenceList(const std::vector<const Evidence*>& list) {
    w_.StartArray();
    if (options_.evidence)
      for (const Evidence* ev : list)
        if (!isPlaceholder(*ev)) evidence(*ev);
    w_.EndArray();
  }

  // {"source", "target", "relation", "symmetric", "negated", "count", "dates", "languages", "evidence"}
  void edge(const EdgeHit& hit) {
    const EdgeProps& p = g_[hit.edge];
    w_.StartObject();
    key("source"); node(boost::source(hit.edge, g_));
    key("target"); node(boost::target(hit.edge, g_));
    key("relation"); str(p.relation);
    key("symmetric"); w_.Bool(p.symmetric);
    key("negated"); w_.Bool(p.negated);
    key("count"); w_.Uint(p.count);
    std::set<std::string> dates, langs;
    for (const Evidence* ev : hit.evidence) {
      if (!ev->date.empty()) dates.insert(ev->date);
      langs.insert(std::string(toString(ev->lang)));
    }
    key("dates"); strings(dates);
    key("languages"); strings(langs);
    key("evidence"); evidenceList(hit.evidence);
    w_.EndObject();
  }
  void edge(EdgeDesc e) {
    EdgeHit hit{e, {}, {}};
    for (const auto& ev : g_[e].evidence) hit.evidence.push_back(&ev);
    edge(hit);
  }

 private:
  rapidjson::OStreamWrapper stream_;
  JsonWriter w_;
  const Graph& g_;
  const OutputOptions& options_;
  std::ostream& out_;
};

std::string joined(const std::vector<std::string>& items, bool isolateItems) {
  std::string s;
  for (const auto& i : items) s += (s.empty() ? "" : ", ") + (isolateItems ? isolate(i) : i);
  return s;
}

std::string dateRange(const EdgeHit& hit) {
  std::string first, last;
  for (const Evidence* ev : hit.evidence) {
    if (ev->date.empty()) continue;
    if (first.empty() || ev->date < first) first = ev->date;
    if (last.empty() || ev->date > last) last = ev->date;
  }
  if (first == last) return first;
  return first + ".." + last;
}

std::string relationCell(const EdgeProps& p) { return p.negated ? p.relation + " (negated)" : p.relation; }

std::string languagesOf(const EdgeHit& hit) {
  std::set<std::string> langs;
  for (const Evidence* ev : hit.evidence) langs.insert(std::string(toString(ev->lang)));
  std::vector<std::string> v(langs.begin(), langs.end());
  return joined(v, false);
}

// A relation as seen from `from`: "→withdrew_from" when from is the source,
// "←mediated" when it is the target, "↔clashed_with" for symmetric ones.
std::string arrowed(const Graph& g, EdgeDesc e, Vertex from) {
  const EdgeProps& p = g[e];
  std::string arrow = p.symmetric ? "\xE2\x86\x94" : boost::source(e, g) == from ? "\xE2\x86\x92" : "\xE2\x86\x90";
  return arrow + relationCell(p);
}

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  return buf;
}

}  // namespace

namespace {

void emit(std::ostream& out, OutputMode mode, const TextTable& t, const TableStyle& style, bool& first) {
  if (!first) out << "\n";
  first = false;
  if (mode == OutputMode::Tsv) writeTsv(out, t, style);
  else writeAligned(out, t, style);
}

TextTable edgeTable(const Graph& g, const std::vector<EdgeHit>& hits, std::string title) {
  TextTable t;
  t.title = std::move(title);
  t.columns = {"DATE", "SOURCE", "RELATION", "TARGET", "COUNT", "LANG"};
  t.evidenceColumns = true;
  for (const auto& h : hits) {
    const EdgeProps& p = g[h.edge];
    t.rows.push_back({{dateRange(h), g[boost::source(h.edge, g)].label, relationCell(p),
                       g[boost::target(h.edge, g)].label, std::to_string(p.count), languagesOf(h)},
                      h.evidence});
  }
  return t;
}

}  // namespace

void ResultWriter::show(const ShowResult& r) {
  const Graph& g = kg_.graph();
  const NodeProps& n = g[r.node];
  if (options_.mode == OutputMode::Json) {
    Json j(out_, kg_, options_);
    j.begin("show", echo_);
    auto& w = j.w();
    j.key("node");
    w.StartObject();
    j.key("id"); j.str(n.id);
    j.key("label"); j.str(n.label);
    j.key("label_ar"); j.str(n.labelAr);
    j.key("type"); j.str(n.type);
    j.key("kind"); j.str(n.kind);
    j.key("aliases"); j.strings(n.aliases);
    j.key("languages"); j.strings(n.languages);
    j.key("articles"); j.strings(n.articles);
    j.key("mentions"); w.Uint(n.mentions);
    j.key("in_gazetteer"); w.Bool(n.inGazetteer);
    j.key("coords");
    if (n.coords) {
      w.StartArray(); w.Double(n.coords->first); w.Double(n.coords->second); w.EndArray();
    } else {
      w.Null();
    }
    j.key("degree"); w.Uint64(r.inDegree + r.outDegree);
    j.key("in_degree"); w.Uint64(r.inDegree);
    j.key("out_degree"); w.Uint64(r.outDegree);
    w.EndObject();
    j.key("outgoing"); w.StartArray(); for (const auto& h : r.outgoing) j.edge(h); w.EndArray();
    j.key("incoming"); w.StartArray(); for (const auto& h : r.incoming) j.edge(h); w.EndArray();
    j.end();
    return;
  }
  TextTable info;
  info.title = n.label;
  auto add = [&](const char* k, std::string v) {
    if (!v.empty()) info.rows.push_back({{k, std::move(v)}, {}});
  };
  add("id", n.id);
  add("label", n.label);
  add("label_ar", n.labelAr);
  add("type", n.type);
  add("kind", n.kind);
  add("aliases", joined(n.aliases, options_.mode == OutputMode::Table));
  add("languages", joined(std::vector<std::string>(n.languages.begin(), n.languages.end()), false));
  add("articles", joined(std::vector<std::string>(n.articles.begin(), n.articles.end()), false));
  add("mentions", std::to_string(n.mentions));
  add("degree", std::to_string(r.inDegree + r.outDegree) + " (out " + std::to_string(r.outDegree) + ", in " +
                    std::to_string(r.inDegree) + ")");
  if (n.coords) add("coords", number(n.coords->first) + ", " + number(n.coords->second));
  bool first = true;
  TableStyle style{options_.evidence, 0};
  emit(out_, options_.mode, info, style, first);
  emit(out_, options_.mode, edgeTable(g, r.outgoing, "Outgoing edges (" + std::to_string(r.outgoing.size()) + ")"), style, first);
  emit(out_, options_.mode, edgeTable(g, r.incoming, "Incoming edges (" + std::to_string(r.incoming.size()) + ")"), style, first);
}

void ResultWriter::neighbors(const NeighborsResult& r, int depth) {
  const Graph& g = kg_.graph();
  if (options_.mode == OutputMode::Json) {
    Json j(out_, kg_, options_);
    j.begin("neighbors", echo_);
    auto& w = j.w();
    j.key("origin"); j.node(r.origin);
    j.key("total"); w.Uint64(r.total);
    j.key("neighbors");
    w.StartArray();
    for (const auto& nb : r.neighbors) {
      w.StartObject();
      j.key("node"); j.node(nb.node);
      j.key("depth"); w.Int(nb.depth);
      j.key("via"); j.node(nb.via);
      j.key("edges"); w.StartArray(); for (auto e : nb.edges) j.edge(e); w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    j.end();
    return;
  }
  TextTable t;
  t.columns = {"NEIGHBOR", "TYPE", "KIND", "RELATIONS"};
  if (depth > 1) t.columns = {"DEPTH", "NEIGHBOR", "TYPE", "KIND", "VIA", "RELATIONS"};
  for (const auto& nb : r.neighbors) {
    std::vector<std::string> rels;
    for (auto e : nb.edges) rels.push_back(arrowed(g, e, nb.via));
    const NodeProps& n = g[nb.node];
    if (depth > 1)
      t.rows.push_back({{std::to_string(nb.depth), n.label, n.type, n.kind, g[nb.via].label, joined(rels, false)}, {}});
    else
      t.rows.push_back({{n.label, n.type, n.kind, joined(rels, false)}, {}});
  }
  bool first = true;
  emit(out_, options_.mode, t, TableStyle{options_.evidence, 0}, first);
  if (r.total > r.neighbors.size() && options_.mode == OutputMode::Table)
    out_ << "(" << r.neighbors.size() << " of " << r.total << " shown)\n";
}

void ResultWriter::edges(const EdgesResult& r) {
  if (options_.mode == OutputMode::Json) {
    Json j(out_, kg_, options_);
    j.begin("edges", echo_);
    j.key("total"); j.w().Uint64(r.total);
    j.key("edges"); j.w().StartArray(); for (const auto& h : r.edges) j.edge(h); j.w().EndArray();
    j.end();
    return;
  }
  bool first = true;
  emit(out_, options_.mode, edgeTable(kg_.graph(), r.edges, ""), TableStyle{options_.evidence, 0}, first);
  if (r.total > r.edges.size() && options_.mode == OutputMode::Table)
    out_ << "(" << r.edges.size() << " of " << r.total << " shown)\n";
}

void ResultWriter::paths(const PathResult& r, Vertex from, Vertex to) {
  const Graph& g = kg_.graph();
  auto hopHit = [&](EdgeDesc e) {
    EdgeHit h{e, {}, {}};
    for (const auto& ev : g[e].evidence) h.evidence.push_back(&ev);
    return h;
  };
  if (options_.mode == OutputMode::Json) {
    Json j(out_, kg_, options_);
    j.begin("path", echo_);
    auto& w = j.w();
    j.key("from"); j.node(from);
    j.key("to"); j.node(to);
    j.key("length"); w.Int(r.length);
    j.key("total"); w.Uint64(r.total);
    j.key("paths");
    w.StartArray();
    for (const auto& p : r.paths) {
      w.StartObject();
      j.key("nodes"); w.StartArray(); for (auto v : p.nodes) j.node(v); w.EndArray();
      j.key("hops");
      w.StartArray();
      for (size_t i = 0; i < p.hops.size(); ++i) {
        w.StartObject();
        j.key("from"); j.str(g[p.nodes[i]].id);
        j.key("to"); j.str(g[p.nodes[i + 1]].id);
        j.key("edges"); w.StartArray(); for (auto e : p.hops[i]) j.edge(hopHit(e)); w.EndArray();
        w.EndObject();
      }
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    j.end();
    return;
  }
  bool first = true;
  for (size_t k = 0; k < r.paths.size(); ++k) {
    const Path& p = r.paths[k];
    TextTable t;
    t.title = "Path " + std::to_string(k + 1) + " of " + std::to_string(r.total) + " (" + std::to_string(r.length) +
              (r.length == 1 ? " hop)" : " hops)");
    t.columns = {"FROM", "EDGE", "TO", "DATE"};
    t.evidenceColumns = true;
    for (size_t i = 0; i < p.hops.size(); ++i)
      for (auto e : p.hops[i]) {
        EdgeHit h = hopHit(e);
        std::sort(h.evidence.begin(), h.evidence.end(), [](const Evidence* a, const Evidence* b) { return a->date < b->date; });
        t.rows.push_back({{g[p.nodes[i]].label, arrowed(g, e, p.nodes[i]), g[p.nodes[i + 1]].label, dateRange(h)}, h.evidence});
      }
    emit(out_, options_.mode, t, TableStyle{options_.evidence, 0}, first);
  }
}

void ResultWriter::where(Vertex actor, const std::vector<EdgeHit>& hits) {
  const Graph& g = kg_.graph();
  if (options_.mode == OutputMode::Json) {
    Json j(out_, kg_, options_);
    j.begin("where", echo_);
    auto& w = j.w();
    j.key("actor"); j.node(actor);
    j.key("places");
    w.StartArray();
    for (const auto& h : hits) {
      w.StartObject();
      j.key("date"); j.str(h.date);
      j.key("relation"); j.str(g[h.edge].relation);
      j.key("place"); j.node(boost::target(h.edge, g));
      j.key("edge"); j.edge(h);
      w.EndObject();
    }
    w.EndArray();
    j.end();
    return;
  }
  TextTable t;
  t.columns = {"DATE", "RELATION", "PLACE", "KIND", "COUNT"};
  t.evidenceColumns = true;
  for (const auto& h : hits) {
    const NodeProps& place = g[boost::target(h.edge, g)];
    t.rows.push_back({{dateRange(h), relationCell(g[h.edge]), place.label, place.kind, std::to_string(g[h.edge].count)},
                      h.evidence});
  }
  bool first = true;
  emit(out_, options_.mode, t, TableStyle{options_.evidence, 0}, first);
}

void ResultWriter::who(const std::string& relation, Vertex target, const std::vector<EdgeHit>& hits) {
  const Graph& g = kg_.graph();
  auto other = [&](EdgeDesc e) {
    Vertex s = boost::source(e, g);
    return s == target ? boost::target(e, g) : s;
  };
  if (options_.mode == OutputMode::Json) {
    Json j(out_, kg_, options_);
    j.begin("who", echo_);
    auto& w = j.w();
    j.key("relation"); j.str(relation);
    j.key("target"); j.node(target);
    j.key("actors");
    w.StartArray();
    for (const auto& h : hits) {
      w.StartObject();
      j.key("date"); j.str(h.date);
      j.key("actor"); j.node(other(h.edge));
      j.key("edge"); j.edge(h);
      w.EndObject();
    }
    w.EndArray();
    j.end();
    return;
  }
  TextTable t;
  t.columns = {"DATE", "WHO", "TYPE", "KIND", "RELATION", "COUNT"};
  t.evidenceColumns = true;
  for (const auto& h : hits) {
    const NodeProps& n = g[other(h.edge)];
    t.rows.push_back({{dateRange(h), n.label, n.type, n.kind, relationCell(g[h.edge]), std::to_string(g[h.edge].count)},
                      h.evidence});
  }
  bool first = true;
  emit(out_, options_.mode, t, TableStyle{options_.evidence, 0}, first);
}

void ResultWriter::timeline(Vertex node, const std::vector<TimelineEntry>& entries) {
  const Graph& g = kg_.graph();
  if (options_.mode == OutputMode::Json) {
    Json j(out_, kg_, options_);
    j.begin("timeline", echo_);
    auto& w = j.w();
    j.key("node"); j.node(node);
    j.key("entries");
    w.StartArray();
    for (const auto& en : entries) {
      Vertex s = boost::source(en.edge, g), t = boost::target(en.edge, g);
      w.StartObject();
      j.key("date"); j.str(en.date);
      j.key("relation"); j.str(g[en.edge].relation);
      j.key("direction"); j.str(g[en.edge].symmetric ? "both" : s == node ? "out" : "in");
      j.key("other"); j.node(s == node ? t : s);
      j.key("source"); j.str(g[s].id);
      j.key("target"); j.str(g[t].id);
      j.key("negated"); w.Bool(g[en.edge].negated);
      j.key("evidence");
      if (en.evidence && options_.evidence && !isPlaceholder(*en.evidence)) j.evidence(*en.evidence);
      else w.Null();
      w.EndObject();
    }
    w.EndArray();
    j.end();
    return;
  }
  TextTable t;
  t.columns = {"DATE", "SOURCE", "RELATION", "TARGET", "ARTICLE"};
  t.evidenceColumns = true;
  for (const auto& en : entries) {
    std::vector<const Evidence*> ev;
    if (en.evidence) ev.push_back(en.evidence);
    t.rows.push_back({{en.date, g[boost::source(en.edge, g)].label, relationCell(g[en.edge]),
                       g[boost::target(en.edge, g)].label, en.evidence ? en.evidence->article : ""},
                      ev});
  }
  bool first = true;
  emit(out_, options_.mode, t, TableStyle{options_.evidence, 0}, first);
}

void ResultWriter::stats(const StatsResult& r) {
  const Graph& g = kg_.graph();
  if (options_.mode == OutputMode::Json) {
    Json j(out_, kg_, options_);
    j.begin("stats", echo_);
    auto& w = j.w();
    auto counts = [&](const char* k, const std::vector<Count>& cs) {
      j.key(k);
      w.StartObject();
      for (const auto& c : cs) { j.key(c.name); w.Uint64(c.count); }
      w.EndObject();
    };
    auto ranked = [&](const char* k, const std::vector<RankedNode>& rs) {
      j.key(k);
      w.StartArray();
      for (const auto& rn : rs) {
        w.StartObject();
        j.key("node"); j.node(rn.node);
        j.key("score"); w.Double(rn.score);
        w.EndObject();
      }
      w.EndArray();
    };
    j.key("nodes"); w.Uint64(r.nodes);
    j.key("edges"); w.Uint64(r.edges);
    j.key("articles"); w.Uint64(r.articles);
    j.key("evidence"); w.Uint64(r.evidence);
    counts("nodes_by_type", r.byType);
    counts("nodes_by_kind", r.byKind);
    counts("edges_by_relation", r.byRelation);
    counts("articles_by_language", r.articlesByLanguage);
    counts("nodes_by_language", r.nodesByLanguage);
    counts("evidence_by_language", r.evidenceByLanguage);
    ranked("top_degree", r.topDegree);
    ranked("top_betweenness", r.topBetweenness);
    j.key("betweenness_nodes"); w.Uint64(r.betweennessNodes);
    j.key("betweenness_capped"); w.Bool(r.betweennessCapped);
    j.key("components"); w.Uint64(r.components);
    j.key("isolated_nodes"); w.Uint64(r.isolated);
    j.key("largest_components");
    w.StartArray();
    for (const auto& c : r.largestComponents) {
      w.StartObject();
      j.key("size"); w.Uint64(c.size);
      j.key("hub"); j.node(c.hub);
      w.EndObject();
    }
    w.EndArray();
    j.end();
    return;
  }
  bool first = true;
  TableStyle style{false, 0};
  TextTable summary;
  summary.title = "Graph";
  summary.columns = {"WHAT", "COUNT"};
  for (auto [k, v] : std::initializer_list<std::pair<const char*, size_t>>{
           {"nodes", r.nodes}, {"edges", r.edges}, {"articles", r.articles}, {"evidence sentences", r.evidence},
           {"components", r.components}, {"isolated nodes", r.isolated}})
    summary.rows.push_back({{k, std::to_string(v)}, {}});
  emit(out_, options_.mode, summary, style, first);
  auto countTable = [&](std::string title, std::string column, const std::vector<std::vector<Count>>& groups,
                        const std::vector<std::string>& groupNames) {
    TextTable t;
    t.title = std::move(title);
    t.columns = {std::move(column), "COUNT"};
    if (!groupNames.empty()) t.columns.insert(t.columns.begin(), "OF");
    for (size_t i = 0; i < groups.size(); ++i)
      for (const auto& c : groups[i]) {
        if (groupNames.empty()) t.rows.push_back({{c.name, std::to_string(c.count)}, {}});
        else t.rows.push_back({{groupNames[i], c.name, std::to_string(c.count)}, {}});
      }
    emit(out_, options_.mode, t, style, first);
  };
  countTable("Nodes by type", "TYPE", {r.byType}, {});
  countTable("Nodes by kind", "KIND", {r.byKind}, {});
  countTable("Edges by relation", "RELATION", {r.byRelation}, {});
  countTable("Languages", "LANG", {r.articlesByLanguage, r.nodesByLanguage, r.evidenceByLanguage},
             {"articles", "nodes", "evidence"});
  auto rankTable = [&](std::string title, const char* column, const std::vector<RankedNode>& rs, bool integer) {
    TextTable t;
    t.title = std::move(title);
    t.columns = {"NODE", "TYPE", "KIND", column};
    for (const auto& rn : rs)
      t.rows.push_back({{g[rn.node].label, g[rn.node].type, g[rn.node].kind,
                         integer ? std::to_string(static_cast<size_t>(rn.score)) : number(rn.score)},
                        {}});
    emit(out_, options_.mode, t, style, first);
  };
  rankTable("Top nodes by degree", "DEGREE", r.topDegree, true);
  std::string title = "Top nodes by betweenness";
  if (r.betweennessCapped)
    title += " (computed on the " + std::to_string(r.betweennessNodes) + " highest-degree nodes of " +
             std::to_string(r.nodes) + ")";
  rankTable(title, "BETWEENNESS", r.topBetweenness, false);
  TextTable comps;
  comps.title = "Largest components";
  comps.columns = {"SIZE", "HUB"};
  for (const auto& c : r.largestComponents) comps.rows.push_back({{std::to_string(c.size), g[c.hub].label}, {}});
  emit(out_, options_.mode, comps, style, first);
}

void ResultWriter::subgraph(Vertex centre, const std::string& output, const std::string& format, size_t nodes,
                            size_t edges) {
  if (options_.mode == OutputMode::Json) {
    Json j(out_, kg_, options_);
    j.begin("subgraph", echo_);
    j.key("centre"); j.node(centre);
    j.key("output"); j.str(output);
    j.key("format"); j.str(format);
    j.key("nodes"); j.w().Uint64(nodes);
    j.key("edges"); j.w().Uint64(edges);
    j.end();
    return;
  }
  TextTable t;
  t.columns = {"CENTRE", "OUTPUT", "FORMAT", "NODES", "EDGES"};
  t.rows.push_back({{kg_.graph()[centre].label, output, format, std::to_string(nodes), std::to_string(edges)}, {}});
  bool first = true;
  emit(out_, options_.mode, t, TableStyle{false, 0}, first);
}

}  // namespace akg::query
