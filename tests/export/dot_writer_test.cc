#include "export/dot_writer.h"

#include <graphviz/cgraph.h>

#include <catch2/catch.hpp>
#include <map>
#include <string>

#include "base/atomic_file.h"
#include "base/error.h"
#include "export/export.h"
#include "sample_graph.h"

using namespace akg;
using akg::testing::ScratchDir;

namespace {

// Names and values as akg wrote them (backslashes undoubled, label lines
// split by "\n").
std::string attr(void* obj, const char* name) {
  char* v = agget(obj, const_cast<char*>(name));
  return v ? unescapeGraphvizText(v) : "";
}
std::string name(void* obj) { return unescapeGraphvizText(agnameof(obj)); }

// Reads DOT text back with cgraph; throws akg::Error when it does not parse.
struct ParsedDot {
  struct Node {
    std::string label, labelAr, type, kind, id, shape, mentions;
  };
  struct Edge {
    std::string relation, count, symmetric, negated, label, style, dir;
  };
  std::map<std::string, Node> nodes;
  std::map<std::tuple<std::string, std::string, std::string>, Edge> edges;  // (tail, key, head)
};

ParsedDot parseDot(const std::string& text) {
  GraphvizSession session("test DOT");
  AgraphPtr g(agmemread(text.c_str()));
  if (!g) session.fail("does not parse");
  session.check("parsing");
  ParsedDot out;
  for (Agnode_t* n = agfstnode(g.get()); n; n = agnxtnode(g.get(), n)) {
    out.nodes[name(n)] = {attr(n, "label"), attr(n, "label_ar"), attr(n, "type"), attr(n, "kind"),
                              attr(n, "id"), attr(n, "shape"), attr(n, "mentions")};
    for (Agedge_t* e = agfstout(g.get(), n); e; e = agnxtout(g.get(), e)) {
      out.edges[{name(agtail(e)), name(e), name(aghead(e))}] = {
          attr(e, "relation"), attr(e, "count"), attr(e, "symmetric"), attr(e, "negated"),
          attr(e, "label"),    attr(e, "style"), attr(e, "dir")};
    }
  }
  return out;
}

}  // namespace

TEST_CASE("Graphviz text escaping doubles backslashes and reads them back", "[export][dot]") {
  CHECK(escapeGraphvizText("a\\N b") == "a\\\\N b");
  CHECK(escapeGraphvizText("trailing\\") == "trailing\\\\");
  CHECK(unescapeGraphvizText(escapeGraphvizText("a\\N\\n\\")) == "a\\N\\n\\");
  CHECK(unescapeGraphvizText("English\\nعربي") == "English\nعربي");
  CHECK(unescapeGraphvizText("left\\l") == "left\n");
}

TEST_CASE("DOT export round-trips through cgraph with ids, labels and relations intact", "[export][dot]") {
  ScratchDir dir;
  KnowledgeGraph kg = akg::testing::sampleGraph();
  auto path = dir / "graph.dot";
  exportGraph(kg, Format::Dot, path);
  ParsedDot dot = parseDot(readFile(path));

  SECTION("every node comes back, DOT keywords included") {
    REQUIRE(dot.nodes.size() == kg.nodeCount());
    for (const char* id : {"node", "graph", "edge", "x:manbij"}) CHECK(dot.nodes.count(id) == 1);
  }

  SECTION("labels keep quotes, backslashes and the Arabic second line") {
    CHECK((dot.nodes["node"].label) == "Syrian \"Democratic\" Forces\n" + akg::testing::kSdfAr);
    CHECK((dot.nodes["x:manbij"].label) == "Manbij\\North\n" + akg::testing::kManbijAr);
    CHECK((dot.nodes["graph"].label) == "Turkish army \\");
    CHECK(dot.nodes["node"].labelAr == akg::testing::kSdfAr);
    CHECK(dot.nodes["graph"].labelAr.empty());
  }

  SECTION("nodes carry machine-readable id, type and kind and are styled by type") {
    const auto& sdf = dot.nodes["node"];
    CHECK(sdf.id == "node");
    CHECK(sdf.type == "actor");
    CHECK(sdf.kind == "armed_group");
    CHECK(sdf.shape == "box");
    CHECK(sdf.mentions == "3");
    CHECK(dot.nodes["x:manbij"].type == "location");
    CHECK(dot.nodes["x:manbij"].shape == "ellipse");
  }

  SECTION("edges come back keyed by relation, two relations on one pair stay apart") {
    REQUIRE(dot.edges.size() == kg.edgeCount());
    using K = std::tuple<std::string, std::string, std::string>;
    REQUIRE(dot.edges.count(K{"node", "withdrew_from", "x:manbij"}) == 1);
    REQUIRE(dot.edges.count(K{"node", "controls", "x:manbij"}) == 1);
    REQUIRE(dot.edges.count(K{"graph", "clashed_with", "node"}) == 1);
    REQUIRE(dot.edges.count(K{"x:manbij", "located_in", "edge"}) == 1);

    const auto& withdrew = dot.edges[K{"node", "withdrew_from", "x:manbij"}];
    CHECK(withdrew.relation == "withdrew_from");
    CHECK(withdrew.count == "2");
    CHECK(withdrew.label == "withdrew from \u00d72");
    CHECK(withdrew.negated == "false");
    CHECK(withdrew.dir.empty());

    const auto& clash = dot.edges[K{"graph", "clashed_with", "node"}];
    CHECK(clash.symmetric == "true");
    CHECK(clash.negated == "true");
    CHECK(clash.style == "dashed");
    CHECK(clash.dir == "none");
    CHECK(clash.label == "clashed with");
  }
}

