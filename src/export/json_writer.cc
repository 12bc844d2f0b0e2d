#include "export/json_writer.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/writer.h>

#include <set>

namespace akg {

namespace {

template <typename W>
void str(W& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

template <typename W, typename C>
void strings(W& w, const C& values) {
  w.StartArray();
  for (const auto& v : values) str(w, v);
  w.EndArray();
}

template <typename W>
void write(W& w, const KnowledgeGraph& kg, const JsonOptions& options) {
  const Graph& g = kg.graph();
  w.StartObject();
  w.Key("directed"); w.Bool(true);
  w.Key("multigraph"); w.Bool(false);
  w.Key("graph");
  w.StartObject();
  w.Key("generator"); str(w, "akg");
  w.Key("articles");
  w.StartArray();
  for (const auto& a : kg.articles()) writeArticleObject(w, a);
  w.EndArray();
  w.EndObject();

  w.Key("nodes");
  w.StartArray();
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProps& n = g[v];
    w.StartObject();
    w.Key("id"); str(w, n.id);
    w.Key("label"); str(w, n.label);
    if (!n.labelAr.empty()) { w.Key("label_ar"); str(w, n.labelAr); }
    w.Key("type"); str(w, n.type);
    w.Key("kind"); str(w, n.kind);
    w.Key("aliases"); strings(w, n.aliases);
    w.Key("languages"); strings(w, n.languages);
    w.Key("articles"); strings(w, n.articles);
    w.Key("mentions"); w.Uint(n.mentions);
    w.Key("in_gazetteer"); w.Bool(n.inGazetteer);
    if (n.coords) {
      w.Key("coords");
      w.StartArray();
      w.Double(n.coords->first);
      w.Double(n.coords->second);
      w.EndArray();
    }
    w.EndObject();
  }
  w.EndArray();

  w.Key("edges");
  w.StartArray();
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& p = g[e];
    w.StartObject();
    w.Key("source"); str(w, g[boost::source(e, g)].id);
    w.Key("target"); str(w, g[boost::target(e, g)].id);
    w.Key("relation"); str(w, p.relation);
    w.Key("symmetric"); w.Bool(p.symmetric);
    if (p.negated) { w.Key("negated"); w.Bool(true); }
    w.Key("count"); w.Uint(p.count);
    std::set<std::string> langs, dates;
    for (const auto& ev : p.evidence) {
      langs.insert(std::string(toString(ev.lang)));
      if (!ev.date.empty()) dates.insert(ev.date);
    }
    w.Key("languages"); strings(w, langs);
    w.Key("dates"); strings(w, dates);
    w.Key("evidence");
    w.StartArray();
    if (options.evidence) {
      for (const auto& ev : p.evidence) writeEvidenceObject(w, ev);
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

void writeJson(const KnowledgeGraph& kg, std::ostream& out, const JsonOptions& options) {
  // Into a buffer first: the ostream wrapper writes one character at a time.
  rapidjson::StringBuffer buffer;
  if (options.pretty) {
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
    w.SetIndent(' ', 1);
    write(w, kg, options);
  } else {
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    write(w, kg, options);
  }
  out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
  out << '\n';
}

}  // namespace akg
