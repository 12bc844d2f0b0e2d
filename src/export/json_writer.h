// Node-link JSON, the format of graph_schemas/schema/graph.schema.json.
#pragma once
#include <rapidjson/rapidjson.h>

#include <ostream>
#include <string_view>

#include "base/utf8.h"
#include "graph/knowledge_graph.h"

namespace akg {

struct JsonOptions {
  bool pretty = true;          // indented output (false: one line)
  bool evidence = true;        // include evidence sentences on edges
};

void writeJson(const KnowledgeGraph& kg, std::ostream& out, const JsonOptions& options = {});

// One article object ({id, path, lang, date}) as the JSON export writes it.
template <typename W>
void writeArticleObject(W& w, const ArticleInfo& a) {
  auto str = [&](std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); };
  w.StartObject();
  w.Key("id"); str(a.id);
  if (!a.path.empty()) { w.Key("path"); str(a.path); }
  w.Key("lang"); str(a.lang);
  if (!a.date.empty()) { w.Key("date"); str(a.date); }
  w.EndObject();
}

// One evidence object as the JSON export writes it, for every format that
// carries evidence as JSON (GraphML, GEXF). W is a RapidJSON writer; clean
// (XML formats) replaces control characters as utf8::sanitize does.
template <typename W>
void writeEvidenceObject(W& w, const Evidence& ev, bool clean = false) {
  auto str = [&](std::string_view s) {
    std::string c = clean ? utf8::sanitize(s) : std::string(s);
    w.String(c.data(), static_cast<rapidjson::SizeType>(c.size()));
  };
  w.StartObject();
  w.Key("article"); str(ev.article);
  w.Key("sentence"); w.Uint(ev.sentence);
  w.Key("begin"); w.Uint(ev.begin);
  w.Key("end"); w.Uint(ev.end);
  w.Key("text"); str(ev.text);
  if (!ev.date.empty()) { w.Key("date"); str(ev.date); }
  w.Key("lang"); str(toString(ev.lang));
  if (!ev.trigger.empty()) { w.Key("trigger"); str(ev.trigger); }
  w.EndObject();
}

}  // namespace akg
