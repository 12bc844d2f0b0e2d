#include "export/gexf_writer.h"

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "base/atomic_file.h"
#include "export/export.h"
#include "sample_graph.h"

using namespace akg;
using akg::testing::ScratchDir;
using boost::property_tree::ptree;

namespace {

// The GEXF parsed back by an XML parser, with the attvalues of each node and
// edge by attribute id.
struct Element {
  std::map<std::string, std::string> xml;      // XML attributes of <node>/<edge>
  std::map<std::string, std::string> values;   // attvalue for -> value
  std::vector<std::pair<std::string, std::string>> spells;
  bool hasColor = false;
};
struct ReadGexf {
  ptree root;
  std::map<std::string, std::string> graph;                           // <graph> attributes
  std::map<std::string, std::map<std::string, std::string>> declared;  // class -> id -> type
  std::map<std::string, Element> nodes;                                // by id
  std::vector<Element> edges;
};

std::map<std::string, std::string> xmlAttributes(const ptree& t) {
  std::map<std::string, std::string> out;
  if (auto a = t.get_child_optional("<xmlattr>"))
    for (const auto& [k, v] : *a) out[k] = v.data();
  return out;
}

Element element(const ptree& t) {
  Element e;
  e.xml = xmlAttributes(t);
  if (auto values = t.get_child_optional("attvalues"))
    for (const auto& [name, v] : *values)
      if (name == "attvalue") e.values[v.get<std::string>("<xmlattr>.for")] = v.get<std::string>("<xmlattr>.value");
  if (auto spells = t.get_child_optional("spells"))
    for (const auto& [name, s] : *spells)
      if (name == "spell") e.spells.emplace_back(s.get<std::string>("<xmlattr>.start"), s.get<std::string>("<xmlattr>.end"));
  e.hasColor = t.get_child_optional("viz:color").has_value();
  return e;
}

ReadGexf parse(const std::string& xml) {
  ReadGexf r;
  std::istringstream in(xml);
  boost::property_tree::read_xml(in, r.root);  // throws on XML that is not well-formed
  const ptree& graph = r.root.get_child("gexf.graph");
  r.graph = xmlAttributes(graph);
  for (const auto& [name, child] : graph) {
    if (name == "attributes") {
      auto cls = child.get<std::string>("<xmlattr>.class");
      for (const auto& [an, a] : child)
        if (an == "attribute") r.declared[cls][a.get<std::string>("<xmlattr>.id")] = a.get<std::string>("<xmlattr>.type");
    }
  }
  for (const auto& [name, n] : graph.get_child("nodes"))
    if (name == "node") r.nodes[n.get<std::string>("<xmlattr>.id")] = element(n);
  for (const auto& [name, e] : graph.get_child("edges"))
    if (name == "edge") r.edges.push_back(element(e));
  return r;
}

std::string write(const KnowledgeGraph& kg, const GexfOptions& options = {}) {
  std::ostringstream out;
  writeGexf(kg, out, options);
  return out.str();
}

const Element* findEdge(const ReadGexf& r, const std::string& source, const std::string& relation,
                        const std::string& target) {
  for (const auto& e : r.edges)
    if (e.xml.at("source") == source && e.xml.at("target") == target && e.xml.at("kind") == relation) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("GEXF 1.3: namespace, version, typed attributes, dynamic when dated", "[export][gexf]") {
  std::string xml = write(akg::testing::sampleGraph());
  ReadGexf r = parse(xml);
  auto gexf = xmlAttributes(r.root.get_child("gexf"));
  CHECK(gexf["xmlns"] == "http://gexf.net/1.3");
  CHECK(gexf["version"] == "1.3");
  CHECK(gexf["xmlns:viz"] == "http://gexf.net/1.3/viz");
  CHECK(r.graph["defaultedgetype"] == "directed");
  CHECK(r.graph["mode"] == "dynamic");
  CHECK(r.graph["timeformat"] == "date");

  CHECK(r.declared["node"]["mentions"] == "integer");
  CHECK(r.declared["node"]["in_gazetteer"] == "boolean");
  CHECK(r.declared["node"]["lat"] == "double");
  CHECK(r.declared["node"]["lon"] == "double");
  CHECK(r.declared["node"]["label_ar"] == "string");
  CHECK(r.declared["node"]["aliases"] == "string");
  CHECK(r.declared["edge"]["count"] == "integer");
  CHECK(r.declared["edge"]["negated"] == "boolean");
  CHECK(r.declared["edge"]["relation"] == "string");
  CHECK(r.declared["edge"]["first_evidence"] == "string");
  CHECK(r.declared["edge"]["articles"] == "string");
  CHECK(r.declared["edge"]["dates"] == "string");
}

TEST_CASE("GEXF nodes keep akg ids, labels and attributes", "[export][gexf]") {
  ReadGexf r = parse(write(akg::testing::sampleGraph()));
  REQUIRE(r.nodes.size() == 4);
  const Element& sdf = r.nodes.at("node");
  CHECK(sdf.xml.at("label") == "Syrian \"Democratic\" Forces");
  CHECK(sdf.values.at("label_ar") == akg::testing::kSdfAr);
  CHECK(sdf.values.at("type") == "actor");
  CHECK(sdf.values.at("kind") == "armed_group");
  CHECK(sdf.values.at("aliases") == "[\"SDF\",\"قسد\"]");
  CHECK(sdf.values.at("mentions") == "3");
  CHECK(sdf.values.at("in_gazetteer") == "true");
  CHECK(sdf.values.count("lat") == 0);  // no coordinates: left out
  CHECK(sdf.hasColor);
  const Element& manbij = r.nodes.at("x:manbij");
  CHECK(manbij.xml.at("label") == "Manbij\\North");
  CHECK(manbij.values.at("lat") == "36.5281234");
  CHECK(manbij.values.at("lon") == "37.9549876");
  CHECK(r.nodes.at("graph").xml.at("label") == "Turkish army \\");
}

TEST_CASE("GEXF edges: own ids, kind and label = relation, undirected symmetric, spells", "[export][gexf]") {
  ReadGexf r = parse(write(akg::testing::sampleGraph()));
  REQUIRE(r.edges.size() == 4);
  std::set<std::string> ids;
  for (const auto& e : r.edges) ids.insert(e.xml.at("id"));
  CHECK(ids.size() == 4);

  // Two relations between the same pair stay two edges.
  const Element* withdrew = findEdge(r, "node", "withdrew_from", "x:manbij");
  const Element* controls = findEdge(r, "node", "controls", "x:manbij");
  REQUIRE(withdrew);
  REQUIRE(controls);
  CHECK(withdrew->xml.at("label") == "withdrew_from");
  CHECK(withdrew->xml.count("type") == 0);  // directed, the default
  CHECK(withdrew->xml.at("weight") == "2");
  CHECK(withdrew->values.at("relation") == "withdrew_from");
  CHECK(withdrew->values.at("count") == "2");
  CHECK(withdrew->values.at("negated") == "false");
  CHECK(withdrew->values.at("dates") == "[\"2019-10-14\",\"2019-10-15\"]");
  CHECK(withdrew->values.at("articles") == "[\"a1\",\"a2\"]");
  CHECK(withdrew->values.at("first_evidence") == akg::testing::kWithdrewTextClean);
  CHECK(withdrew->spells == std::vector<std::pair<std::string, std::string>>{{"2019-10-14", "2019-10-14"},
                                                                             {"2019-10-15", "2019-10-15"}});
  CHECK(controls->spells.size() == 1);

  const Element* clash = findEdge(r, "graph", "clashed_with", "node");
  REQUIRE(clash);
  CHECK(clash->xml.at("type") == "undirected");
  CHECK(clash->values.at("negated") == "true");
  CHECK(clash->values.at("symmetric") == "true");

  const Element* located = findEdge(r, "x:manbij", "located_in", "edge");
  REQUIRE(located);
  CHECK(located->spells.empty());  // its evidence has no date
}

TEST_CASE("GEXF is static without dates and drops evidence text on request", "[export][gexf]") {
  KnowledgeGraph kg = akg::testing::sampleGraph();
  for (auto e : boost::make_iterator_range(boost::edges(kg.graph())))
    for (auto& ev : kg.graph()[e].evidence) ev.date.clear();
  ReadGexf r = parse(write(kg, {.evidence = false, .viz = false}));
  CHECK(r.graph["mode"] == "static");
  for (const auto& e : r.edges) {
    CHECK(e.spells.empty());
    CHECK(e.values.at("evidence") == "[]");
    CHECK(e.values.at("first_evidence").empty());
    CHECK_FALSE(e.hasColor);
  }
}

TEST_CASE("GEXF escapes hostile text and stays well-formed", "[export][gexf]") {
  KnowledgeGraph kg;
  NodeProps a;
  a.id = "x:a \"b\" <c>";
  a.label = "Line one\nLine two\t& <b>]]> 'q'";
  a.type = "actor";
  a.kind = "armed_group";
  NodeProps b;
  b.id = "x:الفاشر";
  b.label = "\u200fالفاشر\u200e";
  b.type = "location";
  b.kind = "city";
  Vertex va = kg.upsertNode(a), vb = kg.upsertNode(b);
  Evidence ev{"art&1", 0, 0, 10, "It said \"x\"\n<y> & z\x01.", "2020-01-02", Lang::En, ""};
  kg.upsertEdge(va, vb, "attacked", false, {ev});
  std::string xml = write(kg);
  ReadGexf r = parse(xml);
  REQUIRE(r.nodes.count(a.id) == 1);
  CHECK(r.nodes.at(a.id).xml.at("label") == a.label);  // newline and tab kept as references
  CHECK(r.nodes.at(b.id).xml.at("label") == b.label);
  REQUIRE(r.edges.size() == 1);
  CHECK(r.edges[0].values.at("first_evidence") == "It said \"x\"\n<y> & z .");
  CHECK(r.edges[0].values.at("articles") == "[\"art&1\"]");
  CHECK(xml.find("&#10;") != std::string::npos);

  if (akg::testing::haveProgram("xmllint")) {
    ScratchDir dir;
    auto path = dir / "hostile.gexf";
    exportGraph(kg, Format::Gexf, path, {});
    CHECK(std::system(("xmllint --noout '" + path.string() + "'").c_str()) == 0);
  }
}
