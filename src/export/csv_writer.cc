#include "export/csv_writer.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <ostream>
#include <set>

#include "base/atomic_file.h"
#include "base/error.h"
#include "base/utf8.h"

namespace akg {

namespace {

template <typename C>
std::string joined(const C& values) {
  std::string out;
  for (const auto& v : values) {
    if (!out.empty()) out += '|';
    out += v;
  }
  return out;
}

// Names may hold any separator, so a list of names is a JSON array.
std::string jsonList(const std::vector<std::string>& values) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartArray();
  for (const auto& v : values) {
    std::string clean = utf8::sanitize(v);
    w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
  }
  w.EndArray();
  return buf.GetString();
}

void row(std::ostream& out, std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (auto f : fields) {
    if (!first) out << ',';
    out << csvField(f);
    first = false;
  }
  out << "\r\n";  // RFC 4180 line ending
}

}  // namespace

CsvPaths csvPaths(const std::filesystem::path& path) {
  std::filesystem::path base = path;
  if (base.extension() == ".csv" || base.extension() == ".CSV") base.replace_extension();
  std::string stem = base.filename().string();
  return {base.parent_path() / (stem + "_nodes.csv"), base.parent_path() / (stem + "_edges.csv")};
}

std::string csvField(std::string_view value) {
  std::string s = utf8::sanitize(value);
  bool quote = !s.empty() && (s.front() == ' ' || s.back() == ' ');
  for (char c : s)
    if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == '\t') quote = true;
  if (!quote) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

void writeCsv(const KnowledgeGraph& kg, const std::filesystem::path& path) {
  if (path == "-") throw Error("stdout: CSV export writes two files and needs a file path");
  if (path.filename().empty()) throw Error(path.string() + ": CSV export needs a file name");
  const Graph& g = kg.graph();
  CsvPaths paths = csvPaths(path);

  writeFileAtomic(paths.nodes, [&](std::ostream& out) {
    row(out, {"id", "label", "label_ar", "type", "kind", "aliases", "mentions"});
    for (auto v : boost::make_iterator_range(boost::vertices(g))) {
      const NodeProps& n = g[v];
      row(out, {n.id, n.label, n.labelAr, n.type, n.kind, jsonList(n.aliases), std::to_string(n.mentions)});
    }
  });

  try {
    writeFileAtomic(paths.edges, [&](std::ostream& out) {
      row(out, {"source", "target", "relation", "count", "symmetric", "dates", "first_evidence"});
      for (auto e : boost::make_iterator_range(boost::edges(g))) {
        const EdgeProps& p = g[e];
        std::set<std::string> dates;
        for (const auto& ev : p.evidence)
          if (!ev.date.empty()) dates.insert(ev.date);
        row(out, {g[boost::source(e, g)].id, g[boost::target(e, g)].id, p.relation, std::to_string(p.count),
                  p.symmetric ? "true" : "false", joined(dates),
                  p.evidence.empty() ? std::string() : p.evidence.front().text});
      }
    });
  } catch (...) {
    std::error_code ec;
    std::filesystem::remove(paths.nodes, ec);
    throw;
  }
}

}  // namespace akg
