#include "export/render.h"

#include <catch2/catch.hpp>
#include <string>
#include <thread>
#include <vector>

#include "base/atomic_file.h"
#include "base/error.h"
#include "export/export.h"
#include "sample_graph.h"

using namespace akg;
using akg::testing::ScratchDir;

namespace {

KnowledgeGraph chain(size_t nodes, size_t extraEdges) {
  KnowledgeGraph kg;
  std::vector<Vertex> vs;
  for (size_t i = 0; i < nodes; ++i) {
    NodeProps p;
    p.id = "n" + std::to_string(i);
    p.label = p.id;
    p.type = "actor";
    p.kind = "person";
    vs.push_back(kg.upsertNode(p));
  }
  for (size_t i = 0; i + 1 < nodes; ++i) kg.upsertEdge(vs[i], vs[i + 1], "met_with", false, {});
  const char* relations[] = {"leads", "represents", "accused", "arrested"};
  for (size_t i = 0; i < extraEdges; ++i)
    kg.upsertEdge(vs[i % nodes], vs[(i * 7 + 3) % nodes], relations[(i / nodes) % 4], false, {});
  return kg;
}

}  // namespace

TEST_CASE("render picks dot for small graphs and sfdp for large or dense ones", "[export][render]") {
  RenderOptions options;
  CHECK(chooseLayout(chain(10, 0), options) == "dot");
  CHECK(chooseLayout(chain(150, 0), options) == "dot");
  CHECK(chooseLayout(chain(151, 0), options) == "sfdp");
  CHECK(chooseLayout(chain(100, 250), options) == "sfdp");  // 349 edges
  options.layout = "neato";
  CHECK(chooseLayout(chain(500, 0), options) == "neato");
}

TEST_CASE("SVG render keeps Arabic labels as text in an Arabic-capable font", "[export][render][svg]") {
  ScratchDir dir;
  auto path = dir / "graph.svg";
  exportGraph(akg::testing::sampleGraph(), Format::Svg, path);
  std::string svg = readFile(path);
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find(akg::testing::kSdfAr) != std::string::npos);
  CHECK(svg.find(akg::testing::kManbijAr) != std::string::npos);
  CHECK(svg.find("font-family=\"DejaVu Sans") != std::string::npos);
  // The escaped backslash prints as one backslash, not as the node name.
  CHECK(svg.find("Manbij\\North") != std::string::npos);
  CHECK(svg.find("Syrian &quot;Democratic&quot; Forces") != std::string::npos);
}

TEST_CASE("PNG render writes a PNG file", "[export][render][png]") {
  ScratchDir dir;
  auto path = dir / "graph.png";
  exportGraph(akg::testing::sampleGraph(), Format::Png, path);
  std::string png = readFile(path);
  REQUIRE(png.size() > 8);
  CHECK(png.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
}

TEST_CASE("render with sfdp lays out a graph above the dot limit", "[export][render]") {
  ScratchDir dir;
  auto path = dir / "big.svg";
  render(chain(200, 100), Format::Svg, path);
  std::string svg = readFile(path);
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find(">n199<") != std::string::npos);
}

TEST_CASE("render with an unknown layout engine throws naming the path and the engine", "[export][render]") {
  ScratchDir dir;
  auto path = dir / "graph.svg";
  ExportOptions options;
  options.layout = "nosuchengine";
  try {
    exportGraph(akg::testing::sampleGraph(), Format::Svg, path, options);
    FAIL("no exception");
  } catch (const Error& e) {
    std::string m = e.what();
    CHECK(m.find(path.string()) == 0);
    CHECK(m.find("nosuchengine") != std::string::npos);
  }
  CHECK(dir.entries().empty());
}

TEST_CASE("render refuses formats that are not drawings", "[export][render]") {
  ScratchDir dir;
  CHECK_THROWS_AS(render(akg::testing::sampleGraph(), Format::Json, dir / "g.json"), Error);
}

TEST_CASE("renders and DOT exports from several threads all succeed", "[export][render]") {
  ScratchDir dir;
  KnowledgeGraph kg = akg::testing::sampleGraph();
  std::vector<std::string> errors(4);
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&, i] {
      try {
        Format f = i % 2 ? Format::Dot : Format::Svg;
        exportGraph(kg, f, dir / ("g" + std::to_string(i) + "." + std::string(toString(f))));
      } catch (const std::exception& e) {
        errors[i] = e.what();
      }
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& e : errors) CHECK(e.empty());
  CHECK(dir.entries() == std::vector<std::string>{"g0.svg", "g1.dot", "g2.svg", "g3.dot"});
}
