#include "export/geojson_writer.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "base/utf8.h"

namespace akg {

namespace {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

// RapidJSON copies bytes as they are; a stray invalid byte would make the
// whole file unreadable to strict parsers, so it becomes U+FFFD.
void str(JsonWriter& w, std::string_view s) {
  if (!utf8::firstInvalid(s)) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    return;
  }
  std::string fixed;
  size_t i = 0;
  while (i < s.size()) {
    size_t len;
    char32_t cp = utf8::decode(s, i, len);
    if (cp == utf8::kInvalid) utf8::append(fixed, 0xFFFD);
    else fixed.append(s.substr(i, len));
    i += len;
  }
  w.String(fixed.data(), static_cast<rapidjson::SizeType>(fixed.size()));
}

bool validCoords(const std::pair<double, double>& latLon) {
  auto [lat, lon] = latLon;
  return std::isfinite(lat) && std::isfinite(lon) && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
}

// One edge as seen from the place: who is at the other end, and which way
// the edge runs ("incoming": other -> here, "outgoing": here -> other).
void edgeEntry(JsonWriter& w, const Graph& g, EdgeDesc e, Vertex here) {
  const EdgeProps& p = g[e];
  bool incoming = boost::target(e, g) == here;
  const NodeProps& other = g[incoming ? boost::source(e, g) : boost::target(e, g)];
  w.StartObject();
  w.Key("id"); str(w, other.id);
  w.Key("label"); str(w, other.label);
  w.Key("relation"); str(w, p.relation);
  w.Key("count"); w.Uint(p.count);
  w.Key("direction"); str(w, incoming ? "incoming" : "outgoing");
  w.Key("symmetric"); w.Bool(p.symmetric);
  w.Key("negated"); w.Bool(p.negated);
  std::set<std::string> dates;
  for (const auto& ev : p.evidence)
    if (!ev.date.empty()) dates.insert(ev.date);
  w.Key("dates");
  w.StartArray();
  for (const auto& d : dates) str(w, d);
  w.EndArray();
  w.EndObject();
}

void feature(JsonWriter& w, const Graph& g, Vertex v) {
  const NodeProps& n = g[v];
  // Edges in then out; a self-loop is listed once.
  std::vector<EdgeDesc> touching;
  for (auto e : boost::make_iterator_range(boost::in_edges(v, g))) touching.push_back(e);
  for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
    if (boost::target(e, g) != v) touching.push_back(e);
  auto otherIsLocation = [&](EdgeDesc e) {
    Vertex other = boost::target(e, g) == v ? boost::source(e, g) : boost::target(e, g);
    return g[other].type == "location";
  };

  w.StartObject();
  w.Key("type"); str(w, "Feature");
  w.Key("id"); str(w, n.id);
  w.Key("geometry");
  w.StartObject();
  w.Key("type"); str(w, "Point");
  w.Key("coordinates");
  w.StartArray();
  w.Double(n.coords->second);  // GeoJSON positions are [longitude, latitude]
  w.Double(n.coords->first);
  w.EndArray();
  w.EndObject();

  w.Key("properties");
  w.StartObject();
  w.Key("id"); str(w, n.id);
  w.Key("label"); str(w, n.label);
  w.Key("label_ar");
  if (n.labelAr.empty()) w.Null();
  else str(w, n.labelAr);
  w.Key("kind"); str(w, n.kind);
  w.Key("mentions"); w.Uint(n.mentions);
  w.Key("in_gazetteer"); w.Bool(n.inGazetteer);
  w.Key("aliases");
  w.StartArray();
  for (const auto& a : n.aliases) str(w, a);
  w.EndArray();
  w.Key("located_in");
  w.StartArray();
  for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
    if (g[e].relation == "located_in" && !g[e].negated && g[boost::target(e, g)].type == "location")
      str(w, g[boost::target(e, g)].id);
  w.EndArray();
  w.Key("actors");
  w.StartArray();
  for (auto e : touching)
    if (!otherIsLocation(e)) edgeEntry(w, g, e, v);
  w.EndArray();
  w.Key("places");
  w.StartArray();
  for (auto e : touching)
    if (otherIsLocation(e)) edgeEntry(w, g, e, v);
  w.EndArray();
  w.EndObject();
  w.EndObject();
}

}  // namespace

void writeGeoJson(const KnowledgeGraph& kg, std::ostream& out) {
  const Graph& g = kg.graph();
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 1);
  std::vector<std::string> unlocated, invalid;

  w.StartObject();
  w.Key("type"); str(w, "FeatureCollection");
  w.Key("features");
  w.StartArray();
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProps& n = g[v];
    if (n.type != "location") continue;
    if (!n.coords) unlocated.push_back(n.id);
    else if (!validCoords(*n.coords)) invalid.push_back(n.id);
    else feature(w, g, v);
  }
  w.EndArray();
  // A foreign member (RFC 7946 6.1): what the map leaves out, so it is not
  // mistaken for the whole graph.
  w.Key("akg");
  w.StartObject();
  w.Key("generator"); str(w, "akg");
  w.Key("unlocated");
  w.StartArray();
  for (const auto& id : unlocated) str(w, id);
  w.EndArray();
  w.Key("invalid_coordinates");
  w.StartArray();
  for (const auto& id : invalid) str(w, id);
  w.EndArray();
  w.EndObject();
  w.EndObject();

  out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
  out << '\n';
}

}  // namespace akg
