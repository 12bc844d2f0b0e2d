// GraphML written by akg's exporter (export/graphml_writer.h; keys listed in
// graph_schemas/schema/EXPORT_FORMATS.md), read with Boost's read_graphml
// into plain string properties, then turned into a KnowledgeGraph. List
// values (aliases, languages, articles, evidence) are JSON inside the XML.
#include <boost/graph/graphml.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include <set>
#include <sstream>

#include "base/error.h"
#include "base/json_file.h"
#include "graph/bulk_load.h"
#include "query/graph_loader.h"

namespace akg::query {

namespace {

constexpr double kNoCoordinate = -999.0;  // what the writer puts for "no coordinates"

struct GmlNode {
  std::string id, label, labelAr, type, kind, aliases, languages, articles;
  int mentions = 0;
  bool inGazetteer = false;
  double lat = kNoCoordinate, lon = kNoCoordinate;
};
struct GmlEdge {
  std::string relation, languages, dates, evidence;
  bool symmetric = false, negated = false;
  int count = 0;
};
struct GmlGraph {
  std::string generator, articles;
};
using Gml = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, GmlNode, GmlEdge, GmlGraph>;

std::vector<std::string> stringList(const std::string& json, const std::string& where) {
  std::vector<std::string> out;
  if (json.empty()) return out;
  rapidjson::Document d = parseJson(json, where);
  if (!d.IsArray()) throw Error(where + ": expected a JSON array of strings");
  for (const auto& v : d.GetArray()) {
    if (!v.IsString()) throw Error(where + ": expected a JSON array of strings");
    out.emplace_back(v.GetString(), v.GetStringLength());
  }
  return out;
}

std::string member(const rapidjson::Value& o, const char* name, const std::string& where, bool required) {
  auto it = o.FindMember(name);
  if (it == o.MemberEnd() || !it->value.IsString()) {
    if (required) throw Error(where + ": evidence has no \"" + name + "\"");
    return {};
  }
  return {it->value.GetString(), it->value.GetStringLength()};
}

uint32_t number(const rapidjson::Value& o, const char* name) {
  auto it = o.FindMember(name);
  return it != o.MemberEnd() && it->value.IsUint() ? it->value.GetUint() : 0;
}

std::vector<Evidence> evidenceList(const std::string& json, const std::string& where) {
  std::vector<Evidence> out;
  if (json.empty()) return out;
  rapidjson::Document d = parseJson(json, where);
  if (!d.IsArray()) throw Error(where + ": expected a JSON array of evidence objects");
  for (const auto& o : d.GetArray()) {
    if (!o.IsObject()) throw Error(where + ": expected a JSON array of evidence objects");
    Evidence ev;
    ev.article = member(o, "article", where, true);
    ev.text = member(o, "text", where, true);
    ev.date = member(o, "date", where, false);
    ev.trigger = member(o, "trigger", where, false);
    auto lang = parseLang(member(o, "lang", where, false));
    ev.lang = lang ? *lang : Lang::En;
    ev.sentence = number(o, "sentence");
    ev.begin = number(o, "begin");
    ev.end = number(o, "end");
    out.push_back(std::move(ev));
  }
  return out;
}

void readArticles(KnowledgeGraph& kg, const std::string& json, const std::string& where) {
  if (json.empty()) return;
  rapidjson::Document d = parseJson(json, where);
  if (!d.IsArray()) throw Error(where + ": expected a JSON array of articles");
  for (const auto& o : d.GetArray()) {
    if (!o.IsObject()) throw Error(where + ": expected a JSON array of articles");
    ArticleInfo a;
    auto get = [&](const char* k) {
      auto it = o.FindMember(k);
      return it != o.MemberEnd() && it->value.IsString() ? std::string(it->value.GetString()) : std::string();
    };
    a.id = get("id");
    a.path = get("path");
    a.lang = get("lang");
    a.date = get("date");
    if (a.id.empty()) throw Error(where + ": article has no \"id\"");
    kg.articles().push_back(std::move(a));
  }
}

// yEd's graphics keys (`akg export --yed`, or a file saved by yEd) have no
// attr.type, which Boost's reader rejects: remove those keys and their
// <data> before Boost sees the file. Only done when there are any, as it
// parses the XML twice.
std::string withoutYedGraphics(std::string_view text, const std::string& where) {
  namespace pt = boost::property_tree;
  pt::ptree doc;
  std::istringstream in{std::string(text)};
  try {
    pt::read_xml(in, doc);
  } catch (const pt::xml_parser_error& e) {
    throw Error(where + ": not GraphML that akg can read: " + e.what());
  }
  auto root = doc.get_child_optional("graphml");
  if (!root) return std::string(text);
  std::set<std::string> graphics;
  for (auto it = root->begin(); it != root->end();) {
    // '/' as the path separator: the attribute name itself has a dot.
    if (it->first == "key" && it->second.get_optional<std::string>(pt::ptree::path_type("<xmlattr>/yfiles.type", '/'))) {
      graphics.insert(it->second.get<std::string>("<xmlattr>.id", ""));
      it = root->erase(it);
    } else {
      ++it;
    }
  }
  auto dropData = [&](pt::ptree& element) {
    for (auto it = element.begin(); it != element.end();) {
      if (it->first == "data" && graphics.count(it->second.get<std::string>("<xmlattr>.key", "")))
        it = element.erase(it);
      else
        ++it;
    }
  };
  for (auto& [name, graph] : *root) {
    if (name != "graph") continue;
    dropData(graph);
    for (auto& [childName, child] : graph)
      if (childName == "node" || childName == "edge") dropData(child);
  }
  std::ostringstream out;
  pt::write_xml(out, doc);
  return out.str();
}

}  // namespace

std::unique_ptr<KnowledgeGraph> parseGraphML(std::string_view text, const std::string& where) {
  Gml gml;
  // Unknown keys are ignored, so GraphML from newer writers still loads.
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("node_id", boost::get(&GmlNode::id, gml));
  dp.property("label", boost::get(&GmlNode::label, gml));
  dp.property("label_ar", boost::get(&GmlNode::labelAr, gml));
  dp.property("type", boost::get(&GmlNode::type, gml));
  dp.property("kind", boost::get(&GmlNode::kind, gml));
  dp.property("aliases", boost::get(&GmlNode::aliases, gml));
  dp.property("languages", boost::get(&GmlNode::languages, gml));
  dp.property("articles", boost::get(&GmlNode::articles, gml));
  dp.property("mentions", boost::get(&GmlNode::mentions, gml));
  dp.property("in_gazetteer", boost::get(&GmlNode::inGazetteer, gml));
  dp.property("lat", boost::get(&GmlNode::lat, gml));
  dp.property("lon", boost::get(&GmlNode::lon, gml));
  dp.property("relation", boost::get(&GmlEdge::relation, gml));
  dp.property("symmetric", boost::get(&GmlEdge::symmetric, gml));
  dp.property("negated", boost::get(&GmlEdge::negated, gml));
  dp.property("count", boost::get(&GmlEdge::count, gml));
  dp.property("languages", boost::get(&GmlEdge::languages, gml));
  dp.property("dates", boost::get(&GmlEdge::dates, gml));
  dp.property("evidence", boost::get(&GmlEdge::evidence, gml));
  GmlGraph& meta = gml[boost::graph_bundle];
  dp.property("generator", boost::ref_property_map<Gml*, std::string>(meta.generator));
  dp.property("articles", boost::ref_property_map<Gml*, std::string>(meta.articles));

  std::istringstream in{text.find("yfiles.type") == std::string_view::npos ? std::string(text)
                                                                            : withoutYedGraphics(text, where)};
  try {
    boost::read_graphml(in, gml, dp);
  } catch (const std::exception& e) {
    throw Error(where + ": not GraphML that akg can read: " + e.what());
  }

  auto kg = std::make_unique<KnowledgeGraph>();
  readArticles(*kg, meta.articles, where + ": graph \"articles\"");
  std::vector<Vertex> vertexOf(boost::num_vertices(gml));
  for (auto v : boost::make_iterator_range(boost::vertices(gml))) {
    const GmlNode& n = gml[v];
    std::string node = where + ": node " + std::to_string(v);
    if (n.id.empty()) throw Error(node + " has no \"node_id\"");
    node = where + ": node \"" + n.id + "\"";
    if (n.label.empty()) throw Error(node + " has no \"label\"");
    if (n.type != "actor" && n.type != "location")
      throw Error(node + ": type must be \"actor\" or \"location\", not \"" + n.type + "\"");
    if (kg->find(n.id)) throw Error(node + " appears twice");
    NodeProps p;
    p.id = n.id;
    p.label = n.label;
    p.labelAr = n.labelAr;
    p.type = n.type;
    p.kind = n.kind;
    p.aliases = stringList(n.aliases, node + " aliases");
    for (auto& l : stringList(n.languages, node + " languages")) p.languages.insert(std::move(l));
    for (auto& a : stringList(n.articles, node + " articles")) p.articles.insert(std::move(a));
    p.mentions = static_cast<uint32_t>(std::max(0, n.mentions));
    p.inGazetteer = n.inGazetteer;
    if (n.lat != kNoCoordinate && n.lon != kNoCoordinate) p.coords = std::make_pair(n.lat, n.lon);
    vertexOf[v] = kg->upsertNode(p);
  }
  for (auto e : boost::make_iterator_range(boost::edges(gml))) {
    const GmlEdge& ge = gml[e];
    Vertex s = vertexOf[boost::source(e, gml)], t = vertexOf[boost::target(e, gml)];
    std::string edge = where + ": edge \"" + kg->graph()[s].id + "\" -> \"" + kg->graph()[t].id + "\"";
    if (ge.relation.empty()) throw Error(edge + " has no \"relation\"");
    EdgeProps p;
    p.relation = ge.relation;
    p.symmetric = ge.symmetric;
    p.negated = ge.negated;
    p.evidence = evidenceList(ge.evidence, edge + " evidence");
    if (p.evidence.empty()) {
      // Exported without evidence: keep the dates and languages as placeholders.
      auto dates = stringList(ge.dates, edge + " dates");
      auto langs = stringList(ge.languages, edge + " languages");
      for (size_t i = 0; i < std::max(dates.size(), langs.size()); ++i) {
        Evidence ev;
        if (i < dates.size()) ev.date = dates[i];
        auto lang = parseLang(i < langs.size() ? langs[i] : langs.empty() ? "en" : langs[0]);
        ev.lang = lang ? *lang : Lang::En;
        p.evidence.push_back(std::move(ev));
      }
    }
    p.count = ge.count > 0 ? static_cast<uint32_t>(ge.count) : std::max<uint32_t>(1, static_cast<uint32_t>(p.evidence.size()));
    appendEdge(*kg, s, t, std::move(p));
  }
  return kg;
}

}  // namespace akg::query
