#include "export/kuzu_writer.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "base/atomic_file.h"
#include "base/error.h"
#include "bulk_csv_reader.h"
#include "export/export.h"
#include "sample_graph.h"

using namespace akg;
using akg::testing::readBulkCsv;
using akg::testing::ScratchDir;
using akg::testing::splitList;

namespace {

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

KnowledgeGraph twoNodeGraph(const std::string& relation) {
  KnowledgeGraph kg;
  NodeProps a, b;
  a.id = "a", a.type = "actor", a.kind = "state";
  b.id = "b", b.type = "location", b.kind = "city";
  kg.upsertEdge(kg.upsertNode(a), kg.upsertNode(b), relation, false, {});
  return kg;
}

}  // namespace

TEST_CASE("Kùzu export writes schema, load script, README and one CSV per table pair", "[export][kuzu]") {
  ScratchDir dir;
  exportGraph(akg::testing::sampleGraph(), Format::Kuzu, dir / "kz");
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir / "kz")) files.push_back(e.path().filename().string());
  std::sort(files.begin(), files.end());
  CHECK(files == std::vector<std::string>{".akg-export", "README.md", "load.cypher", "nodes_actor.csv",
                                          "nodes_location.csv", "rel_clashed_with_actor_actor.csv",
                                          "rel_controls_actor_location.csv", "rel_located_in_location_location.csv",
                                          "rel_withdrew_from_actor_location.csv", "schema.cypher"});

  std::string schema = readFile(dir / "kz" / "schema.cypher");
  CHECK(schema.find("CREATE NODE TABLE `Actor`(id STRING, label STRING") != std::string::npos);
  CHECK(schema.find("aliases STRING[]") != std::string::npos);
  CHECK(schema.find("PRIMARY KEY(id));") != std::string::npos);
  CHECK(schema.find("CREATE REL TABLE `withdrew_from`(FROM `Actor` TO `Location`, count INT64") != std::string::npos);
  CHECK(schema.find("dates DATE[]") != std::string::npos);

  std::string load = readFile(dir / "kz" / "load.cypher");
  CHECK(count(load, "COPY ") == 2 + 4);
  CHECK(load.find("FROM 'rel_withdrew_from_actor_location.csv'") != std::string::npos);
  CHECK(load.find("(from='Actor', to='Location');") != std::string::npos);
  CHECK(load.find("PARALLEL=false") != std::string::npos);
  CHECK(load.find("FROM '/") == std::string::npos);  // paths relative to the folder
  CHECK(count(load, "FROM 'nodes_") == 2);

  auto actors = readBulkCsv(readFile(dir / "kz" / "nodes_actor.csv"));
  REQUIRE(actors.size() == 3);
  CHECK(actors[0] == std::vector<std::string>{"id", "label", "label_ar", "kind", "aliases", "languages", "articles",
                                              "mentions", "in_gazetteer", "lat", "lon"});
  CHECK(actors[1][0] == "node");
  CHECK(actors[1][1] == "Syrian \"Democratic\" Forces");
  CHECK(splitList(actors[1][4]) == std::vector<std::string>{"SDF", "قسد"});
  CHECK(actors[2][1] == "Turkish army \\");

  auto withdrew = readBulkCsv(readFile(dir / "kz" / "rel_withdrew_from_actor_location.csv"));
  REQUIRE(withdrew.size() == 2);
  CHECK(withdrew[0][0] == "from_id");
  CHECK(withdrew[1][0] == "node");
  CHECK(withdrew[1][1] == "x:manbij");
  CHECK(splitList(withdrew[1][6]) == std::vector<std::string>{"2019-10-14", "2019-10-15"});
}

TEST_CASE("Kùzu puts one relation between several table pairs in one rel table", "[export][kuzu]") {
  KnowledgeGraph kg = twoNodeGraph("controls");
  NodeProps c;
  c.id = "c", c.type = "actor", c.kind = "armed_group";
  kg.upsertEdge(*kg.find("a"), kg.upsertNode(c), "controls", false, {});
  ScratchDir dir;
  writeKuzu(kg, dir.path());
  std::string schema = readFile(dir / "schema.cypher");
  CHECK(schema.find("CREATE REL TABLE `controls`(FROM `Actor` TO `Actor`, FROM `Actor` TO `Location`,") !=
        std::string::npos);
  std::string load = readFile(dir / "load.cypher");
  CHECK(load.find("'rel_controls_actor_actor.csv'") != std::string::npos);
  CHECK(load.find("'rel_controls_actor_location.csv'") != std::string::npos);
}

TEST_CASE("Kùzu export refuses relations that cannot be table names", "[export][kuzu]") {
  ScratchDir dir;
  CHECK_THROWS_WITH(writeKuzu(twoNodeGraph("took over"), dir.path()),
                    Catch::Contains("a -took over-> b") && Catch::Contains("Kùzu table"));
  CHECK_THROWS_AS(writeKuzu(twoNodeGraph("actor"), dir.path()), Error);

  KnowledgeGraph kg = twoNodeGraph("controls");
  kg.upsertEdge(*kg.find("a"), *kg.find("b"), "Controls", false, {});
  CHECK_THROWS_WITH(writeKuzu(kg, dir.path()), Catch::Contains("differ only in case"));
}
