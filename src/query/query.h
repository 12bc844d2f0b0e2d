// The questions `akg query` answers, as pure functions from a graph and an
// Options struct to a result struct. Names are resolved before (NameIndex);
// results refer to the graph's vertices, edges and evidence, so they are
// valid while that graph lives and is not modified.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.h"
#include "query/undirected_view.h"

namespace akg::query {

// Which evidence sentences count. Every bound is optional; dates compare as
// YYYY-MM-DD strings, inclusive.
struct EvidenceFilter {
  std::string since;         // empty: no lower bound
  std::string until;         // empty: no upper bound
  std::optional<Lang> lang;  // empty: both languages
  std::string article;       // article id; empty: any article

  bool active() const { return !since.empty() || !until.empty() || lang || !article.empty(); }
  bool matches(const Evidence& ev) const;
};

// An edge as a query reports it, with the evidence that passed the filter in
// date order (every piece when no filter is active).
struct EdgeHit {
  EdgeDesc edge;
  std::vector<const Evidence*> evidence;
  std::string date;  // earliest date among `evidence`, "" when none is dated
};

enum class Direction { Out, In, Both };
std::optional<Direction> parseDirection(std::string_view s);  // "out" | "in" | "both"

// Relations present in the graph, sorted.
std::vector<std::string> relationsIn(const KnowledgeGraph& kg);

// The graph relation a user means by `name`: exact ("withdrew_from", "withdrew
// from"), else the one relation it begins ("mediate", "control"), else the one
// relation sharing its first five letters ("withdraw"). Throws akg::Error
// listing the graph's relations when none or several fit.
std::string resolveRelation(const std::vector<std::string>& relations, std::string_view name);

// --- show -----------------------------------------------------------------
struct ShowResult {
  Vertex node;
  size_t inDegree = 0, outDegree = 0;
  std::vector<EdgeHit> outgoing, incoming;  // each in date order
};
ShowResult show(const KnowledgeGraph& kg, Vertex node, const EvidenceFilter& filter = {});

// --- neighbors ------------------------------------------------------------
struct NeighborsOptions {
  std::vector<std::string> relations;   // resolved relation names; empty: every relation
  Direction direction = Direction::Both;
  int depth = 1;                        // hops from the node, >= 1
  size_t limit = 0;                     // most neighbours reported; 0: all
};
struct Neighbor {
  Vertex node;
  int depth = 1;                        // hops from the origin
  Vertex via;                           // the node one hop nearer the origin
  std::vector<EdgeDesc> edges;          // every followed edge between `via` and `node`
};
struct NeighborsResult {
  Vertex origin;
  std::vector<Neighbor> neighbors;      // by depth, then by label
  size_t total = 0;                     // before `limit`
};
NeighborsResult neighbors(const KnowledgeGraph& kg, Vertex origin, const NeighborsOptions& options = {});

// --- edges ----------------------------------------------------------------
struct EdgesOptions {
  std::vector<std::string> relations;   // resolved; empty: every relation
  std::optional<Vertex> from;           // source must be this node (either end for symmetric relations)
  std::optional<Vertex> to;             // target must be this node (either end for symmetric relations)
  std::optional<Vertex> node;           // either end must be this node
  // Type/kind of the far end: the target with only --from, the source with
  // only --to, otherwise either end. Empty: any.
  std::string type, kind;
  EvidenceFilter evidence;              // edges with at least one matching sentence
  uint32_t minCount = 0;                // evidence count at least this
  bool includeNegated = true;           // false: drop edges stated as not happening
  size_t limit = 0;                     // most edges reported; 0: all
};
struct EdgesResult {
  std::vector<EdgeHit> edges;           // in date order, undated last
  size_t total = 0;                     // before `limit`
};
EdgesResult edges(const KnowledgeGraph& kg, const EdgesOptions& options = {});

// --- path -----------------------------------------------------------------
struct PathOptions {
  int maxLength = 6;                    // most hops
  std::vector<std::string> relations;   // resolved; empty: every relation
  size_t limit = 10;                    // most shortest paths listed
};
struct Path {
  std::vector<Vertex> nodes;            // from A to B
  std::vector<std::vector<EdgeDesc>> hops;  // hops[i]: the followed edges between nodes[i] and nodes[i+1]
};
struct PathResult {
  std::vector<Path> paths;              // all shortest paths (up to `limit`), edge direction ignored
  int length = -1;                      // hops of the shortest path; -1: none within maxLength
  size_t total = 0;                     // shortest paths found before `limit` (counting stops at 10,000)
};
PathResult paths(const KnowledgeGraph& kg, const UndirectedView& view, Vertex from, Vertex to,
                 const PathOptions& options = {});

// --- where ----------------------------------------------------------------
struct WhereOptions {
  // The relations that place an actor, reported in date order.
  std::vector<std::string> relations = {"withdrew_from", "moved_to", "controls", "present_in"};
  bool includeNegated = false;          // also edges stated as not happening
  EvidenceFilter evidence;
};
std::vector<EdgeHit> where(const KnowledgeGraph& kg, Vertex actor, const WhereOptions& options = {});

// --- who ------------------------------------------------------------------
struct WhoOptions {
  bool includeNegated = false;
  EvidenceFilter evidence;
};
// Edges `relation` into `target` (either end for symmetric relations); the
// node at the other end is the answer. In date order.
std::vector<EdgeHit> who(const KnowledgeGraph& kg, const std::string& relation, Vertex target,
                         const WhoOptions& options = {});

// --- timeline -------------------------------------------------------------
struct TimelineEntry {
  EdgeDesc edge;
  const Evidence* evidence = nullptr;   // nullptr for an edge with no matching sentence
  std::string date;                     // the sentence's date, "" when undated
};
// Every sentence on the node's edges, oldest first (undated last), then by
// article and sentence index.
std::vector<TimelineEntry> timeline(const KnowledgeGraph& kg, Vertex node, const EvidenceFilter& filter = {});

// --- stats ----------------------------------------------------------------
struct StatsOptions {
  size_t top = 10;                      // nodes listed by degree and by betweenness
  size_t betweennessMaxNodes = 3000;    // above this, betweenness is computed on the
                                        // subgraph of the this-many highest-degree nodes
  size_t componentsListed = 5;          // largest components listed
};
struct Count {
  std::string name;
  size_t count = 0;
};
struct RankedNode {
  Vertex node;
  double score = 0;
};
struct Component {
  size_t size = 0;
  Vertex hub;                           // its node of highest degree
};
struct StatsResult {
  size_t nodes = 0, edges = 0, articles = 0, evidence = 0;
  std::vector<Count> byType, byKind, byRelation;     // nodes by type and kind, edges by relation; most first
  std::vector<Count> articlesByLanguage, nodesByLanguage, evidenceByLanguage;
  std::vector<RankedNode> topDegree;                 // score: degree
  std::vector<RankedNode> topBetweenness;            // score: betweenness normalised to [0, 1]
  size_t betweennessNodes = 0;                       // nodes it was computed over
  bool betweennessCapped = false;                    // computed on the highest-degree subgraph only
  size_t components = 0, isolated = 0;               // weakly connected; isolated: single nodes
  std::vector<Component> largestComponents;
};
StatsResult stats(const KnowledgeGraph& kg, const UndirectedView& view, const StatsOptions& options = {});

// --- subgraph -------------------------------------------------------------
struct SubgraphOptions {
  int depth = 1;                        // hops around the centre
  std::vector<std::string> relations;   // resolved; empty: every relation
  Direction direction = Direction::Both;
};
// The ego network: the centre, the nodes within `depth` hops, and every edge
// among them (of the chosen relations). Placeholder evidence is dropped.
std::unique_ptr<KnowledgeGraph> egoNetwork(const KnowledgeGraph& kg, Vertex centre, const SubgraphOptions& options = {});

}  // namespace akg::query
