// The JSON `akg build` writes validates against
// graph_schemas/schema/graph.schema.json (RapidJSON's draft-04 validator).
#include <catch2/catch.hpp>

#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include "../support/test_support.h"
#include "base/json_file.h"

using namespace akg;
using namespace akg::test;

namespace {

// The schema document must outlive the SchemaDocument built from it.
struct Schema {
  rapidjson::Document doc;
  std::unique_ptr<rapidjson::SchemaDocument> schema;
  Schema() : doc(parseJsonFile(std::string(AKG_SCHEMA_DIR) + "/schema/graph.schema.json")) {
    schema = std::make_unique<rapidjson::SchemaDocument>(doc);
  }
};

const rapidjson::SchemaDocument& graphSchema() {
  static const Schema s;
  return *s.schema;
}

// Empty when valid, else where and why it is not.
std::string violations(const rapidjson::Document& d) {
  rapidjson::SchemaValidator v(graphSchema());
  if (d.Accept(v)) return {};
  rapidjson::StringBuffer docPtr, schemaPtr;
  v.GetInvalidDocumentPointer().StringifyUriFragment(docPtr);
  v.GetInvalidSchemaPointer().StringifyUriFragment(schemaPtr);
  return std::string("document ") + docPtr.GetString() + " breaks schema " + schemaPtr.GetString() + " (" +
         v.GetInvalidSchemaKeyword() + ")";
}

std::string violationsOfFile(const fs::path& path) {
  auto d = parseJsonFile(path.string());
  return violations(d);
}

void checkValid(const fs::path& path) {
  INFO(path.string());
  CHECK(violationsOfFile(path) == "");
}

void buildAndValidate(const fs::path& input, std::vector<std::string> extra = {}) {
  TempDir tmp;
  std::vector<std::string> args{"build", "-q", "--per-article", (tmp / "per").string(), "-o",
                                (tmp / "all.json").string()};
  args.insert(args.end(), extra.begin(), extra.end());
  args.push_back(input.string());
  auto r = runAkg(args);
  INFO("akg build: exit " << r.code << " " << r.err);
  REQUIRE(r.code == 0);
  checkValid(tmp / "all.json");
  size_t files = 0;
  for (const auto& e : fs::directory_iterator(tmp / "per")) {
    checkValid(e.path());
    ++files;
  }
  CHECK(files > 0);
}

}  // namespace

TEST_CASE("the graph schema is valid JSON Schema and rejects broken graphs", "[cli][schema]") {
  auto valid = parseJson(R"({"directed": true, "graph": {"generator": "akg", "articles": [{"id": "a", "lang": "en"}]},
      "nodes": [{"id": "rsf", "label": "RSF", "type": "actor", "kind": "armed_group", "aliases": []}],
      "edges": []})",
                         "valid");
  CHECK(violations(valid) == "");
  SECTION("unknown relation") {
    auto d = parseJson(R"({"directed": true, "graph": {"generator": "akg", "articles": []},
        "nodes": [], "edges": [{"source": "a", "target": "b", "relation": "befriended", "count": 1, "evidence": []}]})",
                       "bad");
    CHECK_THAT(violations(d), Catch::Contains("/edges/0/relation"));
  }
  SECTION("node without a label") {
    auto d = parseJson(R"({"directed": true, "graph": {"generator": "akg", "articles": []},
        "nodes": [{"id": "rsf", "type": "actor", "kind": "armed_group", "aliases": []}], "edges": []})",
                       "bad");
    CHECK_THAT(violations(d), Catch::Contains("/nodes/0"));
  }
  SECTION("unknown kind") {
    auto d = parseJson(R"({"directed": true, "graph": {"generator": "akg", "articles": []},
        "nodes": [{"id": "x", "label": "X", "type": "actor", "kind": "militia", "aliases": []}], "edges": []})",
                       "bad");
    CHECK_THAT(violations(d), Catch::Contains("/nodes/0/kind"));
  }
  SECTION("edge count zero") {
    auto d = parseJson(R"({"directed": true, "graph": {"generator": "akg", "articles": []},
        "nodes": [], "edges": [{"source": "a", "target": "b", "relation": "controls", "count": 0, "evidence": []}]})",
                       "bad");
    CHECK_THAT(violations(d), Catch::Contains("/edges/0/count"));
  }
}

TEST_CASE("akg build JSON for the golden e2e articles validates against graph.schema.json", "[cli][schema]") {
  buildAndValidate(fs::path(AKG_SOURCE_DIR) / "tests/data/e2e");
}

TEST_CASE("akg build JSON for the project's eval corpus validates against graph.schema.json", "[cli][schema]") {
  buildAndValidate(fs::path(AKG_SOURCE_DIR) / "tests/eval/corpus");
}

TEST_CASE("akg build JSON with --keep-negated and --no-evidence validates too", "[cli][schema]") {
  buildAndValidate(fs::path(AKG_SOURCE_DIR) / "tests/data/e2e", {"--keep-negated", "--no-evidence"});
}

TEST_CASE("akg build JSON for the shared seed articles validates against graph.schema.json", "[cli][schema][seeds]") {
  auto seeds = sharedDir() / "corpus" / "seeds";
  if (!fs::is_directory(seeds)) {
    WARN("SKIPPED: ../shared is missing beside the repository (" << seeds.string() << ")");
    return;
  }
  buildAndValidate(seeds);
}
