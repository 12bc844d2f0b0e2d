#include "export/render.h"

#include <graphviz/cgraph.h>

#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "base/atomic_file.h"
#include "base/error.h"
#include "base/json_file.h"
#include "export/dot_writer.h"
#include "export/export.h"
#include "export/graph_style.h"
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

namespace {

// A render's DOT output read back with cgraph.
struct RenderedDot {
  std::string label;  // the root graph's label (the legend), as written
  bool labelIsHtml = false;
  std::map<std::string, std::string> graphAttributes;
  std::map<std::string, std::string> clusterOf;  // node name -> innermost cluster's label
  std::map<std::string, std::string> nodeLabels;
};

void collectClusters(Agraph_t* g, RenderedDot& out) {
  for (Agraph_t* sub = agfstsubg(g); sub; sub = agnxtsubg(sub)) {
    std::string label = unescapeGraphvizLabel(agget(sub, const_cast<char*>("label")));
    for (Agnode_t* n = agfstnode(sub); n; n = agnxtnode(sub, n)) out.clusterOf[agnameof(n)] = label;
    collectClusters(sub, out);  // inner clusters overwrite: innermost wins
  }
}

RenderedDot renderDot(const KnowledgeGraph& kg, const RenderOptions& options) {
  ScratchDir dir;
  render(kg, Format::Dot, dir / "g.dot", options);
  std::string text = readFile(dir / "g.dot");
  GraphvizSession session("test");
  AgraphPtr g(agmemread(text.c_str()));
  if (!g) session.fail("does not parse");
  RenderedDot out;
  if (char* label = agget(g.get(), const_cast<char*>("label"))) {
    out.label = label;
    out.labelIsHtml = aghtmlstr(label);
  }
  for (const char* a : {"layout", "labelloc", "nslimit", "overlap"})
    if (char* v = agget(g.get(), const_cast<char*>(a))) out.graphAttributes[a] = v;
  for (Agnode_t* n = agfstnode(g.get()); n; n = agnxtnode(g.get(), n))
    out.nodeLabels[agnameof(n)] = unescapeGraphvizLabel(agget(n, const_cast<char*>("label")));
  collectClusters(g.get(), out);
  return out;
}

NodeProps props(const std::string& id, const std::string& type, const std::string& kind) {
  NodeProps p;
  p.id = id;
  p.label = id;
  p.type = type;
  p.kind = kind;
  return p;
}

std::vector<Evidence> sentences(int n) {
  std::vector<Evidence> out;
  for (int i = 0; i < n; ++i) out.push_back(Evidence{"a", static_cast<uint32_t>(i), 0, 1, "s", "", Lang::En, "t"});
  return out;
}

}  // namespace

TEST_CASE("render's DOT carries a legend of the kinds and relations present", "[export][render][legend]") {
  RenderedDot dot = renderDot(akg::testing::sampleGraph(), {});
  REQUIRE(dot.labelIsHtml);
  for (const char* s : {"Legend", "armed group", "city", "country", "withdrew from", "clashed with", "located in",
                        "#1b9e77", "#f4a582", "dashed: denied", "no arrowhead", "dashed outline"})
    CHECK(dot.label.find(s) != std::string::npos);
  CHECK(dot.label.find("moved to") == std::string::npos);  // not in the graph
  CHECK(dot.label.find("facility") == std::string::npos);
  CHECK(dot.graphAttributes["labelloc"] == "b");
  // The legend is a label, not nodes: the graph's nodes are kg's nodes.
  CHECK(dot.nodeLabels.size() == akg::testing::sampleGraph().nodeCount());

  RenderOptions without;
  without.legend = false;
  CHECK(renderDot(akg::testing::sampleGraph(), without).label.empty());
}

