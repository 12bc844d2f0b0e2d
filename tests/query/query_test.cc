#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "base/error.h"
#include "query/graph_loader.h"
#include "query/query.h"

using namespace akg;
using namespace akg::query;

namespace {

const KnowledgeGraph& kg() {
  static auto graph = loadGraph(AKG_SOURCE_DIR "/tests/data/query/fixture.json");
  return *graph;
}
const Graph& g() { return kg().graph(); }
Vertex node(const std::string& id) {
  auto v = kg().find(id);
  REQUIRE(v);
  return *v;
}
std::string sourceId(const EdgeHit& h) { return g()[boost::source(h.edge, g())].id; }
std::string targetId(const EdgeHit& h) { return g()[boost::target(h.edge, g())].id; }
std::string relation(const EdgeHit& h) { return g()[h.edge].relation; }

}  // namespace

TEST_CASE("show gives a node's degree and its edges with evidence", "[query][show]") {
  ShowResult r = show(kg(), node("sheikh_maqsoud"));
  CHECK(r.outDegree == 1);
  CHECK(r.inDegree == 3);
  REQUIRE(r.outgoing.size() == 1);
  CHECK(relation(r.outgoing[0]) == "located_in");
  REQUIRE(r.incoming.size() == 3);
  // Date order: present_in (10 Jan) before withdrew_from and controls (11 Jan).
  CHECK(relation(r.incoming[0]) == "present_in");
  CHECK(r.incoming[0].date == "2026-01-10");
  REQUIRE(r.incoming[0].evidence.size() == 1);
  CHECK(r.incoming[0].evidence[0]->text == "SDF fighters had been stationed in Sheikh Maqsoud since 2012.");
}

TEST_CASE("an evidence filter keeps only edges with a matching sentence", "[query][show]") {
  EvidenceFilter arabic;
  arabic.lang = Lang::Ar;
  ShowResult r = show(kg(), node("sdf"), arabic);
  std::set<std::string> rels;
  for (const auto& h : r.outgoing) rels.insert(relation(h) + ">" + targetId(h));
  CHECK(rels == std::set<std::string>{"withdrew_from>aleppo", "moved_to>deir_hafer", "withdrew_from>deir_hafer"});
  for (const auto& h : r.outgoing)
    for (const Evidence* ev : h.evidence) CHECK(ev->lang == Lang::Ar);
}

TEST_CASE("neighbors follows relations and directions up to a depth", "[query][neighbors]") {
  SECTION("one hop, both directions") {
    NeighborsResult r = neighbors(kg(), node("aleppo"));
    std::set<std::string> ids;
    for (const auto& n : r.neighbors) ids.insert(g()[n.node].id);
    CHECK(ids == std::set<std::string>{"sdf", "azzam_al_ghareeb", "sheikh_maqsoud", "ashrafiyeh"});
  }
  SECTION("only incoming mediation") {
    NeighborsOptions o;
    o.relations = {"mediated"};
    o.direction = Direction::In;
    NeighborsResult r = neighbors(kg(), node("sdf"), o);
    std::set<std::string> ids;
    for (const auto& n : r.neighbors) ids.insert(g()[n.node].id);
    CHECK(ids == std::set<std::string>{"tom_barrack", "international_mediators"});
  }
  SECTION("deeper hops record the node they came through") {
    NeighborsOptions o;
    o.depth = 3;
    o.relations = {"mediated"};
    NeighborsResult r = neighbors(kg(), node("international_mediators"), o);
    REQUIRE(r.neighbors.size() == 3);
    CHECK(g()[r.neighbors[0].node].id == "sdf");
    CHECK(g()[r.neighbors[1].node].id == "tom_barrack");
    CHECK(r.neighbors[2].depth == 3);
    CHECK(g()[r.neighbors[2].node].id == "syrian_government");
    CHECK(g()[r.neighbors[2].via].id == "tom_barrack");
    o.depth = 2;
    CHECK(neighbors(kg(), node("international_mediators"), o).neighbors.size() == 2);
  }
  SECTION("several relations to one neighbour are all listed") {
    NeighborsResult r = neighbors(kg(), node("deir_hafer"));
    REQUIRE(r.neighbors.size() == 1);
    CHECK(r.neighbors[0].edges.size() == 2);  // moved_to and the negated withdrew_from
  }
  SECTION("symmetric edges count in either direction") {
    NeighborsOptions o;
    o.direction = Direction::Out;
    o.relations = {"clashed_with"};
    CHECK(neighbors(kg(), node("syrian_army"), o).neighbors.size() == 1);
  }
  SECTION("an isolated node has none") { CHECK(neighbors(kg(), node("kobani")).neighbors.empty()); }
}

