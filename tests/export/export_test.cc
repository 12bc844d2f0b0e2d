#include "export/export.h"

#include <catch2/catch.hpp>
#include <string>

#include "base/atomic_file.h"
#include "base/error.h"
#include "sample_graph.h"

using namespace akg;
using akg::testing::ScratchDir;

TEST_CASE("format names parse and print both ways", "[export]") {
  for (const auto& i : formats()) CHECK(parseFormat(toString(i.format)) == i.format);
  CHECK(parseFormat("gv") == Format::Dot);
  CHECK(parseFormat("GraphML") == Format::GraphML);
  CHECK(parseFormat("nt") == Format::NTriples);
  CHECK_FALSE(parseFormat("xlsx").has_value());
  CHECK_FALSE(parseFormat("").has_value());
}

TEST_CASE("formats are recognised from file extensions", "[export]") {
  CHECK(formatFromPath("out/g.json") == Format::Json);
  CHECK(formatFromPath("g.dot") == Format::Dot);
  CHECK(formatFromPath("g.gv") == Format::Dot);
  CHECK(formatFromPath("g.graphml") == Format::GraphML);
  CHECK(formatFromPath("g.SVG") == Format::Svg);
  CHECK(formatFromPath("g.png") == Format::Png);
  CHECK(formatFromPath("g.csv") == Format::Csv);
  CHECK(formatFromPath("g.gexf") == Format::Gexf);
  CHECK(formatFromPath("g.ttl") == Format::Turtle);
  CHECK(formatFromPath("map.GeoJSON") == Format::GeoJson);
  CHECK(formatFromPath("viewer.html") == Format::Html);
  // Folder formats have no extension: they need -f.
  CHECK_FALSE(formatFromPath("out/neo4j").has_value());
  CHECK_FALSE(formatFromPath("g.txt").has_value());
  CHECK_FALSE(formatFromPath("graph").has_value());
  CHECK_FALSE(formatFromPath("-").has_value());
}

TEST_CASE("JSON export writes the node-link document", "[export][json]") {
  ScratchDir dir;
  exportGraph(akg::testing::sampleGraph(), Format::Json, dir / "g.json");
  std::string json = readFile(dir / "g.json");
  CHECK(json.find("\"withdrew_from\"") != std::string::npos);
  CHECK(json.find(akg::testing::kSdfAr) != std::string::npos);
}

TEST_CASE("every format writing to an unwritable path throws naming the path and leaves no file",
          "[export][errors]") {
  ScratchDir dir;
  KnowledgeGraph kg = akg::testing::sampleGraph();
  auto format = GENERATE(Format::Json, Format::Dot, Format::GraphML, Format::Svg, Format::Png, Format::Csv);
  CAPTURE(toString(format));
  std::string ext = "." + std::string(toString(format));

  SECTION("the target is a directory") {
    // Csv writes <stem>_nodes.csv: put the directory where that goes.
    auto path = dir / ("out" + ext);
    auto blocked = format == Format::Csv ? dir / "out_nodes.csv" : path;
    std::filesystem::create_directory(blocked);
    try {
      exportGraph(kg, format, path);
      FAIL("no exception");
    } catch (const Error& e) {
      CHECK(std::string(e.what()).rfind(blocked.string() + ": ", 0) == 0);
    }
    CHECK(dir.entries() == std::vector<std::string>{blocked.filename().string()});
  }

  SECTION("the directory refuses new files") {
    // /proc refuses file creation even to root, which ignores permission bits.
    std::filesystem::path path = "/proc/akg-export-test" + ext;
    try {
      exportGraph(kg, format, path);
      FAIL("no exception");
    } catch (const Error& e) {
      std::string target = format == Format::Csv ? "/proc/akg-export-test_nodes.csv" : path.string();
      CHECK(std::string(e.what()).rfind(target + ": ", 0) == 0);
    }
    CHECK_FALSE(std::filesystem::exists(path));
  }
}
