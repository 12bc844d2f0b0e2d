// The merged graph of many articles, held in a Boost.Graph adjacency_list.
// Nodes are unique by id; edges are unique by (source, relation, target) and
// keep every piece of evidence. Symmetric relations are stored once, with
// source id <= target id.
#pragma once
#include <boost/graph/adjacency_list.hpp>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "extract/article_graph.h"

namespace akg {

struct NodeProps {
  std::string id;
  std::string label;                 // preferred display label (English when known)
  std::string labelAr;               // Arabic display label when known
  std::string type;                  // "actor" | "location"
  std::string kind;
  std::vector<std::string> aliases;  // unique, insertion order
  std::set<std::string> languages;   // article languages that mention it
  std::set<std::string> articles;    // article ids
  uint32_t mentions = 0;
  bool inGazetteer = false;
  std::optional<std::pair<double, double>> coords;
};

struct EdgeProps {
  std::string relation;
  bool symmetric = false;
  uint32_t count = 0;                // number of evidence sentences
  std::vector<Evidence> evidence;
  bool negated = false;              // every piece of evidence is negated
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeProps, EdgeProps>;
using Vertex = Graph::vertex_descriptor;
using EdgeDesc = Graph::edge_descriptor;

struct ArticleInfo {
  std::string id, path, lang, date;
};

class KnowledgeGraph {
 public:
  KnowledgeGraph() = default;
  // Copies rebuild the indexes: edge descriptors point into the graph they
  // came from (Boost's adjacency_list has no move, so a "move" copies too).
  KnowledgeGraph(const KnowledgeGraph& other);
  KnowledgeGraph& operator=(const KnowledgeGraph& other);

  Graph& graph() { return g_; }
  const Graph& graph() const { return g_; }
  size_t nodeCount() const { return boost::num_vertices(g_); }
  size_t edgeCount() const { return boost::num_edges(g_); }

  // Adds or merges a node by id; returns its vertex.
  Vertex upsertNode(const NodeProps& props);
  // Adds or merges an edge by (source, relation, target); symmetric edges are
  // normalised to source id <= target id. Evidence is appended.
  EdgeDesc upsertEdge(Vertex source, Vertex target, const std::string& relation, bool symmetric,
                      const std::vector<Evidence>& evidence, bool negated = false);

  std::optional<Vertex> find(const std::string& id) const;

  std::vector<ArticleInfo>& articles() { return articles_; }
  const std::vector<ArticleInfo>& articles() const { return articles_; }

 private:
  Graph g_;
  std::unordered_map<std::string, Vertex> byId_;
  std::map<std::tuple<Vertex, std::string, Vertex>, EdgeDesc> edgeIndex_;
  std::vector<ArticleInfo> articles_;
};

}  // namespace akg
