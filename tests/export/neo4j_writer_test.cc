#include "export/neo4j_writer.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <sstream>
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

using Row = std::map<std::string, std::string>;

std::vector<Row> records(const std::filesystem::path& file) {
  auto rows = readBulkCsv(readFile(file));
  std::vector<Row> out;
  for (size_t r = 1; r < rows.size(); ++r) {
    REQUIRE(rows[r].size() == rows[0].size());
    Row row;
    for (size_t i = 0; i < rows[0].size(); ++i) row[rows[0][i]] = rows[r][i];
    out.push_back(row);
  }
  return out;
}

std::string cypherOf(const KnowledgeGraph& kg) {
  std::ostringstream out;
  writeCypher(kg, out);
  return out.str();
}

}  // namespace

TEST_CASE("Cypher string literals escape quotes, backslashes and line breaks, nothing else", "[export][neo4j]") {
  CHECK(cypherString("plain") == "'plain'");
  CHECK(cypherString("Quote's \"men\"") == R"('Quote\'s \"men\"')");
  CHECK(cypherString("C:\\Temp\\") == R"('C:\\Temp\\')");
  CHECK(cypherString("one\ntwo\tthree") == R"('one\ntwo\tthree')");
  CHECK(cypherString("قوات سوريا الديمقراطية") == "'قوات سوريا الديمقراطية'");
  CHECK(cypherString("\xE2\x80\x8F" "x") == "'\xE2\x80\x8F" "x'");  // RLM kept as is
  CHECK(cypherString("bell\x07") == "'bell '");                     // sanitized like every export
  CHECK(cypherString("{$p} // `x`") == "'{$p} // `x`'");
  CHECK(cypherName("ArmedGroup") == "`ArmedGroup`");
  CHECK(cypherName("a`b") == "`a``b`");
}

TEST_CASE("Neo4j export writes the import CSVs, import.sh and load.cypher", "[export][neo4j]") {
  ScratchDir dir;
  KnowledgeGraph kg = akg::testing::sampleGraph();
  exportGraph(kg, Format::Neo4j, dir / "neo");
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir / "neo")) files.push_back(e.path().filename().string());
  std::sort(files.begin(), files.end());
  CHECK(files == std::vector<std::string>{".akg-export", "import.sh", "load.cypher", "nodes.csv", "relationships.csv"});

  auto header = readBulkCsv(readFile(dir / "neo" / "nodes.csv")).at(0);
  CHECK(header == std::vector<std::string>{"id:ID", ":LABEL", "label", "label_ar", "type", "kind", "aliases:string[]",
                                           "languages:string[]", "articles:string[]", "mentions:int",
                                           "in_gazetteer:boolean", "lat:double", "lon:double"});
  auto nodes = records(dir / "neo" / "nodes.csv");
  REQUIRE(nodes.size() == kg.nodeCount());
  CHECK(nodes[0]["id:ID"] == "node");
  CHECK(splitList(nodes[0][":LABEL"]) == std::vector<std::string>{"Actor", "ArmedGroup"});
  CHECK(nodes[0]["label"] == "Syrian \"Democratic\" Forces");
  CHECK(splitList(nodes[0]["aliases:string[]"]) == std::vector<std::string>{"SDF", "قسد"});
  CHECK(nodes[0]["in_gazetteer:boolean"] == "true");
  CHECK(nodes[0]["lat:double"].empty());
  CHECK(nodes[1]["label"] == "Manbij\\North");
  CHECK(nodes[1]["lat:double"] == "36.5281234");
  CHECK(nodes[2]["label"] == "Turkish army \\");
  CHECK(nodes[2]["label_ar"].empty());
  CHECK(splitList(nodes[3][":LABEL"]) == std::vector<std::string>{"Location", "Country"});

  auto rels = records(dir / "neo" / "relationships.csv");
  REQUIRE(rels.size() == kg.edgeCount());
  std::vector<std::string> types;
  for (auto& r : rels) types.push_back(r[":START_ID"] + " " + r[":TYPE"] + " " + r[":END_ID"]);
  std::sort(types.begin(), types.end());
  CHECK(types == std::vector<std::string>{"graph CLASHED_WITH node", "node CONTROLS x:manbij",
                                          "node WITHDREW_FROM x:manbij", "x:manbij LOCATED_IN edge"});
  for (auto& r : rels) {
    if (r[":TYPE"] != "WITHDREW_FROM") continue;
    CHECK(r["relation"] == "withdrew_from");
    CHECK(r["count:int"] == "2");
    CHECK(splitList(r["dates:date[]"]) == std::vector<std::string>{"2019-10-14", "2019-10-15"});
    CHECK(splitList(r["languages:string[]"]) == std::vector<std::string>{"ar", "en"});
    CHECK(r["first_evidence"] == akg::testing::kWithdrewTextClean);
  }

  std::string script = readFile(dir / "neo" / "import.sh");
  CHECK(script.find("database import full") != std::string::npos);
  CHECK(script.find("--array-delimiter=U+001F") != std::string::npos);
  CHECK(script.find("--multiline-fields=true") != std::string::npos);
  CHECK(script.find("--nodes=nodes.csv") != std::string::npos);
  CHECK(script.find("--relationships=relationships.csv") != std::string::npos);
  auto perms = std::filesystem::status(dir / "neo" / "import.sh").permissions();
  CHECK((perms & std::filesystem::perms::owner_exec) != std::filesystem::perms::none);

  CHECK(readFile(dir / "neo" / "load.cypher") == cypherOf(kg));
}

