// `akg render` as a user runs it: exit codes, messages, and the filters,
// clusters and legend found in the DOT it writes.
#include <graphviz/cgraph.h>

#include <catch2/catch.hpp>
#include <set>

#include "../support/test_support.h"
#include "export/dot_writer.h"
#include "export/export.h"

using namespace akg;
using namespace akg::test;

namespace {

const std::string kHostile = std::string(AKG_SOURCE_DIR) + "/tests/data/export/hostile.json";

std::string runInfo(const RunResult& r) {
  return "exit " + std::to_string(r.code) + "\nstdout: " + r.out.substr(0, 2000) + "\nstderr: " + r.err.substr(0, 2000);
}

struct DotSummary {
  std::set<std::string> nodes;
  std::set<std::string> edges;  // "tail relation head"
  std::string legend;           // the root graph's label
  size_t clusters = 0;
};

void countClusters(Agraph_t* g, size_t& n) {
  for (Agraph_t* sub = agfstsubg(g); sub; sub = agnxtsubg(sub)) {
    ++n;
    countClusters(sub, n);
  }
}

DotSummary readDot(const fs::path& path) {
  std::string text = readBytes(path);
  GraphvizSession session(path.string());
  AgraphPtr g(agmemread(text.c_str()));
  if (!g) session.fail("does not parse");
  DotSummary out;
  for (Agnode_t* n = agfstnode(g.get()); n; n = agnxtnode(g.get(), n)) {
    out.nodes.insert(unescapeGraphvizText(agnameof(n)));
    for (Agedge_t* e = agfstout(g.get(), n); e; e = agnxtout(g.get(), e))
      out.edges.insert(unescapeGraphvizText(agnameof(agtail(e))) + " " + agnameof(e) + " " +
                       unescapeGraphvizText(agnameof(aghead(e))));
  }
  if (char* label = agget(g.get(), const_cast<char*>("label"))) out.legend = label;
  countClusters(g.get(), out.clusters);
  return out;
}

}  // namespace

TEST_CASE("akg render --help lists every option", "[cli][render]") {
  auto r = runAkg({"render", "--help"});
  CHECK(r.code == 0);
  for (const char* option : {"--output", "--format", "--layout", "--cluster", "--no-legend", "--relation",
                             "--min-count", "--focus", "--depth", "sfdp", "location"})
    CHECK(r.out.find(option) != std::string::npos);
}

TEST_CASE("akg render usage errors exit 2 and say what is wrong", "[cli][render]") {
  TempDir dir;
  std::string out = (dir / "g.dot").string();
  struct Case {
    std::vector<std::string> args;
    const char* message;
  };
  std::vector<Case> cases = {
      {{"render", kHostile}, "no -o FILE"},
      {{"render", kHostile, "-o", out, "--bogus"}, "unknown option '--bogus'"},
      {{"render", kHostile, "-o", out, "--cluster", "colour"}, "--cluster takes kind, location or none"},
      {{"render", kHostile, "-o", out, "--depth", "2"}, "--depth needs --focus"},
      {{"render", kHostile, "-o", out, "--min-count", "0"}, "--min-count needs a whole number"},
      {{"render", kHostile, "-o", (dir / "g.json").string()}, "writes svg, png, pdf or dot"},
      {{"render", kHostile, "-o", out, "--relation", "atacked"}, "unknown relation 'atacked' (did you mean attacked"},
  };
  for (const auto& c : cases) {
    auto r = runAkg(c.args);
    INFO(runInfo(r));
    CHECK(r.code == 2);
    CHECK(r.err.find(c.message) != std::string::npos);
  }
  CHECK(listDir(dir.path()).empty());
}

TEST_CASE("akg render --focus that names no single node exits 1 naming it", "[cli][render]") {
  TempDir dir;
  std::string out = (dir / "g.dot").string();
  SECTION("nothing matches: the nearest names are suggested") {
    auto r = runAkg({"render", kHostile, "-o", out, "--focus", "El Fashir"});
    INFO(runInfo(r));
    CHECK(r.code == 1);
    CHECK(r.err.find("--focus 'El Fashir' matches no node") != std::string::npos);
    CHECK(r.err.find("El Fasher") != std::string::npos);
  }
  SECTION("several match: the candidates are listed by id") {
    auto r = runAkg({"render", kHostile, "-o", out, "--focus", "Brigade"});
    INFO(runInfo(r));
    CHECK(r.code == 1);
    CHECK(r.err.find("matches 2 nodes") != std::string::npos);
    CHECK(r.err.find("'x:quote brigade'") != std::string::npos);
    CHECK(r.err.find("'x:minus'") != std::string::npos);
  }
  CHECK(listDir(dir.path()).empty());
}

