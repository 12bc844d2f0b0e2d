#include "export/graphml_writer.h"

#include <rapidjson/document.h>

#include <boost/graph/graphml.hpp>
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "base/atomic_file.h"
#include "export/export.h"
#include "export/xml_writer.h"
#include "query/graph_loader.h"
#include "sample_graph.h"

using namespace akg;
using akg::testing::ScratchDir;

namespace {

// What a reader gets back from the GraphML, typed as the keys declare.
struct ReadNode {
  std::string nodeId, label, labelAr, type, kind, aliases, languages, articles, labels;
  int mentions = -1;
  bool inGazetteer = false;
  double lat = 0, lon = 0;
};
struct ReadEdge {
  std::string relation, languages, dates, evidence, label, type, articles, firstEvidence;
  bool symmetric = false, negated = false;
  int count = -1;
};
struct ReadGraphProps {
  std::string generator, articles;
};
using ReadGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, ReadNode, ReadEdge, ReadGraphProps>;

ReadGraph readBack(const std::string& xml) {
  ReadGraph g;
  boost::dynamic_properties dp;  // every key in the file must have a map here
  dp.property("node_id", boost::get(&ReadNode::nodeId, g));
  dp.property("label", boost::get(&ReadNode::label, g));
  dp.property("label_ar", boost::get(&ReadNode::labelAr, g));
  dp.property("type", boost::get(&ReadNode::type, g));
  dp.property("kind", boost::get(&ReadNode::kind, g));
  dp.property("aliases", boost::get(&ReadNode::aliases, g));
  dp.property("languages", boost::get(&ReadNode::languages, g));
  dp.property("articles", boost::get(&ReadNode::articles, g));
  dp.property("mentions", boost::get(&ReadNode::mentions, g));
  dp.property("in_gazetteer", boost::get(&ReadNode::inGazetteer, g));
  dp.property("lat", boost::get(&ReadNode::lat, g));
  dp.property("lon", boost::get(&ReadNode::lon, g));
  dp.property("relation", boost::get(&ReadEdge::relation, g));
  dp.property("symmetric", boost::get(&ReadEdge::symmetric, g));
  dp.property("negated", boost::get(&ReadEdge::negated, g));
  dp.property("count", boost::get(&ReadEdge::count, g));
  dp.property("languages", boost::get(&ReadEdge::languages, g));
  dp.property("dates", boost::get(&ReadEdge::dates, g));
  dp.property("evidence", boost::get(&ReadEdge::evidence, g));
  dp.property("labels", boost::get(&ReadNode::labels, g));
  dp.property("label", boost::get(&ReadEdge::label, g));
  dp.property("type", boost::get(&ReadEdge::type, g));
  dp.property("articles", boost::get(&ReadEdge::articles, g));
  dp.property("first_evidence", boost::get(&ReadEdge::firstEvidence, g));
  dp.property("generator", boost::ref_property_map<ReadGraph*, std::string>(g[boost::graph_bundle].generator));
  dp.property("articles", boost::ref_property_map<ReadGraph*, std::string>(g[boost::graph_bundle].articles));
  std::istringstream in(xml);
  boost::read_graphml(in, g, dp);
  return g;
}

rapidjson::Document json(const std::string& text) {
  rapidjson::Document d;
  d.Parse(text.c_str());
  REQUIRE_FALSE(d.HasParseError());
  return d;
}

std::vector<std::string> jsonStrings(const std::string& text) {
  auto d = json(text);
  REQUIRE(d.IsArray());
  std::vector<std::string> out;
  for (const auto& v : d.GetArray()) out.emplace_back(v.GetString(), v.GetStringLength());
  return out;
}

std::string writeSample(const ScratchDir& dir, const ExportOptions& options = {}) {
  auto path = dir / "graph.graphml";
  exportGraph(akg::testing::sampleGraph(), Format::GraphML, path, options);
  return path.string();
}

}  // namespace

