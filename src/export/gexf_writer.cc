#include "export/gexf_writer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <string>

#include "base/error.h"
#include "export/graph_attributes.h"
#include "export/xml_writer.h"
#include "ingest/article.h"

namespace akg {

namespace {

using attributes::doubleText;
using attributes::jsonStrings;

struct Attribute {
  std::string_view id, type;  // the id is also the title Gephi shows
};

constexpr std::array<Attribute, 10> kNodeAttributes{{
    {"type", "string"},
    {"kind", "string"},
    {"label_ar", "string"},
    {"aliases", "string"},
    {"languages", "string"},
    {"articles", "string"},
    {"mentions", "integer"},
    {"in_gazetteer", "boolean"},
    {"lat", "double"},
    {"lon", "double"},
}};
constexpr std::array<Attribute, 9> kEdgeAttributes{{
    {"relation", "string"},
    {"symmetric", "boolean"},
    {"negated", "boolean"},
    {"count", "integer"},
    {"languages", "string"},
    {"dates", "string"},
    {"articles", "string"},
    {"first_evidence", "string"},
    {"evidence", "string"},
}};

std::string_view boolText(bool b) { return b ? "true" : "false"; }

void value(XmlWriter& w, std::string_view id, std::string_view v) { w.empty("attvalue", {{"for", id}, {"value", v}}); }

template <size_t N>
void declare(XmlWriter& w, std::string_view cls, const std::array<Attribute, N>& attrs) {
  w.open("attributes", {{"class", cls}, {"mode", "static"}});
  for (const auto& a : attrs) w.empty("attribute", {{"id", a.id}, {"title", a.id}, {"type", a.type}});
  w.close();
}

void color(XmlWriter& w, std::string_view hex) {
  auto channel = [&](size_t at) { return std::to_string(std::stoi(std::string(hex.substr(at, 2)), nullptr, 16)); };
  w.empty("viz:color", {{"r", channel(1)}, {"g", channel(3)}, {"b", channel(5)}});
}

}  // namespace

void writeGexf(const KnowledgeGraph& kg, std::ostream& out, const GexfOptions& options) {
  const Graph& g = kg.graph();
  bool dated = false;
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    for (const auto& d : attributes::dates(g[e])) dated = dated || isValidDate(d);

  XmlWriter w(out);
  w.open("gexf", {{"xmlns", "http://gexf.net/1.3"},
                  {"xmlns:viz", "http://gexf.net/1.3/viz"},
                  {"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"},
                  {"xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"},
                  {"version", "1.3"}});
  w.open("meta");
  w.text("creator", {}, "akg");
  w.text("description", {},
         "Actor-location knowledge graph from " + std::to_string(kg.articles().size()) + " news articles");
  w.close();

  w.open("graph", {{"defaultedgetype", "directed"}, {"mode", dated ? "dynamic" : "static"}, {"timeformat", "date"}});
  declare(w, "node", kNodeAttributes);
  declare(w, "edge", kEdgeAttributes);

  w.open("nodes");
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProps& n = g[v];
    w.open("node", {{"id", n.id}, {"label", n.label.empty() ? n.id : n.label}});
    w.open("attvalues");
    value(w, "type", n.type);
    value(w, "kind", n.kind);
    value(w, "label_ar", n.labelAr);
    value(w, "aliases", jsonStrings(n.aliases));
    value(w, "languages", jsonStrings(n.languages));
    value(w, "articles", jsonStrings(n.articles));
    value(w, "mentions", std::to_string(n.mentions));
    value(w, "in_gazetteer", boolText(n.inGazetteer));
    // Without coordinates lat/lon are left out (Gephi shows an empty cell).
    if (n.coords) {
      value(w, "lat", doubleText(n.coords->first));
      value(w, "lon", doubleText(n.coords->second));
    }
    w.close();
    if (options.viz) {
      color(w, attributes::kindColor(n.kind));
      w.empty("viz:size", {{"value", doubleText(10.0 + 4.0 * std::log2(1.0 + n.mentions))}});
    }
    w.close();
  }
  w.close();

  w.open("edges");
  size_t edgeIndex = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& p = g[e];
    std::string id = "e" + std::to_string(edgeIndex++);
    std::string weight = std::to_string(std::max<uint32_t>(1, p.count));
    const std::string &source = g[boost::source(e, g)].id, &target = g[boost::target(e, g)].id;
    if (p.symmetric)
      w.open("edge", {{"id", id}, {"source", source}, {"target", target}, {"type", "undirected"},
                      {"label", p.relation}, {"kind", p.relation}, {"weight", weight}});
    else
      w.open("edge", {{"id", id}, {"source", source}, {"target", target},
                      {"label", p.relation}, {"kind", p.relation}, {"weight", weight}});
    auto dates = attributes::dates(p);
    w.open("attvalues");
    value(w, "relation", p.relation);
    value(w, "symmetric", boolText(p.symmetric));
    value(w, "negated", boolText(p.negated));
    value(w, "count", std::to_string(p.count));
    value(w, "languages", jsonStrings(attributes::languages(p)));
    value(w, "dates", jsonStrings(dates));
    value(w, "articles", jsonStrings(attributes::articles(p)));
    value(w, "first_evidence", options.evidence ? attributes::firstEvidence(p) : std::string());
    value(w, "evidence", options.evidence ? attributes::jsonEvidence(p.evidence) : std::string("[]"));
    w.close();
    // One spell per reported day: Gephi's timeline shows the edge on the
    // days articles mention it.
    // A spell bound must be an xs:date for timeformat="date"; anything else
    // stays in the "dates" attribute only, so one odd date cannot make Gephi
    // reject the file.
    if (std::any_of(dates.begin(), dates.end(), [](const std::string& d) { return isValidDate(d); })) {
      w.open("spells");
      for (const auto& d : dates)
        if (isValidDate(d)) w.empty("spell", {{"start", d}, {"end", d}});
      w.close();
    }
    if (options.viz) {
      color(w, attributes::relationColor(p.relation));
      w.empty("viz:thickness", {{"value", weight}});
    }
    w.close();
  }
  w.close();
  w.close();  // graph
  w.close();  // gexf
  w.finish("GEXF export");
}

}  // namespace akg
