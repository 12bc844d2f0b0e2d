// Golden end-to-end cases, kept as data: tests/data/e2e/<case>.txt is a short
// article written for the tests and <case>.expected.json lists what a correct
// extractor gives for it:
//   {"description": "...",
//    "mayfail": "why it fails today (optional)",
//    "nodes": [id, ...],                      gazetteer ids, or "@Name" for new names
//    "edges": [[source, relation, target], ...],   must all be in the graph
//    "absent": [[source, relation, target], ...]}  must not be
// Compared as sets (symmetric relations in either direction). All cases go
// through one `akg build --per-article` run. Cases with "mayfail" are checked
// by the [!mayfail] test case; delete the field when a case passes.
#include <catch2/catch.hpp>

#include <map>

#include "../support/test_support.h"
#include "base/json_file.h"

using namespace akg;
using namespace akg::test;

namespace {

const fs::path kCases = fs::path(AKG_SOURCE_DIR) / "tests/data/e2e";

std::vector<std::string> caseNames() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(kCases))
    if (e.path().extension() == ".txt") out.push_back(e.path().stem().string());
  std::sort(out.begin(), out.end());
  return out;
}

struct Graph {
  std::set<std::string> nodes;
  std::set<Triple> edges;
  std::map<std::string, std::vector<std::string>> names;  // node id -> label and aliases
};

Graph readGraph(const fs::path& path) {
  Graph g;
  auto doc = parseJsonFile(path.string());
  for (const auto& n : doc["nodes"].GetArray()) {
    std::string id = n["id"].GetString();
    g.nodes.insert(id);
    auto& names = g.names[id];
    names.push_back(n["label"].GetString());
    for (const auto& a : n["aliases"].GetArray()) names.push_back(a.GetString());
  }
  for (const auto& e : doc["edges"].GetArray())
    g.edges.insert({e["source"].GetString(), e["relation"].GetString(), e["target"].GetString()});
  return g;
}

// One build over all cases, shared by the test cases of this file.
struct Run {
  TempDir dir;
  RunResult result;
  std::map<std::string, Graph> perArticle;
  Graph merged;
  Run() {
    result = runAkg({"build", "-q", "--per-article", (dir / "per").string(), "-o", (dir / "all.json").string(),
                     kCases.string()});
    if (result.code != 0) return;
    for (const auto& name : caseNames()) {
      auto path = dir / "per" / (name + ".json");
      if (fs::exists(path)) perArticle[name] = readGraph(path);
    }
    merged = readGraph(dir / "all.json");
  }
};

const Run& run() {
  static const Run r;
  return r;
}

std::string resolve(const Graph& g, const std::string& ref) {
  if (ref.empty() || ref[0] != '@') return ref;
  const auto& n = bundledLexicon().normalizer();
  std::string want = n.fold(ref.substr(1));
  for (const auto& [id, names] : g.names)
    for (const auto& name : names)
      if (n.fold(name) == want) return id;
  return ref + " (no such node)";
}

std::vector<Triple> triples(const rapidjson::Value& v) {
  std::vector<Triple> out;
  if (!v.IsArray()) return out;
  for (const auto& t : v.GetArray()) out.push_back({t[0].GetString(), t[1].GetString(), t[2].GetString()});
  return out;
}

bool isMayfail(const std::string& name) {
  auto doc = parseJsonFile((kCases / (name + ".expected.json")).string());
  return doc.HasMember("mayfail");
}

void checkCase(const std::string& name) {
  const Run& r = run();
  INFO("akg build: exit " << r.result.code << "\n" << r.result.err);
  REQUIRE(r.result.code == 0);
  auto expected = parseJsonFile((kCases / (name + ".expected.json")).string());
  auto it = r.perArticle.find(name);
  REQUIRE(it != r.perArticle.end());
  const Graph& g = it->second;
  INFO("case " << name);
  std::string knownFailure = expected.HasMember("mayfail") ? expected["mayfail"].GetString() : "none";
  INFO("known failure: " << knownFailure);
  INFO("nodes: " << describe(g.nodes));
  INFO("edges: " << describe(g.edges));
  for (const auto& n : expected["nodes"].GetArray()) {
    std::string id = resolve(g, n.GetString());
    INFO("expected node " << n.GetString() << " = " << id);
    CHECK(g.nodes.count(id) == 1);
  }
  for (const auto& [s, rel, t] : triples(expected["edges"])) {
    Triple want{resolve(g, s), rel, resolve(g, t)};
    INFO("expected edge " << describe(std::set<Triple>{want}));
    CHECK(hasEdge(g.edges, want));
  }
  if (expected.HasMember("absent")) {
    for (const auto& [s, rel, t] : triples(expected["absent"])) {
      Triple unwanted{resolve(g, s), rel, resolve(g, t)};
      INFO("forbidden edge " << describe(std::set<Triple>{unwanted}));
      CHECK_FALSE(hasEdge(g.edges, unwanted));
    }
  }
}

}  // namespace

TEST_CASE("golden e2e cases are well formed", "[e2e]") {
  auto names = caseNames();
  REQUIRE(names.size() >= 6);
  const Lexicon& lx = bundledLexicon();
  size_t en = 0, ar = 0;
  for (const auto& name : names) {
    INFO("case " << name);
    auto path = kCases / (name + ".expected.json");
    REQUIRE(fs::exists(path));
    auto doc = parseJsonFile(path.string());
    REQUIRE(doc.HasMember("nodes"));
    REQUIRE(doc.HasMember("edges"));
    auto known = [&](const std::string& ref) { return ref.rfind("@", 0) == 0 || lx.entity(ref) != nullptr; };
    for (const auto& n : doc["nodes"].GetArray()) {
      INFO("node " << n.GetString());
      CHECK(known(n.GetString()));
    }
    for (const char* key : {"edges", "absent"}) {
      if (!doc.HasMember(key)) continue;
      for (const auto& [s, rel, t] : triples(doc[key])) {
        INFO(key << ": " << s << " " << rel << " " << t);
        CHECK(known(s));
        CHECK(known(t));
        CHECK(lx.relation(rel) != nullptr);
      }
    }
    (name.ends_with("_ar") ? ar : en)++;
  }
  CHECK(en >= 3);
  CHECK(ar >= 3);
}

TEST_CASE("golden e2e cases give the expected nodes and edges", "[e2e]") {
  for (const auto& name : caseNames()) {
    if (isMayfail(name)) continue;
    DYNAMIC_SECTION(name) { checkCase(name); }
  }
}

TEST_CASE("golden e2e cases the extractor still gets wrong", "[e2e][!mayfail]") {
  for (const auto& name : caseNames()) {
    if (!isMayfail(name)) continue;
    DYNAMIC_SECTION(name) { checkCase(name); }
  }
}

TEST_CASE("the merged e2e graph holds every article's nodes and edges", "[e2e]") {
  const Run& r = run();
  REQUIRE(r.result.code == 0);
  CHECK(r.perArticle.size() == caseNames().size());
  for (const auto& [name, g] : r.perArticle) {
    INFO("case " << name);
    for (const auto& id : g.nodes) CHECK(r.merged.nodes.count(id) == 1);
    for (const auto& e : g.edges) CHECK(r.merged.edges.count(e) == 1);
  }
}