TEST_CASE("the legend lists kinds and relations in the style table's order, unknown ones last", "[export][render][legend]") {
  LegendContent content;
  content.kinds = {{"actor", "person"}, {"location", "city"}, {"actor", "militia"}};
  content.relations = {"attacked", "owns"};
  std::string html = legendHtml(content);
  CHECK(html.find("<TABLE") == 0);
  CHECK(html.find(kindStyle("person").fill) != std::string::npos);
  CHECK(html.find("militia") != std::string::npos);
  CHECK(html.find("owns") != std::string::npos);
  CHECK(html.find(relationStyle("attacked").color) != std::string::npos);
  CHECK(html.find("dashed: denied") == std::string::npos);

  KnowledgeGraph kg;
  Vertex a = kg.upsertNode(props("a", "actor", "militia")), b = kg.upsertNode(props("b", "actor", "person"));
  Vertex x = kg.upsertNode(props("x", "location", "city"));
  kg.upsertEdge(a, x, "owns", false, {});
  kg.upsertEdge(b, x, "controls", false, {});
  kg.upsertEdge(b, a, "attacked", false, {});
  LegendContent found = legendContent(kg);
  using P = std::pair<std::string, std::string>;
  CHECK(found.kinds == std::vector<P>{{"actor", "person"}, {"actor", "militia"}, {"location", "city"}});
  CHECK(found.relations == std::vector<std::string>{"controls", "attacked", "owns"});
}

TEST_CASE("legend text is escaped for Graphviz HTML labels", "[export][render][legend]") {
  LegendContent content;
  content.kinds = {{"actor", "a<b>&\"c\""}};
  std::string html = legendHtml(content);
  CHECK(html.find("a&lt;b&gt;&amp;&quot;c&quot;") != std::string::npos);
  CHECK(html.find("a<b>") == std::string::npos);
}

TEST_CASE("the style table covers every kind and relation of the ontology", "[export][render][legend]") {
  auto doc = parseJsonFile(std::string(AKG_SOURCE_DIR) + "/graph_schemas/ontology.json");
  for (const auto& type : doc["types"].GetObject())
    for (const auto& kind : type.value.GetArray()) {
      INFO(kind.GetString());
      CHECK(kindStyle(kind.GetString()).kind == kind.GetString());
      CHECK(kindStyle(kind.GetString()).type == type.name.GetString());
    }
  for (const auto& r : doc["relations"].GetArray()) {
    INFO(r["name"].GetString());
    CHECK(isKnownRelation(r["name"].GetString()));
  }
}

TEST_CASE("clusters by kind put every node in its kind's box", "[export][render][cluster]") {
  RenderOptions options;
  options.cluster = ClusterBy::Kind;
  RenderedDot dot = renderDot(akg::testing::sampleGraph(), options);
  CHECK(dot.clusterOf["node"] == "armed group");
  CHECK(dot.clusterOf["x:manbij"] == "city");
  CHECK(dot.clusterOf["graph"] == "state");
  CHECK(dot.clusterOf["edge"] == "country");
}

