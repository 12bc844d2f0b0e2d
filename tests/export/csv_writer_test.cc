#include "export/csv_writer.h"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "base/atomic_file.h"
#include "base/error.h"
#include "export/export.h"
#include "bulk_csv_reader.h"
#include "sample_graph.h"

using namespace akg;
using akg::testing::ScratchDir;

namespace {

std::vector<std::vector<std::string>> parseCsv(const std::string& text) { return akg::testing::readBulkCsv(text); }

}  // namespace

TEST_CASE("CSV fields are quoted only when needed and quotes are doubled", "[export][csv]") {
  CHECK(csvField("plain") == "plain");
  CHECK(csvField("قوات سوريا الديمقراطية") == "قوات سوريا الديمقراطية");
  CHECK(csvField("a,b") == "\"a,b\"");
  CHECK(csvField("say \"no\"") == "\"say \"\"no\"\"\"");
  CHECK(csvField("two\nlines") == "\"two\nlines\"");
  CHECK(csvField("tab\there") == "\"tab\there\"");
  CHECK(csvField(" padded") == "\" padded\"");
  CHECK(csvField("bell\x07") == "\"bell \"");  // the control char becomes a trailing space
  CHECK(csvField("") == "");
}

TEST_CASE("CSV paths are the stem plus _nodes and _edges beside the given path", "[export][csv]") {
  CHECK(csvPaths("out/g.csv").nodes == "out/g_nodes.csv");
  CHECK(csvPaths("out/g.csv").edges == "out/g_edges.csv");
  CHECK(csvPaths("g").nodes == "g_nodes.csv");
  CHECK(csvPaths("dir/g.v2.csv").edges == "dir/g.v2_edges.csv");
}

TEST_CASE("CSV export writes a node file and an edge file with headers", "[export][csv]") {
  ScratchDir dir;
  KnowledgeGraph kg = akg::testing::sampleGraph();
  exportGraph(kg, Format::Csv, dir / "graph.csv");
  CHECK(dir.entries() == std::vector<std::string>{"graph_edges.csv", "graph_nodes.csv"});

  auto nodes = parseCsv(readFile(dir / "graph_nodes.csv"));
  REQUIRE(nodes.size() == kg.nodeCount() + 1);
  CHECK(nodes[0] == std::vector<std::string>{"id", "label", "label_ar", "type", "kind", "aliases", "mentions"});
  CHECK(nodes[1] == std::vector<std::string>{"node", "Syrian \"Democratic\" Forces", akg::testing::kSdfAr, "actor",
                                             "armed_group", "[\"SDF\",\"قسد\"]", "3"});
  CHECK(nodes[3][1] == "Turkish army \\");

  auto edges = parseCsv(readFile(dir / "graph_edges.csv"));
  REQUIRE(edges.size() == kg.edgeCount() + 1);
  CHECK(edges[0] == std::vector<std::string>{"source", "target", "relation", "count", "symmetric", "dates",
                                             "first_evidence"});
  CHECK(edges[1] == std::vector<std::string>{"node", "x:manbij", "withdrew_from", "2", "false",
                                             "2019-10-14|2019-10-15", akg::testing::kWithdrewTextClean});
  CHECK(edges[2][0] == "graph");
  CHECK(edges[2][2] == "clashed_with");
  CHECK(edges[2][4] == "true");
  for (const auto& row : edges) CHECK(row.size() == 7);
}

TEST_CASE("CSV export leaves no half pair when the edge file cannot be written", "[export][csv]") {
  ScratchDir dir;
  std::filesystem::create_directory(dir / "graph_edges.csv");  // a directory in the way
  try {
    exportGraph(akg::testing::sampleGraph(), Format::Csv, dir / "graph.csv");
    FAIL("no exception");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).find((dir / "graph_edges.csv").string()) == 0);
  }
  CHECK(dir.entries() == std::vector<std::string>{"graph_edges.csv"});
}

TEST_CASE("CSV export refuses stdout", "[export][csv]") {
  CHECK_THROWS_WITH(exportGraph(akg::testing::sampleGraph(), Format::Csv, "-"),
                    Catch::Matchers::Contains("needs a file path"));
}