TEST_CASE("GraphML export reads back with Boost read_graphml, typed and intact", "[export][graphml]") {
  ScratchDir dir;
  KnowledgeGraph kg = akg::testing::sampleGraph();
  ReadGraph g = readBack(readFile(writeSample(dir)));
  REQUIRE(boost::num_vertices(g) == kg.nodeCount());
  REQUIRE(boost::num_edges(g) == kg.edgeCount());

  std::map<std::string, ReadNode> nodes;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) nodes[g[v].nodeId] = g[v];

  SECTION("node strings, counts, flags and coordinates") {
    REQUIRE(nodes.count("node") == 1);
    const ReadNode& sdf = nodes["node"];
    CHECK(sdf.label == "Syrian \"Democratic\" Forces");
    CHECK(sdf.labelAr == akg::testing::kSdfAr);
    CHECK(sdf.type == "actor");
    CHECK(sdf.kind == "armed_group");
    CHECK(jsonStrings(sdf.aliases) == std::vector<std::string>{"SDF", "قسد"});
    CHECK(jsonStrings(sdf.languages) == std::vector<std::string>{"ar", "en"});
    CHECK(jsonStrings(sdf.articles) == std::vector<std::string>{"a1", "a2"});
    CHECK(sdf.mentions == 3);
    CHECK(sdf.inGazetteer);
    CHECK(sdf.labels == ":Actor:ArmedGroup");
    CHECK(nodes["x:manbij"].labels == ":Location:City");
    CHECK(sdf.lat == kGraphmlNoCoordinate);
    CHECK(sdf.lon == kGraphmlNoCoordinate);

    CHECK(nodes["x:manbij"].label == "Manbij\\North");
    CHECK(nodes["x:manbij"].lat == 36.5281234);  // full precision, not 6 digits
    CHECK(nodes["x:manbij"].lon == 37.9549876);
    CHECK_FALSE(nodes["x:manbij"].inGazetteer);
    CHECK(nodes["edge"].lon == -35.5);
    CHECK(nodes["graph"].label == "Turkish army \\");
    CHECK(nodes["graph"].labelAr.empty());
  }

  SECTION("edges keep relation, flags, count and evidence objects") {
    std::map<std::tuple<std::string, std::string, std::string>, ReadEdge> edges;
    for (auto e : boost::make_iterator_range(boost::edges(g)))
      edges[{g[boost::source(e, g)].nodeId, g[e].relation, g[boost::target(e, g)].nodeId}] = g[e];
    using K = std::tuple<std::string, std::string, std::string>;
    REQUIRE(edges.count(K{"node", "withdrew_from", "x:manbij"}) == 1);
    REQUIRE(edges.count(K{"graph", "clashed_with", "node"}) == 1);
    REQUIRE(edges.count(K{"node", "controls", "x:manbij"}) == 1);

    const ReadEdge& clash = edges[K{"graph", "clashed_with", "node"}];
    CHECK(clash.symmetric);
    CHECK(clash.negated);
    CHECK(clash.count == 1);

    const ReadEdge& withdrew = edges[K{"node", "withdrew_from", "x:manbij"}];
    CHECK_FALSE(withdrew.symmetric);
    CHECK_FALSE(withdrew.negated);
    CHECK(withdrew.count == 2);
    CHECK(jsonStrings(withdrew.languages) == std::vector<std::string>{"ar", "en"});
    CHECK(jsonStrings(withdrew.dates) == std::vector<std::string>{"2019-10-14", "2019-10-15"});

    CHECK(withdrew.label == "withdrew_from");
    CHECK(withdrew.type == "withdrew_from");
    CHECK(jsonStrings(withdrew.articles) == std::vector<std::string>{"a1", "a2"});
    CHECK(withdrew.firstEvidence == akg::testing::kWithdrewTextClean);
    CHECK(edges[K{"node", "controls", "x:manbij"}].firstEvidence == "The SDF controls Manbij.");

    auto evidence = json(withdrew.evidence);
    REQUIRE(evidence.IsArray());
    REQUIRE(evidence.Size() == 2);
    const auto& first = evidence[0];
    CHECK(std::string(first["article"].GetString()) == "a1");
    CHECK(first["sentence"].GetUint() == 0);
    CHECK(first["begin"].GetUint() == 0);
    CHECK(first["end"].GetUint() == akg::testing::kWithdrewText.size());
    CHECK(std::string(first["text"].GetString()) == akg::testing::kWithdrewTextClean);  // control char cleaned
    CHECK(std::string(first["date"].GetString()) == "2019-10-14");
    CHECK(std::string(first["lang"].GetString()) == "en");
    CHECK(std::string(first["trigger"].GetString()) == "withdrew");
    CHECK(std::string(evidence[1]["text"].GetString()) == akg::testing::kWithdrewTextAr);
    CHECK(std::string(evidence[1]["lang"].GetString()) == "ar");

    auto located = json(edges[K{"x:manbij", "located_in", "edge"}].evidence);
    CHECK_FALSE(located[0].HasMember("date"));  // empty optional fields are left out, as in JSON
    CHECK_FALSE(located[0].HasMember("trigger"));
  }

  SECTION("graph-level articles and generator") {
    CHECK(g[boost::graph_bundle].generator == "akg");
    auto articles = json(g[boost::graph_bundle].articles);
    REQUIRE(articles.Size() == 2);
    CHECK(std::string(articles[0]["id"].GetString()) == "a1");
    CHECK(std::string(articles[0]["path"].GetString()) == "articles/a1.txt");
    CHECK(std::string(articles[1]["lang"].GetString()) == "ar");
    CHECK(std::string(articles[1]["date"].GetString()) == "2019-10-15");
  }
}

