#include "graph/knowledge_graph.h"

#include <algorithm>

namespace akg {

namespace {

void addUnique(std::vector<std::string>& list, const std::string& value) {
  if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

}  // namespace

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other) : g_(other.g_), articles_(other.articles_) {
  for (auto v : boost::make_iterator_range(boost::vertices(g_))) byId_.emplace(g_[v].id, v);
  for (auto e : boost::make_iterator_range(boost::edges(g_)))
    edgeIndex_.emplace(std::make_tuple(boost::source(e, g_), g_[e].relation, boost::target(e, g_)), e);
}

KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
  if (this != &other) {
    KnowledgeGraph copy(other);
    g_ = copy.g_;
    articles_ = copy.articles_;
    byId_.clear();
    edgeIndex_.clear();
    for (auto v : boost::make_iterator_range(boost::vertices(g_))) byId_.emplace(g_[v].id, v);
    for (auto e : boost::make_iterator_range(boost::edges(g_)))
      edgeIndex_.emplace(std::make_tuple(boost::source(e, g_), g_[e].relation, boost::target(e, g_)), e);
  }
  return *this;
}

Vertex KnowledgeGraph::upsertNode(const NodeProps& props) {
  auto it = byId_.find(props.id);
  if (it == byId_.end()) {
    Vertex v = boost::add_vertex(props, g_);
    byId_.emplace(props.id, v);
    return v;
  }
  NodeProps& n = g_[it->second];
  if (n.label.empty()) n.label = props.label;
  if (n.labelAr.empty()) n.labelAr = props.labelAr;
  if (n.kind.empty()) n.kind = props.kind;
  if (n.type.empty()) n.type = props.type;
  for (const auto& a : props.aliases) addUnique(n.aliases, a);
  n.languages.insert(props.languages.begin(), props.languages.end());
  n.articles.insert(props.articles.begin(), props.articles.end());
  n.mentions += props.mentions;
  n.inGazetteer = n.inGazetteer || props.inGazetteer;
  if (!n.coords) n.coords = props.coords;
  return it->second;
}

EdgeDesc KnowledgeGraph::upsertEdge(Vertex source, Vertex target, const std::string& relation,
                                    bool symmetric, const std::vector<Evidence>& evidence, bool negated) {
  if (symmetric && g_[target].id < g_[source].id) std::swap(source, target);
  auto key = std::make_tuple(source, relation, target);
  auto it = edgeIndex_.find(key);
  if (it == edgeIndex_.end()) {
    EdgeProps props;
    props.relation = relation;
    props.symmetric = symmetric;
    props.negated = negated;
    auto [e, ok] = boost::add_edge(source, target, props, g_);
    (void)ok;
    it = edgeIndex_.emplace(key, e).first;
  } else {
    g_[it->second].negated = g_[it->second].negated && negated;
  }
  EdgeProps& p = g_[it->second];
  for (const auto& ev : evidence) {
    bool dup = std::any_of(p.evidence.begin(), p.evidence.end(), [&](const Evidence& x) {
      return x.article == ev.article && x.sentence == ev.sentence;
    });
    if (!dup) p.evidence.push_back(ev);
  }
  p.count = static_cast<uint32_t>(p.evidence.size());
  if (p.count == 0) p.count = 1;
  return it->second;
}

std::optional<Vertex> KnowledgeGraph::find(const std::string& id) const {
  auto it = byId_.find(id);
  if (it == byId_.end()) return std::nullopt;
  return it->second;
}

}  // namespace akg