TEST_CASE("clusters by location nest places under their parents and actors in their place", "[export][render][cluster]") {
  KnowledgeGraph kg;
  Vertex syria = kg.upsertNode(props("syria", "location", "country"));
  Vertex aleppo = kg.upsertNode(props("aleppo", "location", "city"));
  Vertex sheikh = kg.upsertNode(props("sheikh", "location", "district"));
  Vertex other = kg.upsertNode(props("other", "location", "city"));
  Vertex sdf = kg.upsertNode(props("sdf", "actor", "armed_group"));
  Vertex army = kg.upsertNode(props("army", "actor", "armed_group"));
  Vertex envoy = kg.upsertNode(props("envoy", "actor", "person"));
  Vertex p = kg.upsertNode(props("p", "location", "town")), q = kg.upsertNode(props("q", "location", "town"));
  kg.upsertEdge(aleppo, syria, "located_in", false, sentences(1));
  kg.upsertEdge(sheikh, aleppo, "located_in", false, sentences(3));
  kg.upsertEdge(sheikh, other, "located_in", false, sentences(1));  // the weaker parent loses
  kg.upsertEdge(sdf, sheikh, "present_in", false, sentences(2));
  kg.upsertEdge(sdf, aleppo, "controls", false, sentences(1));
  kg.upsertEdge(army, other, "withdrew_from", false, sentences(4));  // leaving is not being there
  kg.upsertEdge(envoy, aleppo, "present_in", false, sentences(1), true);  // denied: not there
  kg.upsertEdge(p, q, "located_in", false, sentences(1));
  kg.upsertEdge(q, p, "located_in", false, sentences(1));  // a loop: one link is dropped

  ClusterTree tree = clusterNodes(kg, ClusterBy::Location);
  auto clusterLabel = [&](Vertex v) {
    int c = tree.clusterOf[v];
    return c < 0 ? std::string("-") : tree.clusters[c].label;
  };
  auto parentLabel = [&](const std::string& label) {
    for (const auto& c : tree.clusters)
      if (c.label == label) return c.parent < 0 ? std::string("-") : tree.clusters[c.parent].label;
    return std::string("?");
  };
  CHECK(clusterLabel(sdf) == "sheikh");
  CHECK(clusterLabel(sheikh) == "sheikh");
  CHECK(parentLabel("sheikh") == "aleppo");
  CHECK(parentLabel("aleppo") == "syria");
  CHECK(parentLabel("syria") == "-");
  CHECK(clusterLabel(other) == "-");  // holds nothing, has no parent
  CHECK(clusterLabel(army) == "-");
  CHECK(clusterLabel(envoy) == "-");
  CHECK(clusterLabel(p) == "q");  // p's link came first; q's link back would close the loop
  CHECK(clusterLabel(q) == "q");
  CHECK(parentLabel("q") == "-");
  for (size_t i = 0; i < tree.clusters.size(); ++i) CHECK(tree.clusters[i].parent < static_cast<int>(i));
}

TEST_CASE("render's DOT names its layout engine and settings so dot reproduces the drawing", "[export][render]") {
  RenderedDot small = renderDot(akg::testing::sampleGraph(), {});
  CHECK(small.graphAttributes["layout"] == "dot");
  CHECK(small.graphAttributes["nslimit"] == "2");
  RenderOptions options;
  options.layout = "neato";
  RenderedDot neato = renderDot(akg::testing::sampleGraph(), options);
  CHECK(neato.graphAttributes["layout"] == "neato");
  CHECK(neato.graphAttributes["overlap"] == "prism");
}

TEST_CASE("PDF render writes a PDF file", "[export][render][pdf]") {
  ScratchDir dir;
  render(akg::testing::sampleGraph(), Format::Pdf, dir / "g.pdf");
  CHECK(readFile(dir / "g.pdf").substr(0, 5) == "%PDF-");
}

TEST_CASE("drawings give lines with Arabic their first letter's direction; DOT keeps names as they are",
          "[export][render][ar]") {
  KnowledgeGraph kg;
  NodeProps mixed = props("mixed", "location", "district");
  mixed.label = "\u200fMixed \u062d\u064a \u0627\u0644\u0634\u064a\u062e\u200e (east)";
  mixed.labelAr = "\u200f\u0627\u0644\u0641\u0627\u0634\u0631";
  kg.upsertNode(mixed);
  ScratchDir dir;
  render(kg, Format::Svg, dir / "g.svg");
  std::string svg = readFile(dir / "g.svg");
  // LRE ... PDF round the English-first line, RLE ... PDF round the Arabic one.
  CHECK(svg.find("\u202a" + mixed.label + "\u202c") != std::string::npos);
  CHECK(svg.find("\u202b" + mixed.labelAr + "\u202c") != std::string::npos);
  RenderedDot dot = renderDot(kg, {});
  CHECK(dot.nodeLabels["mixed"] == mixed.label + "\n" + mixed.labelAr);
}
