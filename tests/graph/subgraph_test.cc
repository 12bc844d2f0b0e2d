#include "graph/subgraph.h"

#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "base/error.h"

using namespace akg;

namespace {

// a -controls-> x <-present_in- b -attacked-> c -met_with- d ; e alone.
// controls is seen 3 times, the rest once; x is a place.
struct Fixture {
  KnowledgeGraph kg;
  Vertex a, b, c, d, e, x;
  Fixture() {
    auto node = [&](const std::string& id, const std::string& type) {
      NodeProps p;
      p.id = id;
      p.label = "Label " + id;
      p.type = type;
      p.kind = type == "actor" ? "armed_group" : "city";
      p.mentions = 1;
      return kg.upsertNode(p);
    };
    a = node("a", "actor"), b = node("b", "actor"), c = node("c", "actor"), d = node("d", "actor");
    e = node("e", "actor"), x = node("x", "location");
    auto evidence = [](int n) {
      std::vector<Evidence> out;
      for (int i = 0; i < n; ++i) out.push_back(Evidence{"art", static_cast<uint32_t>(i), 0, 1, "s", "", Lang::En, "t"});
      return out;
    };
    kg.upsertEdge(a, x, "controls", false, evidence(3));
    kg.upsertEdge(b, x, "present_in", false, evidence(1));
    kg.upsertEdge(b, c, "attacked", false, evidence(1));
    kg.upsertEdge(c, d, "met_with", true, evidence(1));
    kg.articles() = {{"art", "articles/art.txt", "en", "2020-01-01"}};
  }
};

std::set<std::string> ids(const KnowledgeGraph& kg) {
  std::set<std::string> out;
  for (auto v : boost::make_iterator_range(boost::vertices(kg.graph()))) out.insert(kg.graph()[v].id);
  return out;
}

std::set<std::string> edges(const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  std::set<std::string> out;
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    out.insert(g[boost::source(e, g)].id + " " + g[e].relation + " " + g[boost::target(e, g)].id);
  return out;
}

}  // namespace

TEST_CASE("an empty filter copies the whole graph, isolated nodes included", "[graph][filter]") {
  Fixture f;
  auto out = filterGraph(f.kg, {});
  CHECK(ids(*out) == ids(f.kg));
  CHECK(edges(*out) == edges(f.kg));
  CHECK(out->articles().size() == 1);
  CHECK_FALSE(filtersEdges({}));
}

TEST_CASE("a relation filter keeps those edges and only the nodes they touch", "[graph][filter]") {
  Fixture f;
  SubgraphFilter filter;
  filter.relations = {"controls", "attacked"};
  auto out = filterGraph(f.kg, filter);
  CHECK(edges(*out) == std::set<std::string>{"a controls x", "b attacked c"});
  CHECK(ids(*out) == std::set<std::string>{"a", "b", "c", "x"});
}

TEST_CASE("a minimum count keeps well-attested edges with their properties", "[graph][filter]") {
  Fixture f;
  SubgraphFilter filter;
  filter.minCount = 2;
  auto out = filterGraph(f.kg, filter);
  REQUIRE(edges(*out) == std::set<std::string>{"a controls x"});
  CHECK(ids(*out) == std::set<std::string>{"a", "x"});
  const Graph& g = out->graph();
  auto edge = *boost::edges(g).first;
  CHECK(g[edge].count == 3);
  CHECK(g[edge].evidence.size() == 3);
  CHECK(g[*out->find("a")].label == "Label a");
}

TEST_CASE("counts survive when the graph has no evidence sentences", "[graph][filter]") {
  Fixture f;
  for (auto e : boost::make_iterator_range(boost::edges(f.kg.graph()))) f.kg.graph()[e].evidence.clear();
  auto out = filterGraph(f.kg, {});
  for (auto e : boost::make_iterator_range(boost::edges(out->graph())))
    if (out->graph()[e].relation == "controls") CHECK(out->graph()[e].count == 3);
}

TEST_CASE("focus keeps the neighbourhood within depth, walking edges both ways", "[graph][filter]") {
  Fixture f;
  SubgraphFilter filter;
  filter.focus = f.x;
  SECTION("depth 0: the focus alone") {
    filter.depth = 0;
    auto out = filterGraph(f.kg, filter);
    CHECK(ids(*out) == std::set<std::string>{"x"});
    CHECK(edges(*out).empty());
  }
  SECTION("depth 1: x's neighbours through incoming edges") {
    auto out = filterGraph(f.kg, filter);
    CHECK(ids(*out) == std::set<std::string>{"a", "b", "x"});
    CHECK(edges(*out) == std::set<std::string>{"a controls x", "b present_in x"});
  }
  SECTION("depth 2 reaches c through b; the edge between kept nodes comes along") {
    filter.depth = 2;
    auto out = filterGraph(f.kg, filter);
    CHECK(ids(*out) == std::set<std::string>{"a", "b", "c", "x"});
    CHECK(edges(*out).count("b attacked c") == 1);
  }
  SECTION("the walk only follows edges that pass the other filters") {
    filter.depth = 5;
    filter.relations = {"present_in", "met_with"};
    auto out = filterGraph(f.kg, filter);
    CHECK(ids(*out) == std::set<std::string>{"b", "x"});
  }
  SECTION("a node without edges is its own neighbourhood") {
    filter.focus = f.e;
    auto out = filterGraph(f.kg, filter);
    CHECK(ids(*out) == std::set<std::string>{"e"});
  }
}

TEST_CASE("symmetric edges stay symmetric and parallel edges stay apart", "[graph][filter]") {
  Fixture f;
  f.kg.upsertEdge(f.a, f.x, "attacked", false, {});
  SubgraphFilter filter;
  filter.focus = f.a;
  auto out = filterGraph(f.kg, filter);
  CHECK(edges(*out) == std::set<std::string>{"a controls x", "a attacked x"});

  filter.focus = f.d;
  out = filterGraph(f.kg, filter);
  REQUIRE(out->edgeCount() == 1);
  CHECK(out->graph()[*boost::edges(out->graph()).first].symmetric);
}

TEST_CASE("a focus outside the graph is an error", "[graph][filter]") {
  Fixture f;
  SubgraphFilter filter;
  filter.focus = 99;
  CHECK_THROWS_AS(filterGraph(f.kg, filter), Error);
}