TEST_CASE("DOT export is accepted by the dot program", "[export][dot]") {
  if (!akg::testing::haveProgram("dot")) {
    WARN("dot not installed: skipped");
    return;
  }
  ScratchDir dir;
  exportGraph(akg::testing::sampleGraph(), Format::Dot, dir / "g.gv");
  std::string cmd = "dot -Tsvg '" + (dir / "g.gv").string() + "' -o '" + (dir / "g.svg").string() + "' 2>/dev/null";
  CHECK(std::system(cmd.c_str()) == 0);
}

TEST_CASE("DOT export of an empty graph is a valid empty digraph", "[export][dot]") {
  ScratchDir dir;
  exportGraph(KnowledgeGraph{}, Format::Dot, dir / "empty.dot");
  ParsedDot dot = parseDot(readFile(dir / "empty.dot"));
  CHECK(dot.nodes.empty());
  CHECK(dot.edges.empty());
}

TEST_CASE("cgraph parse errors become akg::Error with Graphviz's message", "[export][dot]") {
  REQUIRE_THROWS_MATCHES(parseDot("digraph { a -> ; }"), Error,
                         Catch::Matchers::Predicate<Error>([](const Error& e) {
                           std::string m = e.what();
                           return m.rfind("test DOT: ", 0) == 0 && m.find("syntax error") != std::string::npos;
                         }, "message starts with the context and quotes Graphviz"));
}

TEST_CASE("DOT export keeps backslashes in long labels, values and ids intact", "[export][dot]") {
  KnowledgeGraph kg;
  NodeProps n;
  n.id = "long";
  n.type = "actor";
  n.kind = "person";
  for (int i = 0; i < 60; ++i) n.label += "C:\\dir\\" + std::to_string(i) + " ";
  for (int i = 0; i < 40; ++i) n.labelAr += "قوات\\";  // ends in a backslash
  kg.upsertNode(n);
  NodeProps odd = n;
  odd.id = "dir\\";  // an id ending in a backslash
  odd.label = "short";
  kg.upsertNode(odd);
  ScratchDir dir;
  exportGraph(kg, Format::Dot, dir / "long.dot");
  std::string text = readFile(dir / "long.dot");
  CHECK(text.find("\\\n") != std::string::npos);  // agwrite did split the long values
  ParsedDot dot = parseDot(text);
  CHECK((dot.nodes["long"].label) == n.label + "\n" + n.labelAr);
  CHECK(dot.nodes["long"].labelAr == n.labelAr);
  REQUIRE(dot.nodes.count("dir\\") == 1);
  CHECK(dot.nodes["dir\\"].id == "dir\\");
}

TEST_CASE("DOT labels keep a name's line breaks, tabs and entity-like text as the name", "[export][dot]") {
  KnowledgeGraph kg;
  NodeProps n;
  n.id = "x";
  n.type = "actor";
  n.kind = "organization";
  n.label = "Line one\nLine two\ttabbed & Sons &amp; &#945; &lt;b&gt; a&b;";
  kg.upsertNode(n);
  ScratchDir dir;
  exportGraph(kg, Format::Dot, dir / "g.dot");
  std::string text = readFile(dir / "g.dot");
  // Graphviz would draw "&amp;" as "&": entity-like ampersands are escaped, others left alone.
  CHECK(text.find("Line one\\nLine two\ttabbed & Sons &amp;amp; &amp;#945; &amp;lt;b&amp;gt; a&amp;b;") !=
        std::string::npos);
  GraphvizSession session("test DOT");
  AgraphPtr g(agmemread(text.c_str()));
  REQUIRE(g);
  Agnode_t* node = agfstnode(g.get());
  REQUIRE(node);
  CHECK(unescapeGraphvizLabel(agget(node, const_cast<char*>("label"))) == n.label);
}

TEST_CASE("label unescaping undoes backslashes, line breaks and &amp; only", "[export][dot]") {
  CHECK(unescapeGraphvizLabel("a &amp;amp; b\\\\n\\n&lt;") == "a &amp; b\\n\n&lt;");
  CHECK(unescapeGraphvizLabel("&&amp;amp;") == "&&amp;");
}