TEST_CASE("akg render filters the graph before drawing it", "[cli][render]") {
  TempDir dir;
  auto out = dir / "g.dot";
  SECTION("no filter: every node, with the legend") {
    auto r = runAkg({"render", kHostile, "-o", out.string()});
    INFO(runInfo(r));
    REQUIRE(r.code == 0);
    DotSummary dot = readDot(out);
    CHECK(dot.nodes.size() == 13);
    CHECK(dot.edges.size() == 9);
    CHECK(dot.legend.find("Legend") != std::string::npos);
    CHECK(dot.legend.find("withdrew from") != std::string::npos);
    CHECK(dot.clusters == 0);
  }
  SECTION("--relation keeps those edges and the nodes they join") {
    auto r = runAkg({"render", kHostile, "-o", out.string(), "--relation", "controls", "--relation", "located_in"});
    INFO(runInfo(r));
    REQUIRE(r.code == 0);
    DotSummary dot = readDot(out);
    CHECK(dot.nodes == std::set<std::string>{"rsf", "x:الفاشر", "x:bidi"});
    CHECK(dot.edges == std::set<std::string>{"rsf controls x:الفاشر", "x:bidi located_in x:الفاشر"});
    CHECK(dot.legend.find("controls") != std::string::npos);
    CHECK(dot.legend.find("withdrew from") == std::string::npos);
  }
  SECTION("--min-count keeps the edges seen often enough") {
    auto r = runAkg({"render", kHostile, "-o", out.string(), "--min-count", "2"});
    REQUIRE(r.code == 0);
    CHECK(readDot(out).edges == std::set<std::string>{"rsf controls x:الفاشر"});
  }
  SECTION("--focus by Arabic name, with depth") {
    auto r = runAkg({"render", kHostile, "-o", out.string(), "--focus", "الفاشر", "--depth", "1"});
    INFO(runInfo(r));
    REQUIRE(r.code == 0);
    DotSummary dot = readDot(out);
    CHECK(dot.nodes == std::set<std::string>{"x:الفاشر", "rsf", "x:quote brigade", "x:bidi"});
    // The two parallel edges both stay.
    CHECK(dot.edges.count("rsf attacked x:الفاشر") == 1);
    CHECK(dot.edges.count("rsf controls x:الفاشر") == 1);

    r = runAkg({"render", kHostile, "-o", out.string(), "--focus", "x:الفاشر", "--depth", "2"});
    REQUIRE(r.code == 0);
    CHECK(readDot(out).nodes.count("x:markup") == 1);  // markup -present_in-> bidi -located_in-> El Fasher
  }
  SECTION("an ontology relation absent from the graph is a note, not an error") {
    auto r = runAkg({"render", kHostile, "-o", out.string(), "--relation", "arrested"});
    INFO(runInfo(r));
    CHECK(r.code == 0);
    CHECK(r.err.find("no arrested edges") != std::string::npos);
    CHECK(readDot(out).nodes.empty());
  }
  SECTION("--no-legend and --cluster") {
    auto r = runAkg({"render", kHostile, "-o", out.string(), "--no-legend", "--cluster", "kind"});
    REQUIRE(r.code == 0);
    DotSummary dot = readDot(out);
    CHECK(dot.legend.empty());
    CHECK(dot.clusters == 7);  // armed_group organization person government media city district
  }
}

TEST_CASE("akg render writes every drawing format in one run", "[cli][render]") {
  TempDir dir;
  auto r = runAkg({"render", kHostile, "--cluster", "location", "-o", (dir / "g.svg").string(), "-o",
                   (dir / "g.png").string(), "-o", (dir / "g.pdf").string(), "-o", (dir / "g.gv").string()});
  INFO(runInfo(r));
  REQUIRE(r.code == 0);
  CHECK(listDir(dir.path()) == std::vector<std::string>{"g.gv", "g.pdf", "g.png", "g.svg"});
  CHECK(readBytes(dir / "g.png").substr(1, 3) == "PNG");
  CHECK(readBytes(dir / "g.pdf").substr(0, 5) == "%PDF-");
  CHECK(readBytes(dir / "g.svg").find("Legend") != std::string::npos);
  CHECK(readDot(dir / "g.gv").clusters > 0);
}

TEST_CASE("akg render hints at filters for a large unfiltered graph", "[cli][render]") {
  KnowledgeGraph kg;
  for (int i = 0; i < 200; ++i) {
    NodeProps p;
    p.id = "n" + std::to_string(i);
    p.label = p.id;
    p.type = "actor";
    p.kind = "person";
    Vertex v = kg.upsertNode(p);
    if (i > 0) kg.upsertEdge(v - 1, v, "met_with", true, {});
  }
  TempDir dir;
  exportGraph(kg, Format::Json, dir / "big.json");
  auto r = runAkg({"render", (dir / "big.json").string(), "-o", (dir / "big.dot").string()});
  INFO(runInfo(r));
  CHECK(r.code == 0);
  CHECK(r.err.find("200 nodes and 199 edges: drawn with sfdp") != std::string::npos);
  CHECK(r.err.find("--focus") != std::string::npos);

  r = runAkg({"render", (dir / "big.json").string(), "-o", (dir / "big.dot").string(), "--focus", "n5"});
  CHECK(r.code == 0);
  CHECK(r.err.empty());
  CHECK(readDot(dir / "big.dot").nodes == std::set<std::string>{"n4", "n5", "n6"});
}
