#include "export/graph_attributes.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <array>
#include <cctype>
#include <charconv>

#include "base/utf8.h"
#include "export/graph_style.h"
#include "export/json_writer.h"

namespace akg::attributes {

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void str(JsonWriter& w, std::string_view s) {
  std::string c = utf8::sanitize(s);
  w.String(c.data(), static_cast<rapidjson::SizeType>(c.size()));
}

template <typename C>
std::string stringArray(const C& values) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartArray();
  for (const auto& v : values) str(w, v);
  w.EndArray();
  return buf.GetString();
}


// "armed_group" -> "ArmedGroup". Only ASCII letters and digits survive, so
// the label needs no quoting in Cypher.
std::string pascalCase(std::string_view s) {
  std::string out;
  bool upper = true;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) && u < 0x80) {
      out += upper ? static_cast<char>(std::toupper(u)) : c;
      upper = false;
    } else {
      upper = true;
    }
  }
  return out;
}

}  // namespace

std::string jsonStrings(const std::vector<std::string>& values) { return stringArray(values); }
std::string jsonStrings(const std::set<std::string>& values) { return stringArray(values); }

std::string jsonEvidence(const std::vector<Evidence>& evidence) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartArray();
  for (const auto& ev : evidence) writeEvidenceObject(w, ev, /*clean=*/true);  // as the JSON export writes it
  w.EndArray();
  return buf.GetString();
}

std::string jsonArticles(const std::vector<ArticleInfo>& articles) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartArray();
  for (const auto& a : articles) writeArticleObject(w, a);
  w.EndArray();
  return buf.GetString();
}

std::set<std::string> dates(const EdgeProps& e) {
  std::set<std::string> out;
  for (const auto& ev : e.evidence)
    if (!ev.date.empty()) out.insert(ev.date);
  return out;
}

std::set<std::string> articles(const EdgeProps& e) {
  std::set<std::string> out;
  for (const auto& ev : e.evidence)
    if (!ev.article.empty()) out.insert(ev.article);
  return out;
}

std::set<std::string> languages(const EdgeProps& e) {
  std::set<std::string> out;
  for (const auto& ev : e.evidence) out.insert(std::string(toString(ev.lang)));
  return out;
}

std::string firstEvidence(const EdgeProps& e) {
  return e.evidence.empty() ? std::string() : utf8::sanitize(e.evidence.front().text);
}

// The drawings' style table, with hex fallbacks: GraphML and GEXF want "#rrggbb".
std::string_view kindColor(std::string_view kind) {
  const KindStyle& s = kindStyle(kind);
  return s.kind.empty() ? "#ffffff" : s.fill;
}
std::string_view relationColor(std::string_view relation) {
  const RelationStyle& s = relationStyle(relation);
  return s.relation.empty() ? "#000000" : s.color;
}

std::string neo4jLabels(const NodeProps& n) {
  std::string type = pascalCase(n.type), kind = pascalCase(n.kind), out;
  if (!type.empty()) out += ":" + type;
  if (!kind.empty() && kind != type) out += ":" + kind;
  return out;
}

std::string doubleText(double d) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
  return ec == std::errc() ? std::string(buf, end) : std::string("0");
}

}  // namespace akg::attributes
