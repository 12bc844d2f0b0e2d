#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "base/error.h"
#include "export/export.h"
#include "query/graph_loader.h"

using namespace akg;
using namespace akg::query;

namespace {

// A file name in the temporary directory that no other test process uses.
std::filesystem::path tempPath(const std::string& name) {
  return std::filesystem::temp_directory_path() / ("akg_query_" + std::to_string(::getpid()) + "_" + name);
}

const std::string kFixture = AKG_SOURCE_DIR "/tests/data/query/fixture.json";

// The error message parseGraphJson gives for `text`, or "" when it loads.
std::string loadError(const std::string& text) {
  try {
    parseGraphJson(text, "g.json");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

const char* kNodeA = R"({"id": "a", "label": "A", "type": "actor", "kind": "person", "aliases": []})";
const char* kNodeB = R"({"id": "b", "label": "B", "type": "location", "kind": "city", "aliases": []})";

}  // namespace

TEST_CASE("loadGraph reads the fixture graph with nodes, edges, evidence and articles", "[query][loader]") {
  auto kg = loadGraph(kFixture);
  CHECK(kg->nodeCount() == 17);
  CHECK(kg->edgeCount() == 21);
  CHECK(kg->articles().size() == 6);
  auto sdf = kg->find("sdf");
  REQUIRE(sdf);
  const NodeProps& n = kg->graph()[*sdf];
  CHECK(n.label == "Syrian Democratic Forces");
  CHECK(n.labelAr == "قوات سوريا الديمقراطية");
  CHECK(n.aliases.size() == 4);
  CHECK(n.languages == std::set<std::string>{"ar", "en"});
  auto aleppo = kg->find("aleppo");
  REQUIRE(kg->graph()[*aleppo].coords);
  CHECK(kg->graph()[*aleppo].coords->first == Approx(36.2021));
  auto [e, found] = boost::edge(*sdf, *aleppo, kg->graph());
  REQUIRE(found);
  const EdgeProps& p = kg->graph()[e];
  CHECK(p.relation == "withdrew_from");
  CHECK(p.count == 2);
  REQUIRE(p.evidence.size() == 2);
  CHECK(p.evidence[1].lang == Lang::Ar);
  CHECK(p.evidence[1].text == "انسحبت قوات سوريا الديمقراطية من حلب بعد أيام من الاشتباكات.");
  CHECK(p.evidence[1].date == "2026-01-11");
}

TEST_CASE("a malformed graph file is an error naming the file, line and column", "[query][loader]") {
  const std::string path = AKG_SOURCE_DIR "/tests/data/query/malformed.json";
  REQUIRE_THROWS_WITH(loadGraph(path), path + ":6:3: Missing a comma or ']' after an array element.");
}

TEST_CASE("a missing or unreadable graph file is an error naming it", "[query][loader]") {
  REQUIRE_THROWS_WITH(loadGraph("/nonexistent/graph.json"), Catch::StartsWith("/nonexistent/graph.json: cannot read"));
  REQUIRE_THROWS_WITH(loadGraph(AKG_SOURCE_DIR "/tests/data/query"), Catch::Contains("is a directory"));
}

TEST_CASE("structural faults in graph JSON are errors with their position", "[query][loader]") {
  std::string a = kNodeA, b = kNodeB;
  SECTION("not an object") {
    CHECK(loadError("[1, 2]") == "g.json:1:2: the graph must be a JSON object with \"nodes\" and \"edges\"");
  }
  SECTION("no edges array") {
    CHECK(loadError("{\"nodes\": []}") == "g.json:1:1: missing \"edges\" array");
  }
  SECTION("a node without a label") {
    CHECK(loadError("{\"nodes\": [\n  {\"id\": \"a\", \"type\": \"actor\"}], \"edges\": []}") ==
          "g.json:2:4: node \"a\" has no \"label\"");
  }
  SECTION("a node type outside the vocabulary") {
    CHECK(loadError("{\"nodes\": [{\"id\": \"a\", \"label\": \"A\", \"type\": \"place\"}], \"edges\": []}") ==
          "g.json:1:46: node type must be \"actor\" or \"location\", not \"place\"");
  }
  SECTION("a field of the wrong JSON type") {
    CHECK(loadError("{\"nodes\": [{\"id\": 7}], \"edges\": []}") == "g.json:1:19: node \"id\" must not be a number");
    CHECK(loadError("{\"nodes\": [" + a + "], \"edges\": [{\"source\": \"a\", \"target\": \"a\", \"relation\": \"x\", "
                    "\"count\": -1}]}")
              .find("\"count\" must be a non-negative integer") != std::string::npos);
  }
  SECTION("a node listed twice") {
    CHECK(loadError("{\"nodes\": [" + a + ",\n" + a + "], \"edges\": []}") == "g.json:2:2: node id \"a\" appears twice");
  }
  SECTION("an edge to a node that does not exist") {
    CHECK(loadError("{\"nodes\": [" + a + "],\n \"edges\": [{\"source\": \"a\", \"target\": \"zz\", \"relation\": \"controls\"}]}") ==
          "g.json:2:13: edge target \"zz\" is not a node");
  }
  SECTION("an edge without a relation") {
    CHECK(loadError("{\"nodes\": [" + a + "," + b + "], \"edges\": [{\"source\": \"a\", \"target\": \"b\"}]}")
              .find("edge has no \"relation\"") != std::string::npos);
  }
  SECTION("invalid UTF-8") {
    CHECK(loadError("{\"nodes\": [{\"id\": \"\xC3\x28\"}], \"edges\": []}") == "g.json:1:20: Invalid encoding in string.");
  }
}

TEST_CASE("the loader accepts edges before nodes and skips fields it does not know", "[query][loader]") {
  std::string text = std::string("{\"edges\": [{\"source\": \"a\", \"target\": \"b\", \"relation\": \"controls\", ") +
                     "\"weight\": {\"x\": [1, 2, {\"y\": null}]}, \"count\": 3, \"evidence\": []}],\n" +
                     "\"future\": [[{}]], \"nodes\": [" + kNodeA + ", " + kNodeB + "]}";
  auto kg = parseGraphJson(text, "g.json");
  CHECK(kg->nodeCount() == 2);
  REQUIRE(kg->edgeCount() == 1);
  auto e = *boost::edges(kg->graph()).first;
  CHECK(kg->graph()[e].relation == "controls");
  CHECK(kg->graph()[e].count == 3);
}

TEST_CASE("an edge saved without evidence keeps its dates and languages", "[query][loader]") {
  std::string text = std::string("{\"nodes\": [") + kNodeA + ", " + kNodeB + "], \"edges\": [" +
                     "{\"source\": \"a\", \"target\": \"b\", \"relation\": \"controls\", \"count\": 2, " +
                     "\"languages\": [\"ar\"], \"dates\": [\"2026-01-10\", \"2026-01-11\"], \"evidence\": []}]}";
  auto kg = parseGraphJson(text, "g.json");
  auto e = *boost::edges(kg->graph()).first;
  const EdgeProps& p = kg->graph()[e];
  CHECK(p.count == 2);
  REQUIRE(p.evidence.size() == 2);
  CHECK(isPlaceholder(p.evidence[0]));
  CHECK(p.evidence[0].date == "2026-01-10");
  CHECK(p.evidence[1].lang == Lang::Ar);
}

TEST_CASE("a graph written by akg as JSON loads back the same", "[query][loader]") {
  auto kg = loadGraph(kFixture);
  auto path = tempPath("roundtrip.json");
  exportGraph(*kg, Format::Json, path);
  auto back = loadGraph(path);
  std::filesystem::remove(path);
  CHECK(back->nodeCount() == kg->nodeCount());
  CHECK(back->edgeCount() == kg->edgeCount());
  CHECK(back->articles().size() == kg->articles().size());
}

TEST_CASE("a graph with thousands of edges loads through the builder thread", "[query][loader]") {
  auto graphWith = [](int edges, int badAt) {
    std::string text = std::string("{\"nodes\": [") + kNodeA + ", " + kNodeB + "],\n\"edges\": [\n";
    for (int i = 0; i < edges; ++i) {
      text += i ? ",\n" : "";
      text += std::string("{\"source\": \"a\", \"target\": \"") + (i == badAt ? "zz" : "b") +
              "\", \"relation\": \"r" + std::to_string(i) + "\", \"evidence\": [{\"article\": \"x\", \"sentence\": " +
              std::to_string(i) + ", \"begin\": 0, \"end\": 1, \"text\": \"t\", \"lang\": \"ar\"}]}";
    }
    return text + "]}";
  };
  auto kg = parseGraphJson(graphWith(20000, -1), "g.json");
  CHECK(kg->edgeCount() == 20000);
  std::set<std::string> relations;
  size_t withEvidence = 0;
  for (auto e : boost::make_iterator_range(boost::edges(kg->graph()))) {
    relations.insert(kg->graph()[e].relation);
    withEvidence += kg->graph()[e].evidence.size() == 1;
  }
  CHECK(relations.size() == 20000);
  CHECK(withEvidence == 20000);
  // Edge 12345 is on line 12348: the error names it even though another thread resolved it.
  CHECK(loadError(graphWith(20000, 12345)) == "g.json:12348:2: edge target \"zz\" is not a node");
}

TEST_CASE("a graph written by akg as GraphML loads back the same", "[query][loader][graphml]") {
  auto kg = loadGraph(kFixture);
  auto path = tempPath("roundtrip.graphml");
  exportGraph(*kg, Format::GraphML, path);
  auto back = loadGraph(path);
  std::filesystem::remove(path);
  REQUIRE(back->nodeCount() == kg->nodeCount());
  REQUIRE(back->edgeCount() == kg->edgeCount());
  CHECK(back->articles().size() == kg->articles().size());
  const Graph& g = back->graph();
  auto sdf = back->find("sdf"), aleppo = back->find("aleppo"), deir = back->find("deir_hafer");
  REQUIRE(sdf);
  REQUIRE(aleppo);
  REQUIRE(deir);
  CHECK(g[*sdf].labelAr == "قوات سوريا الديمقراطية");
  CHECK(g[*sdf].aliases == kg->graph()[*kg->find("sdf")].aliases);
  CHECK(g[*sdf].languages == std::set<std::string>{"ar", "en"});
  REQUIRE(g[*aleppo].coords);
  CHECK(g[*aleppo].coords->second == Approx(37.1343));
  CHECK_FALSE(g[*deir].coords);
  auto [e, found] = boost::edge(*sdf, *aleppo, g);
  REQUIRE(found);
  CHECK(g[e].count == 2);
  REQUIRE(g[e].evidence.size() == 2);
  CHECK(g[e].evidence[1].text == "انسحبت قوات سوريا الديمقراطية من حلب بعد أيام من الاشتباكات.");
  CHECK(g[e].evidence[1].lang == Lang::Ar);
  CHECK(g[e].evidence[0].date == "2026-01-11");
  size_t negated = 0, symmetric = 0;
  for (auto x : boost::make_iterator_range(boost::edges(g))) {
    negated += g[x].negated;
    symmetric += g[x].symmetric;
  }
  CHECK(negated == 1);
  CHECK(symmetric == 2);
}

TEST_CASE("GraphML is recognised by extension or by content", "[query][loader][graphml]") {
  auto kg = loadGraph(kFixture);
  auto path = tempPath("graph.out");
  exportGraph(*kg, Format::GraphML, tempPath("graph.graphml"));
  std::filesystem::rename(tempPath("graph.graphml"), path);
  auto back = loadGraph(path);
  std::filesystem::remove(path);
  CHECK(back->edgeCount() == kg->edgeCount());
  REQUIRE_THROWS_WITH(parseGraphML("<graphml><graph><node id=\"n0\"/>", "bad.graphml"),
                      Catch::StartsWith("bad.graphml: not GraphML that akg can read"));
}