TEST_CASE("Neo4j CSV keeps line breaks inside quoted fields and ; inside list elements", "[export][neo4j]") {
  KnowledgeGraph kg;
  NodeProps n;
  n.id = "x:a;b";
  n.label = "Line one\nLine \"two\"";
  n.type = "actor";
  n.kind = "armed_group";
  n.aliases = {"Comma, Semicolon; Front", "", "Line one\nLine \"two\""};
  kg.upsertNode(n);
  ScratchDir dir;
  writeNeo4jImport(kg, dir.path());
  auto nodes = records(dir / "nodes.csv");
  REQUIRE(nodes.size() == 1);
  CHECK(nodes[0]["id:ID"] == "x:a;b");
  CHECK(nodes[0]["label"] == "Line one\nLine \"two\"");
  // The empty alias is left out, as Kùzu's split would drop it.
  CHECK(splitList(nodes[0]["aliases:string[]"]) ==
        std::vector<std::string>{"Comma, Semicolon; Front", "Line one\nLine \"two\""});
}

TEST_CASE("Cypher script MERGEs nodes by id and keeps parallel relationships apart", "[export][neo4j]") {
  std::string cypher = cypherOf(akg::testing::sampleGraph());
  CHECK(cypher.find("CREATE CONSTRAINT `akg_Actor_id` IF NOT EXISTS FOR (n:`Actor`) REQUIRE n.id IS UNIQUE;") !=
        std::string::npos);
  CHECK(cypher.find("MERGE (n:`Actor` {id: 'node'}) SET n = {id: 'node', label: 'Syrian \\\"Democratic\\\" Forces'") !=
        std::string::npos);
  CHECK(cypher.find(", n:`ArmedGroup`;\n") != std::string::npos);
  CHECK(cypher.find("label: 'Manbij\\\\North'") != std::string::npos);
  CHECK(cypher.find("label: 'Turkish army \\\\'") != std::string::npos);
  // Floats always carry a decimal point; Turkey is at (39, -35.5).
  CHECK(cypher.find("lat: 39.0, lon: -35.5") != std::string::npos);
  CHECK(cypher.find("MERGE (a)-[r:`WITHDREW_FROM`]->(b) SET r = {relation: 'withdrew_from', count: 2") !=
        std::string::npos);
  CHECK(cypher.find("MERGE (a)-[r:`CONTROLS`]->(b)") != std::string::npos);
  CHECK(cypher.find("dates: [date('2019-10-14'), date('2019-10-15')]") != std::string::npos);
  CHECK(cypher.find("negated: true") != std::string::npos);
  // One statement a line: no raw line break inside a statement.
  size_t statements = 0;
  std::istringstream lines(cypher);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("//", 0) == 0) continue;
    CHECK(line.back() == ';');
    ++statements;
  }
  CHECK(statements == 2 + 4 + 4);
}

TEST_CASE("Neo4j export refuses evidence dates that are not YYYY-MM-DD, naming the edge", "[export][neo4j]") {
  KnowledgeGraph kg;
  NodeProps a, b;
  a.id = "a", a.type = "actor", a.kind = "state";
  b.id = "b", b.type = "location", b.kind = "city";
  Vertex va = kg.upsertNode(a), vb = kg.upsertNode(b);
  Evidence ev{"a1", 0, 0, 4, "text", "14/10/2019", Lang::En, ""};
  kg.upsertEdge(va, vb, "controls", false, {ev});
  std::ostringstream out;
  CHECK_THROWS_WITH(writeCypher(kg, out), Catch::Contains("a -controls-> b") && Catch::Contains("14/10/2019"));
}
