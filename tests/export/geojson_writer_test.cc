#include "export/geojson_writer.h"

#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <set>
#include <sstream>
#include <string>
#include <utility>

#include "sample_graph.h"

using namespace akg;

namespace {

rapidjson::Document geojson(const KnowledgeGraph& kg) {
  std::ostringstream out;
  writeGeoJson(kg, out);
  rapidjson::Document doc;
  doc.Parse(out.str().c_str());
  REQUIRE_FALSE(doc.HasParseError());
  return doc;
}

NodeProps place(std::string id, std::string label, std::string labelAr, std::string kind) {
  NodeProps n;
  n.id = std::move(id);
  n.label = std::move(label);
  n.labelAr = std::move(labelAr);
  n.type = "location";
  n.kind = std::move(kind);
  return n;
}

const rapidjson::Value* featureById(const rapidjson::Document& doc, const std::string& id) {
  for (const auto& f : doc["features"].GetArray())
    if (f["properties"]["id"].GetString() == id) return &f;
  return nullptr;
}

}  // namespace

TEST_CASE("GeoJSON has one point per located place, longitude first", "[export][geojson]") {
  auto doc = geojson(testing::sampleGraph());
  CHECK(std::string(doc["type"].GetString()) == "FeatureCollection");
  REQUIRE(doc["features"].Size() == 2);  // the two actors are not places

  const auto* manbij = featureById(doc, "x:manbij");
  REQUIRE(manbij);
  CHECK(std::string((*manbij)["type"].GetString()) == "Feature");
  CHECK(std::string((*manbij)["geometry"]["type"].GetString()) == "Point");
  const auto& c = (*manbij)["geometry"]["coordinates"];
  REQUIRE(c.Size() == 2);
  CHECK(c[0].GetDouble() == 37.9549876);  // lon
  CHECK(c[1].GetDouble() == 36.5281234);  // lat

  const auto& props = (*manbij)["properties"];
  CHECK(std::string(props["label"].GetString()) == "Manbij\\North");
  CHECK(std::string(props["label_ar"].GetString()) == testing::kManbijAr);
  CHECK(std::string(props["kind"].GetString()) == "city");
  CHECK(props["mentions"].GetUint() == 2);
  REQUIRE(props["located_in"].Size() == 1);
  CHECK(std::string(props["located_in"][0].GetString()) == "edge");

  SECTION("both actor edges between SDF and Manbij stay apart") {
    const auto& actors = props["actors"];
    REQUIRE(actors.Size() == 2);
    std::set<std::string> relations;
    for (const auto& a : actors.GetArray()) {
      CHECK(std::string(a["id"].GetString()) == "node");
      CHECK(std::string(a["direction"].GetString()) == "incoming");
      relations.insert(a["relation"].GetString());
    }
    CHECK(relations == std::set<std::string>{"controls", "withdrew_from"});
  }
  SECTION("the place-to-place edge is listed from both ends") {
    REQUIRE(props["places"].Size() == 1);
    CHECK(std::string(props["places"][0]["direction"].GetString()) == "outgoing");
    const auto& turkey = (*featureById(doc, "edge"))["properties"];
    REQUIRE(turkey["places"].Size() == 1);
    CHECK(std::string(turkey["places"][0]["id"].GetString()) == "x:manbij");
    CHECK(std::string(turkey["places"][0]["direction"].GetString()) == "incoming");
  }
}

TEST_CASE("GeoJSON leaves out places without usable coordinates and says which", "[export][geojson]") {
  KnowledgeGraph kg;
  NodeProps nowhere = place("nowhere", "Nowhere", "", "town");
  NodeProps bad = place("bad", "Bad", "", "town");
  bad.coords = {{95.0, 10.0}};  // latitude out of range
  NodeProps nan = place("nan", "NaN", "", "town");
  nan.coords = {{std::numeric_limits<double>::quiet_NaN(), 10.0}};
  NodeProps ok = place("ok", "Ok", "", "town");
  ok.coords = {{-90.0, 180.0}};
  for (const auto& n : {nowhere, bad, nan, ok}) kg.upsertNode(n);

  auto doc = geojson(kg);
  REQUIRE(doc["features"].Size() == 1);
  CHECK(std::string(doc["features"][0]["id"].GetString()) == "ok");
  CHECK(doc["features"][0]["properties"]["label_ar"].IsNull());
  REQUIRE(doc["akg"]["unlocated"].Size() == 1);
  CHECK(std::string(doc["akg"]["unlocated"][0].GetString()) == "nowhere");
  CHECK(doc["akg"]["invalid_coordinates"].Size() == 2);
}

TEST_CASE("GeoJSON strings survive quotes, controls and invalid bytes", "[export][geojson]") {
  KnowledgeGraph kg;
  NodeProps n = place("x:\"q\"", "Line\none \"q\" \\ \x01", "\u200Fحي\u200E", "district");
  n.coords = {{1.5, 2.5}};
  n.aliases = {"bad\xFFtail"};
  kg.upsertNode(n);
  auto doc = geojson(kg);
  const auto& props = doc["features"][0]["properties"];
  CHECK(std::string(props["id"].GetString()) == "x:\"q\"");
  CHECK(std::string(props["label"].GetString()) == "Line\none \"q\" \\ \x01");
  CHECK(std::string(props["label_ar"].GetString()) == "\u200Fحي\u200E");
  CHECK(std::string(props["aliases"][0].GetString()) == "bad\uFFFDtail");
}