TEST_CASE("GraphML export without evidence leaves every evidence list empty", "[export][graphml]") {
  ScratchDir dir;
  ExportOptions options;
  options.evidence = false;
  ReadGraph g = readBack(readFile(writeSample(dir, options)));
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    CHECK(g[e].evidence == "[]");
    CHECK(g[e].firstEvidence.empty());
    CHECK(g[e].count >= 1);  // the evidence is still counted and dated
  }
}

TEST_CASE("GraphML export declares typed keys and contains no control characters", "[export][graphml]") {
  ScratchDir dir;
  std::string xml = readFile(writeSample(dir));
  CHECK(xml.find("attr.name=\"mentions\" attr.type=\"int\"") != std::string::npos);
  CHECK(xml.find("attr.name=\"in_gazetteer\" attr.type=\"boolean\"") != std::string::npos);
  CHECK(xml.find("attr.name=\"lat\" attr.type=\"double\"") != std::string::npos);
  CHECK(xml.find("attr.name=\"evidence\" attr.type=\"string\"") != std::string::npos);
  for (char c : xml) {
    bool control = static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r';
    if (control) FAIL("control character " << static_cast<int>(c) << " in the GraphML");
  }
}

TEST_CASE("GraphML export is well-formed XML for xmllint", "[export][graphml]") {
  if (!akg::testing::haveProgram("xmllint")) {
    WARN("xmllint not installed: skipped");
    return;
  }
  ScratchDir dir;
  std::string path = writeSample(dir);
  CHECK(std::system(("xmllint --noout '" + path + "'").c_str()) == 0);
}