TEST_CASE("edges filters by relation, ends, type, date, language, article and count", "[query][edges]") {
  SECTION("no filter lists every edge, dated first") {
    EdgesResult r = edges(kg());
    CHECK(r.edges.size() == 21);
    CHECK(r.edges.front().date == "2025-11-02");
    CHECK(r.edges.back().date.empty());
  }
  SECTION("what happened around Aleppo on 11 January") {
    EdgesOptions o;
    o.node = node("aleppo");
    o.evidence.since = o.evidence.until = "2026-01-11";
    EdgesResult r = edges(kg(), o);
    std::set<std::string> found;
    for (const auto& h : r.edges) found.insert(sourceId(h) + " " + relation(h));
    CHECK(found == std::set<std::string>{"sdf withdrew_from", "azzam_al_ghareeb leads"});
  }
  SECTION("from an actor to locations of a kind") {
    EdgesOptions o;
    o.from = node("sdf");
    o.kind = "district";
    EdgesResult r = edges(kg(), o);
    CHECK(r.edges.size() == 3);  // withdrew_from x2, present_in
  }
  SECTION("to a node, actors only") {
    EdgesOptions o;
    o.to = node("sdf");
    o.type = "actor";
    o.relations = {"mediated"};
    CHECK(edges(kg(), o).edges.size() == 2);
  }
  SECTION("symmetric relations match --from at either end") {
    EdgesOptions o;
    o.from = node("syrian_army");
    o.relations = {"clashed_with"};
    CHECK(edges(kg(), o).edges.size() == 1);
  }
  SECTION("language, article and count") {
    EdgesOptions o;
    o.evidence.lang = Lang::Ar;
    CHECK(edges(kg(), o).edges.size() == 5);
    o.evidence = {};
    o.evidence.article = "fasher-en";
    CHECK(edges(kg(), o).edges.size() == 3);
    o.evidence = {};
    o.minCount = 2;
    CHECK(edges(kg(), o).edges.size() == 1);
  }
  SECTION("a limit keeps the total") {
    EdgesOptions o;
    o.limit = 5;
    EdgesResult r = edges(kg(), o);
    CHECK(r.edges.size() == 5);
    CHECK(r.total == 21);
  }
  SECTION("nothing matches") {
    EdgesOptions o;
    o.evidence.since = "2030-01-01";
    CHECK(edges(kg(), o).edges.empty());
  }
}

TEST_CASE("path finds every shortest path, ignoring direction", "[query][path]") {
  UndirectedView view(kg());
  SECTION("a direct edge") {
    PathResult r = paths(kg(), view, node("sdf"), node("deir_hafer"));
    CHECK(r.length == 1);
    REQUIRE(r.paths.size() == 1);
    CHECK(r.paths[0].hops[0].size() == 2);  // moved_to and the negated withdrew_from
  }
  SECTION("two shortest paths of two hops") {
    PathResult r = paths(kg(), view, node("aleppo"), node("syrian_army"));
    CHECK(r.length == 2);
    CHECK(r.total == 2);
    std::set<std::string> middles;
    for (const auto& p : r.paths) middles.insert(g()[p.nodes[1]].id);
    CHECK(middles == std::set<std::string>{"sdf", "sheikh_maqsoud"});
  }
  SECTION("relations restrict the path") {
    PathOptions o;
    o.relations = {"mediated"};
    PathResult r = paths(kg(), view, node("international_mediators"), node("syrian_government"), o);
    CHECK(r.length == 3);
    REQUIRE(r.paths.size() == 1);
    CHECK(g()[r.paths[0].nodes[2]].id == "tom_barrack");
  }
  SECTION("no path between separate conflicts") {
    PathResult r = paths(kg(), view, node("rsf"), node("sdf"));
    CHECK(r.length == -1);
    CHECK(r.paths.empty());
  }
  SECTION("max length bounds the search") {
    PathOptions o;
    o.maxLength = 1;
    CHECK(paths(kg(), view, node("aleppo"), node("syrian_army"), o).paths.empty());
  }
  SECTION("a node to itself") { CHECK(paths(kg(), view, node("sdf"), node("sdf")).length == 0); }
}

TEST_CASE("where lists the places an actor left, reached, holds or is in, in date order", "[query][where]") {
  auto hits = where(kg(), node("sdf"));
  std::vector<std::string> got;
  for (const auto& h : hits) got.push_back(h.date + " " + relation(h) + " " + targetId(h));
  CHECK(got == std::vector<std::string>{
                   "2026-01-10 present_in sheikh_maqsoud",
                   "2026-01-11 moved_to deir_hafer",
                   "2026-01-11 moved_to northeast_syria",
                   "2026-01-11 withdrew_from aleppo",
                   "2026-01-11 withdrew_from ashrafiyeh",
                   "2026-01-11 withdrew_from sheikh_maqsoud",
               });
  WhereOptions withNegated;
  withNegated.includeNegated = true;
  CHECK(where(kg(), node("sdf"), withNegated).size() == 7);
  CHECK(where(kg(), node("tom_barrack")).empty());
}

