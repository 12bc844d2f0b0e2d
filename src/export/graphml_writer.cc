#include "export/graphml_writer.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <boost/graph/graphml.hpp>
#include <boost/make_shared.hpp>
#include <charconv>
#include <functional>
#include <set>

#include "base/error.h"
#include "base/utf8.h"

namespace akg {

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// A write-only property map computed on the fly. Boost's own adaptor prints
// through an ostream (doubles at 6 significant digits); this one hands
// write_graphml the exact text, while value() still declares the GraphML type.
template <typename Key, typename Value>
class ComputedProperty : public boost::dynamic_property_map {
 public:
  explicit ComputedProperty(std::function<std::string(const Key&)> text) : text_(std::move(text)) {}
  boost::any get(const boost::any& key) override { return get_string(key); }
  std::string get_string(const boost::any& key) override { return text_(boost::any_cast<Key>(key)); }
  void put(const boost::any&, const boost::any&) override {
    throw Error("GraphML export: properties are read-only");
  }
  const std::type_info& key() const override { return typeid(Key); }
  const std::type_info& value() const override { return typeid(Value); }

 private:
  std::function<std::string(const Key&)> text_;
};

template <typename Value, typename Key>
void add(boost::dynamic_properties& dp, const std::string& name, std::function<std::string(const Key&)> text) {
  dp.insert(name, boost::make_shared<ComputedProperty<Key, Value>>(std::move(text)));
}

std::string clean(std::string_view s) { return utf8::sanitize(s); }

std::string boolText(bool b) { return b ? "1" : "0"; }  // the forms Boost's reader accepts

std::string doubleText(double d) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
  return ec == std::errc() ? std::string(buf, end) : std::string("0");
}

void str(JsonWriter& w, std::string_view s) {
  std::string c = clean(s);
  w.String(c.data(), static_cast<rapidjson::SizeType>(c.size()));
}

template <typename C>
std::string jsonStrings(const C& values) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartArray();
  for (const auto& v : values) str(w, v);
  w.EndArray();
  return buf.GetString();
}

std::string jsonEvidence(const std::vector<Evidence>& evidence) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartArray();
  for (const auto& ev : evidence) {
    w.StartObject();
    w.Key("article"); str(w, ev.article);
    w.Key("sentence"); w.Uint(ev.sentence);
    w.Key("begin"); w.Uint(ev.begin);
    w.Key("end"); w.Uint(ev.end);
    w.Key("text"); str(w, ev.text);
    if (!ev.date.empty()) { w.Key("date"); str(w, ev.date); }
    w.Key("lang"); str(w, toString(ev.lang));
    if (!ev.trigger.empty()) { w.Key("trigger"); str(w, ev.trigger); }
    w.EndObject();
  }
  w.EndArray();
  return buf.GetString();
}

std::string jsonArticles(const std::vector<ArticleInfo>& articles) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartArray();
  for (const auto& a : articles) {
    w.StartObject();
    w.Key("id"); str(w, a.id);
    if (!a.path.empty()) { w.Key("path"); str(w, a.path); }
    w.Key("lang"); str(w, a.lang);
    if (!a.date.empty()) { w.Key("date"); str(w, a.date); }
    w.EndObject();
  }
  w.EndArray();
  return buf.GetString();
}

}  // namespace

void writeGraphml(const KnowledgeGraph& kg, std::ostream& out, const GraphmlOptions& options) {
  const Graph& g = kg.graph();
  using G = Graph*;
  using V = Vertex;
  using E = EdgeDesc;
  boost::dynamic_properties dp;

  add<std::string, G>(dp, "generator", [](const G&) { return std::string("akg"); });
  add<std::string, G>(dp, "articles", [&](const G&) { return jsonArticles(kg.articles()); });

  add<std::string, V>(dp, "node_id", [&](const V& v) { return clean(g[v].id); });
  add<std::string, V>(dp, "label", [&](const V& v) { return clean(g[v].label); });
  add<std::string, V>(dp, "label_ar", [&](const V& v) { return clean(g[v].labelAr); });
  add<std::string, V>(dp, "type", [&](const V& v) { return clean(g[v].type); });
  add<std::string, V>(dp, "kind", [&](const V& v) { return clean(g[v].kind); });
  add<std::string, V>(dp, "aliases", [&](const V& v) { return jsonStrings(g[v].aliases); });
  add<std::string, V>(dp, "languages", [&](const V& v) { return jsonStrings(g[v].languages); });
  add<std::string, V>(dp, "articles", [&](const V& v) { return jsonStrings(g[v].articles); });
  add<int, V>(dp, "mentions", [&](const V& v) { return std::to_string(g[v].mentions); });
  add<bool, V>(dp, "in_gazetteer", [&](const V& v) { return boolText(g[v].inGazetteer); });
  add<double, V>(dp, "lat", [&](const V& v) {
    return doubleText(g[v].coords ? g[v].coords->first : kGraphmlNoCoordinate);
  });
  add<double, V>(dp, "lon", [&](const V& v) {
    return doubleText(g[v].coords ? g[v].coords->second : kGraphmlNoCoordinate);
  });

  add<std::string, E>(dp, "relation", [&](const E& e) { return clean(g[e].relation); });
  add<bool, E>(dp, "symmetric", [&](const E& e) { return boolText(g[e].symmetric); });
  add<bool, E>(dp, "negated", [&](const E& e) { return boolText(g[e].negated); });
  add<int, E>(dp, "count", [&](const E& e) { return std::to_string(g[e].count); });
  add<std::string, E>(dp, "languages", [&](const E& e) {
    std::set<std::string> langs;
    for (const auto& ev : g[e].evidence) langs.insert(std::string(toString(ev.lang)));
    return jsonStrings(langs);
  });
  add<std::string, E>(dp, "dates", [&](const E& e) {
    std::set<std::string> dates;
    for (const auto& ev : g[e].evidence)
      if (!ev.date.empty()) dates.insert(ev.date);
    return jsonStrings(dates);
  });
  add<std::string, E>(dp, "evidence", [&](const E& e) {
    return options.evidence ? jsonEvidence(g[e].evidence) : std::string("[]");
  });

  // Vertices are a vecS: indices 0..n-1, so node ids n0..n(n-1) are canonical.
  boost::write_graphml(out, g, boost::get(boost::vertex_index, g), dp, true);
}

}  // namespace akg