TEST_CASE("GraphML export reads back in networkx with typed values", "[export][graphml][python]") {
  if (std::system("/usr/bin/python3 -c 'import networkx' >/dev/null 2>&1") != 0) {
    WARN("/usr/bin/python3 with networkx not available: skipped");
    return;
  }
  ScratchDir dir;
  std::string path = writeSample(dir);
  auto script = dir / "check.py";
  auto report = dir / "report.json";
  {
    std::ofstream py(script);
    py << R"(import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
out = {"nodes": {}, "edges": [], "graph": {k: v for k, v in g.graph.items()}}
for n, d in g.nodes(data=True):
    out["nodes"][d["node_id"]] = {k: [type(v).__name__, v] for k, v in d.items()}
for s, t, d in g.edges(data=True):
    out["edges"].append({"source": g.nodes[s]["node_id"], "target": g.nodes[t]["node_id"],
                         **{k: [type(v).__name__, v] for k, v in d.items()}})
out["directed"] = g.is_directed()
json.dump(out, open(sys.argv[2], "w"), ensure_ascii=False)
)";
  }
  std::string cmd = "/usr/bin/python3 '" + script.string() + "' '" + path + "' '" + report.string() + "'";
  REQUIRE(std::system(cmd.c_str()) == 0);
  auto r = json(readFile(report));

  CHECK(r["directed"].GetBool());
  REQUIRE(r["nodes"].MemberCount() == 4);
  const auto& sdf = r["nodes"]["node"];
  CHECK(std::string(sdf["label_ar"][1].GetString()) == akg::testing::kSdfAr);
  CHECK(std::string(sdf["label"][1].GetString()) == "Syrian \"Democratic\" Forces");
  CHECK(std::string(sdf["mentions"][0].GetString()) == "int");
  CHECK(sdf["mentions"][1].GetInt() == 3);
  CHECK(std::string(sdf["in_gazetteer"][0].GetString()) == "bool");
  CHECK(sdf["in_gazetteer"][1].GetBool());
  CHECK(std::string(sdf["lat"][0].GetString()) == "float");
  CHECK(r["nodes"]["x:manbij"]["lat"][1].GetDouble() == 36.5281234);
  CHECK_FALSE(r["nodes"]["x:manbij"]["in_gazetteer"][1].GetBool());

  REQUIRE(r["edges"].Size() == 4);
  bool sawClash = false;
  for (const auto& e : r["edges"].GetArray()) {
    CHECK(std::string(e["count"][0].GetString()) == "int");
    CHECK(std::string(e["symmetric"][0].GetString()) == "bool");
    CHECK(std::string(e["negated"][0].GetString()) == "bool");
    if (std::string(e["relation"][1].GetString()) == "clashed_with") {
      sawClash = true;
      CHECK(std::string(e["source"].GetString()) == "graph");
      CHECK(e["symmetric"][1].GetBool());
      CHECK(e["negated"][1].GetBool());
    }
  }
  CHECK(sawClash);
  CHECK(std::string(r["graph"]["generator"].GetString()) == "akg");
}

