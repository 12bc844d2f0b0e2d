#include "export/graphml_writer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "base/error.h"
#include "base/utf8.h"
#include "export/graph_attributes.h"
#include "export/xml_writer.h"

namespace akg {

namespace {

using attributes::doubleText;
using attributes::jsonStrings;

struct Key {
  std::string_view id, domain, name, type;
};

// Key ids are fixed words, not positions. Two are chosen for Neo4j APOC's
// apoc.import.graphml: it turns a node <data key="labels"> into labels
// (readLabels) and takes the relationship type from an edge's first
// <data key="label">.
constexpr std::array<Key, 2> kGraphKeys{{
    {"g_generator", "graph", "generator", "string"},
    {"g_articles", "graph", "articles", "string"},
}};
constexpr std::array<Key, 13> kNodeKeys{{
    {"labels", "node", "labels", "string"},
    {"n_node_id", "node", "node_id", "string"},
    {"n_label", "node", "label", "string"},
    {"n_label_ar", "node", "label_ar", "string"},
    {"n_type", "node", "type", "string"},
    {"n_kind", "node", "kind", "string"},
    {"n_aliases", "node", "aliases", "string"},
    {"n_languages", "node", "languages", "string"},
    {"n_articles", "node", "articles", "string"},
    {"n_mentions", "node", "mentions", "int"},
    {"n_in_gazetteer", "node", "in_gazetteer", "boolean"},
    {"n_lat", "node", "lat", "double"},
    {"n_lon", "node", "lon", "double"},
}};
constexpr std::array<Key, 11> kEdgeKeys{{
    {"label", "edge", "label", "string"},
    {"e_relation", "edge", "relation", "string"},
    {"e_type", "edge", "type", "string"},
    {"e_symmetric", "edge", "symmetric", "boolean"},
    {"e_negated", "edge", "negated", "boolean"},
    {"e_count", "edge", "count", "int"},
    {"e_languages", "edge", "languages", "string"},
    {"e_dates", "edge", "dates", "string"},
    {"e_articles", "edge", "articles", "string"},
    {"e_first_evidence", "edge", "first_evidence", "string"},
    {"e_evidence", "edge", "evidence", "string"},
}};
constexpr std::string_view kNodeGraphics = "n_graphics";
constexpr std::string_view kEdgeGraphics = "e_graphics";

// Booleans as 1/0: both are xs:boolean, and Boost's read_graphml (akg query)
// rejects true/false.
std::string_view boolText(bool b) { return b ? "1" : "0"; }

void data(XmlWriter& w, std::string_view key, std::string_view value) { w.text("data", {{"key", key}}, value); }

// Node box size for yEd, which does not size nodes to their labels on load:
// about 7.5 px per character of the longest line, 18 px per line.
std::pair<double, double> boxSize(std::string_view label) {
  size_t lines = 1, longest = 0, current = 0;
  for (size_t i = 0; i < label.size();) {
    size_t len;
    char32_t cp = utf8::decode(label, i, len);
    i += len;
    if (cp == '\n') {
      ++lines;
      current = 0;
    } else {
      longest = std::max(longest, ++current);
    }
  }
  return {std::max(60.0, 7.5 * static_cast<double>(longest) + 20.0), 18.0 * static_cast<double>(lines) + 12.0};
}

// yEd reads only its own graphics for drawing: a ShapeNode with the label,
// the kind's fill colour, a box for actors and an ellipse for locations, a
// dashed border for names outside the gazetteer, the Arabic label below.
// Nodes start on a grid; yEd's Layout menu then places them.
void yedNode(XmlWriter& w, const NodeProps& n, size_t index, size_t columns) {
  const std::string& label = n.label.empty() ? n.id : n.label;
  auto [width, height] = boxSize(label);
  std::string x = doubleText(static_cast<double>(index % columns) * 220.0);
  std::string y = doubleText(static_cast<double>(index / columns) * 110.0);
  std::string ws = doubleText(width), hs = doubleText(height);
  w.open("data", {{"key", kNodeGraphics}});
  w.open("y:ShapeNode");
  w.empty("y:Geometry", {{"x", x}, {"y", y}, {"width", ws}, {"height", hs}});
  w.empty("y:Fill", {{"color", attributes::kindColor(n.kind)}, {"transparent", "false"}});
  w.empty("y:BorderStyle", {{"color", "#000000"}, {"type", n.inGazetteer ? "line" : "dashed"}, {"width", "1.0"}});
  w.text("y:NodeLabel",
         {{"alignment", "center"}, {"autoSizePolicy", "content"}, {"fontSize", "12"}, {"textColor", "#000000"},
          {"modelName", "internal"}, {"modelPosition", "c"}, {"visible", "true"}},
         label);
  if (!n.labelAr.empty() && n.labelAr != label)
    w.text("y:NodeLabel",
           {{"alignment", "center"}, {"autoSizePolicy", "content"}, {"fontSize", "11"}, {"textColor", "#333333"},
            {"modelName", "sandwich"}, {"modelPosition", "s"}, {"visible", "true"}},
           n.labelAr);
  w.empty("y:Shape", {{"type", n.type == "location" ? "ellipse" : "roundrectangle"}});
  w.close();
  w.close();
}

// The relation as the edge label, coloured by family; no arrow for
// symmetric relations, dashed when negated, thicker with more evidence.
void yedEdge(XmlWriter& w, const EdgeProps& e) {
  std::string width = doubleText(1.0 + std::min(3.0, std::log2(static_cast<double>(std::max<uint32_t>(1, e.count)))));
  w.open("data", {{"key", kEdgeGraphics}});
  w.open("y:PolyLineEdge");
  w.empty("y:LineStyle",
          {{"color", attributes::relationColor(e.relation)}, {"type", e.negated ? "dashed" : "line"}, {"width", width}});
  w.empty("y:Arrows", {{"source", "none"}, {"target", e.symmetric ? "none" : "standard"}});
  w.text("y:EdgeLabel", {{"textColor", attributes::relationColor(e.relation)}, {"visible", "true"}}, e.relation);
  w.empty("y:BendStyle", {{"smoothed", "false"}});
  w.close();
  w.close();
}

template <size_t N>
void declare(XmlWriter& w, const std::array<Key, N>& keys) {
  for (const auto& k : keys)
    w.empty("key", {{"id", k.id}, {"for", k.domain}, {"attr.name", k.name}, {"attr.type", k.type}});
}

}  // namespace

void writeGraphml(const KnowledgeGraph& kg, std::ostream& out, const GraphmlOptions& options) {
  const Graph& g = kg.graph();
  XmlWriter w(out);
  if (options.yed)
    w.open("graphml", {{"xmlns", "http://graphml.graphdrawing.org/xmlns"},
                       {"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"},
                       {"xmlns:y", "http://www.yworks.com/xml/graphml"},
                       {"xsi:schemaLocation",
                        "http://graphml.graphdrawing.org/xmlns "
                        "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"}});
  else
    w.open("graphml", {{"xmlns", "http://graphml.graphdrawing.org/xmlns"},
                       {"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"},
                       {"xsi:schemaLocation",
                        "http://graphml.graphdrawing.org/xmlns "
                        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"}});
  declare(w, kGraphKeys);
  declare(w, kNodeKeys);
  declare(w, kEdgeKeys);
  if (options.yed) {
    w.empty("key", {{"id", kNodeGraphics}, {"for", "node"}, {"yfiles.type", "nodegraphics"}});
    w.empty("key", {{"id", kEdgeGraphics}, {"for", "edge"}, {"yfiles.type", "edgegraphics"}});
  }

  w.open("graph", {{"id", "G"},
                   {"edgedefault", "directed"},
                   {"parse.nodeids", "canonical"},
                   {"parse.edgeids", "canonical"},
                   {"parse.order", "nodesfirst"}});
  data(w, "g_generator", "akg");
  data(w, "g_articles", attributes::jsonArticles(kg.articles()));

  // Vertices are a vecS: indices 0..n-1, so node ids n0..n(n-1) are canonical.
  const size_t columns = std::max<size_t>(1, static_cast<size_t>(std::ceil(std::sqrt(kg.nodeCount()))));
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProps& n = g[v];
    w.open("node", {{"id", "n" + std::to_string(v)}});
    data(w, "labels", attributes::neo4jLabels(n));
    data(w, "n_node_id", n.id);
    data(w, "n_label", n.label);
    data(w, "n_label_ar", n.labelAr);
    data(w, "n_type", n.type);
    data(w, "n_kind", n.kind);
    data(w, "n_aliases", jsonStrings(n.aliases));
    data(w, "n_languages", jsonStrings(n.languages));
    data(w, "n_articles", jsonStrings(n.articles));
    data(w, "n_mentions", std::to_string(n.mentions));
    data(w, "n_in_gazetteer", boolText(n.inGazetteer));
    data(w, "n_lat", doubleText(n.coords ? n.coords->first : kGraphmlNoCoordinate));
    data(w, "n_lon", doubleText(n.coords ? n.coords->second : kGraphmlNoCoordinate));
    // Last, so networkx (which takes a label from the first y:NodeLabel)
    // reports what yEd shows.
    if (options.yed) yedNode(w, n, v, columns);
    w.close();
  }

  size_t edgeIndex = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& p = g[e];
    w.open("edge", {{"id", "e" + std::to_string(edgeIndex++)},
                    {"source", "n" + std::to_string(boost::source(e, g))},
                    {"target", "n" + std::to_string(boost::target(e, g))}});
    data(w, "label", p.relation);
    data(w, "e_relation", p.relation);
    data(w, "e_type", p.relation);
    data(w, "e_symmetric", boolText(p.symmetric));
    data(w, "e_negated", boolText(p.negated));
    data(w, "e_count", std::to_string(p.count));
    data(w, "e_languages", jsonStrings(attributes::languages(p)));
    data(w, "e_dates", jsonStrings(attributes::dates(p)));
    data(w, "e_articles", jsonStrings(attributes::articles(p)));
    data(w, "e_first_evidence", options.evidence ? attributes::firstEvidence(p) : std::string());
    data(w, "e_evidence", options.evidence ? attributes::jsonEvidence(p.evidence) : std::string("[]"));
    if (options.yed) yedEdge(w, p);
    w.close();
  }
  w.close();  // graph
  w.close();  // graphml
  w.finish("GraphML export");
}

}  // namespace akg