TEST_CASE("who answers a relation into a target", "[query][who]") {
  auto mediators = who(kg(), "mediated", node("sdf"));
  std::set<std::string> ids;
  for (const auto& h : mediators) ids.insert(sourceId(h));
  CHECK(ids == std::set<std::string>{"tom_barrack", "international_mediators"});
  for (const auto& h : mediators) CHECK_FALSE(h.evidence.empty());

  auto controllers = who(kg(), "controls", node("sheikh_maqsoud"));
  REQUIRE(controllers.size() == 1);
  CHECK(sourceId(controllers[0]) == "syrian_army");

  auto clashed = who(kg(), "clashed_with", node("syrian_army"));  // symmetric: stored as sdf -> syrian_army
  REQUIRE(clashed.size() == 1);
  auto clashedOther = who(kg(), "clashed_with", node("sdf"));
  REQUIRE(clashedOther.size() == 1);

  CHECK(who(kg(), "withdrew_from", node("deir_hafer")).empty());  // only a denial
  CHECK(who(kg(), "arrested", node("sdf")).empty());
}

TEST_CASE("relation names resolve by prefix and stem", "[query][who]") {
  auto rels = relationsIn(kg());
  CHECK(resolveRelation(rels, "mediated") == "mediated");
  CHECK(resolveRelation(rels, "mediate") == "mediated");
  CHECK(resolveRelation(rels, "withdraw") == "withdrew_from");
  CHECK(resolveRelation(rels, "withdrew from") == "withdrew_from");
  CHECK(resolveRelation(rels, "Controls") == "controls");
  CHECK(resolveRelation(rels, "moved") == "moved_to");
  REQUIRE_THROWS_WITH(resolveRelation(rels, "a"), Catch::Contains("ambiguous: affiliated_with, agreement_with, attacked"));
  REQUIRE_THROWS_WITH(resolveRelation(rels, "arrested"), Catch::StartsWith("no relation \"arrested\" in this graph"));
}

TEST_CASE("timeline gives every sentence on a node's edges, oldest first, undated last", "[query][timeline]") {
  auto entries = timeline(kg(), node("syrian_government"));
  REQUIRE(entries.size() == 3);
  CHECK(entries[0].date == "2026-01-11");
  CHECK(entries[2].date.empty());
  CHECK(entries[2].evidence->text == "The government has held Damascus throughout the war.");

  EvidenceFilter jan12;
  jan12.since = "2026-01-12";
  auto later = timeline(kg(), node("sdf"), jan12);
  REQUIRE(later.size() == 2);
  for (const auto& e : later) CHECK(e.date == "2026-01-12");
}

TEST_CASE("stats counts by type, kind, relation and language and ranks nodes", "[query][stats]") {
  UndirectedView view(kg());
  StatsResult r = stats(kg(), view);
  CHECK(r.nodes == 17);
  CHECK(r.edges == 21);
  CHECK(r.articles == 6);
  CHECK(r.evidence == 22);
  CHECK(r.byType.front().name == "actor");
  CHECK(r.byType.front().count == 9);
  CHECK(r.byRelation.front().name == "withdrew_from");
  CHECK(r.byRelation.front().count == 5);
  REQUIRE_FALSE(r.topDegree.empty());
  CHECK(g()[r.topDegree.front().node].id == "sdf");
  CHECK(r.topDegree.front().score == 12);
  REQUIRE_FALSE(r.topBetweenness.empty());
  CHECK(g()[r.topBetweenness.front().node].id == "sdf");
  CHECK(r.topBetweenness.front().score == Approx(0.4625));  // networkx betweenness_centrality on the same graph
  CHECK_FALSE(r.betweennessCapped);
  CHECK(r.components == 3);
  CHECK(r.isolated == 1);
  CHECK(r.largestComponents.front().size == 13);
  CHECK(g()[r.largestComponents.front().hub].id == "sdf");
}

TEST_CASE("stats computes betweenness on the best-connected nodes above the cap", "[query][stats]") {
  UndirectedView view(kg());
  StatsOptions o;
  o.betweennessMaxNodes = 5;
  StatsResult r = stats(kg(), view, o);
  CHECK(r.betweennessCapped);
  CHECK(r.betweennessNodes == 5);
}

TEST_CASE("the ego network holds the nodes around a centre and the edges among them", "[query][subgraph]") {
  auto ego = egoNetwork(kg(), node("deir_hafer"));
  CHECK(ego->nodeCount() == 2);
  CHECK(ego->edgeCount() == 2);
  CHECK(ego->articles().size() == 4);  // the articles naming deir_hafer and sdf

  SubgraphOptions two;
  two.depth = 2;
  two.relations = {"mediated"};
  auto mediation = egoNetwork(kg(), node("sdf"), two);
  CHECK(mediation->nodeCount() == 4);
  CHECK(mediation->edgeCount() == 3);
}