namespace {

size_t occurrences(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

std::string writeXml(const KnowledgeGraph& kg, const GraphmlOptions& options) {
  std::ostringstream out;
  writeGraphml(kg, out, options);
  return out.str();
}

}  // namespace

TEST_CASE("XML escaping keeps every character a parser must get back", "[export][graphml][xml]") {
  CHECK(xmlAttributeText("a\"b'c<d>e&f") == "a&quot;b&apos;c&lt;d&gt;e&amp;f");
  // Attribute-value normalisation would turn raw tabs and newlines into spaces.
  CHECK(xmlAttributeText("one\ntwo\tthree") == "one&#10;two&#9;three");
  CHECK(xmlContentText("one\ntwo\tthree") == "one\ntwo\tthree");
  CHECK(xmlContentText("x ]]> <![CDATA[y]]> &amp;") == "x ]]&gt; &lt;![CDATA[y]]&gt; &amp;amp;");
  CHECK(xmlContentText("say \"hi\"") == "say \"hi\"");
  // Characters XML 1.0 forbids become spaces (utf8::sanitize), as in every export.
  CHECK(xmlContentText(std::string("a\x01" "b\x0c" "c\r", 6)) == "a b c ");
  CHECK(xmlAttributeText("\xff\xfe") == "  ");
  CHECK(xmlContentText("قوات \u200fالدعم") == "قوات \u200fالدعم");
}

TEST_CASE("GraphML keeps parallel edges apart, each with its own id", "[export][graphml]") {
  KnowledgeGraph kg = akg::testing::sampleGraph();
  std::string xml = writeXml(kg, {});
  CHECK(occurrences(xml, "<edge ") == kg.edgeCount());
  for (size_t i = 0; i < kg.edgeCount(); ++i) CHECK(occurrences(xml, "<edge id=\"e" + std::to_string(i) + "\"") == 1);
  // node (n0) withdrew_from and controls x:manbij (n1): two edges n0 -> n1.
  CHECK(occurrences(xml, "source=\"n0\" target=\"n1\"") == 2);
  CHECK(occurrences(xml, "<data key=\"label\">withdrew_from</data>") == 1);
  CHECK(occurrences(xml, "<data key=\"label\">controls</data>") == 1);
}

TEST_CASE("GraphML has yEd graphics only with the yed option", "[export][graphml][yed]") {
  KnowledgeGraph kg = akg::testing::sampleGraph();
  std::string plain = writeXml(kg, {});
  CHECK(plain.find("yworks") == std::string::npos);
  CHECK(plain.find("yfiles.type") == std::string::npos);
  CHECK(plain.find("<y:") == std::string::npos);

  std::string yed = writeXml(kg, {.evidence = true, .yed = true});
  CHECK(yed.find("xmlns:y=\"http://www.yworks.com/xml/graphml\"") != std::string::npos);
  CHECK(occurrences(yed, "yfiles.type=\"nodegraphics\"") == 1);
  CHECK(occurrences(yed, "yfiles.type=\"edgegraphics\"") == 1);
  CHECK(occurrences(yed, "<y:ShapeNode>") == kg.nodeCount());
  CHECK(occurrences(yed, "<y:PolyLineEdge>") == kg.edgeCount());
  CHECK(yed.find(">Syrian \"Democratic\" Forces</y:NodeLabel>") != std::string::npos);
  CHECK(yed.find(">Manbij\\North</y:NodeLabel>") != std::string::npos);
  CHECK(yed.find(">" + akg::testing::kSdfAr + "</y:NodeLabel>") != std::string::npos);  // Arabic label below
  CHECK(yed.find("<y:Fill color=\"#f4a582\"") != std::string::npos);  // armed_group
  CHECK(yed.find("<y:Fill color=\"#a1d99b\"") != std::string::npos);  // city
  CHECK(yed.find("<y:Shape type=\"ellipse\"/>") != std::string::npos);
  CHECK(yed.find("<y:Arrows source=\"none\" target=\"none\"/>") != std::string::npos);  // clashed_with
  CHECK(yed.find(">withdrew_from</y:EdgeLabel>") != std::string::npos);
}

TEST_CASE("akg query still reads GraphML written with and without yEd graphics", "[export][graphml][yed]") {
  KnowledgeGraph kg = akg::testing::sampleGraph();
  for (bool yed : {false, true}) {
    auto back = akg::query::parseGraphML(writeXml(kg, {.evidence = true, .yed = yed}), "test.graphml");
    CHECK(back->nodeCount() == kg.nodeCount());
    CHECK(back->edgeCount() == kg.edgeCount());
    auto v = back->find("node");
    REQUIRE(v);
    CHECK(back->graph()[*v].label == "Syrian \"Democratic\" Forces");
  }
}

TEST_CASE("GraphML with yEd graphics is well-formed XML for xmllint", "[export][graphml][yed]") {
  if (!akg::testing::haveProgram("xmllint")) {
    WARN("xmllint not installed: skipped");
    return;
  }
  ScratchDir dir;
  ExportOptions options;
  options.yed = true;
  std::string path = writeSample(dir, options);
  CHECK(std::system(("xmllint --noout '" + path + "'").c_str()) == 0);
}
