#include "export/kuzu_writer.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/atomic_file.h"
#include "base/error.h"
#include "base/utf8.h"
#include "export/graph_db_fields.h"

namespace akg {

namespace {

using namespace graphdb;

struct Column {
  std::string_view name, type;  // type as in the table; lists are STRING in the CSV
};

const std::vector<Column> kNodeColumns = {
    {"id", "STRING"},           {"label", "STRING"},    {"label_ar", "STRING"},   {"kind", "STRING"},
    {"aliases", "STRING[]"},    {"languages", "STRING[]"}, {"articles", "STRING[]"}, {"mentions", "INT64"},
    {"in_gazetteer", "BOOLEAN"}, {"lat", "DOUBLE"},     {"lon", "DOUBLE"}};

const std::vector<Column> kRelColumns = {
    {"count", "INT64"},          {"symmetric", "BOOLEAN"}, {"negated", "BOOLEAN"},
    {"languages", "STRING[]"},   {"dates", "DATE[]"},      {"evidence", "STRING[]"},
    {"articles", "STRING[]"},    {"first_evidence", "STRING"}};

const std::vector<std::string> kNodeTables = {"Actor", "Location"};

// Kùzu's CSV list syntax ([a,b]) has no escapes and trims spaces, so lists
// travel as one U+001F-joined string and are split while copying. Kùzu string
// literals only drop the backslash before any character, so '\\x1f' reaches
// RE2 as \x1f.
constexpr std::string_view kSplitPattern = "'\\\\x1f'";
constexpr std::string_view kCsvOptions = "(HEADER=true, DELIM=',', QUOTE='\"', ESCAPE='\"', PARALLEL=false)";

bool isListType(std::string_view type) { return type.size() > 2 && type.substr(type.size() - 2) == "[]"; }

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::string tableName(std::string_view name) { return "`" + std::string(name) + "`"; }

bool isIdentifier(std::string_view s) {
  if (s.empty() || (s[0] >= '0' && s[0] <= '9')) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  });
}

std::string nodeTable(const NodeProps& n) { return pascalCase(n.type); }

void row(std::ostream& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << fields[i];
  out << '\n';
}

std::string header(const std::vector<Column>& columns, std::vector<std::string> leading = {}) {
  for (const auto& c : columns) leading.emplace_back(c.name);
  std::string out;
  for (size_t i = 0; i < leading.size(); ++i) out += (i ? "," : "") + leading[i];
  return out;
}

std::string optionalCsvQuoted(std::string_view s) { return s.empty() ? std::string() : csvQuoted(s); }

// COPY t FROM (LOAD WITH HEADERS (typed columns) FROM 'file' (...) RETURN ...):
// the declared types keep ids such as "0123" strings, whatever the sniffer
// would guess.
std::string copyStatement(const std::string& table, const std::string& file, const std::vector<Column>& columns,
                          const std::vector<std::string>& keys, const std::string& relOptions) {
  std::string declared, returned;
  auto add = [&](std::string_view name, std::string_view type) {
    if (!declared.empty()) declared += ", ", returned += ", ";
    declared += std::string(name) + " " + std::string(isListType(type) ? "STRING" : type);
    if (!isListType(type)) {
      returned += name;
    } else {
      std::string split = "regexp_split_to_array(" + std::string(name) + ", " + std::string(kSplitPattern) + ")";
      returned += type == "STRING[]" ? split : "CAST(" + split + " AS " + std::string(type) + ")";
    }
  };
  for (const auto& k : keys) add(k, "STRING");
  for (const auto& c : columns) add(c.name, c.type);
  return "COPY " + tableName(table) + " FROM (LOAD WITH HEADERS (" + declared + ") FROM '" + file + "' " +
         std::string(kCsvOptions) + " RETURN " + returned + ")" + relOptions + ";\n";
}

std::string columnList(const std::vector<Column>& columns) {
  std::string out;
  for (const auto& c : columns) out += ", " + std::string(c.name) + " " + std::string(c.type);
  return out;
}

using Pair = std::pair<std::string, std::string>;  // FROM table, TO table
using RelGroups = std::map<std::string, std::map<Pair, std::vector<EdgeDesc>>>;

RelGroups groupEdges(const Graph& g) {
  RelGroups groups;
  std::map<std::string, std::string> seenLower;
  for (const auto& t : kNodeTables) seenLower[lower(t)] = t;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const std::string& rel = g[e].relation;
    if (!isIdentifier(rel))
      throw Error(describeEdge(g, e) + ": relation \"" + utf8::sanitize(rel) +
                  "\" cannot name a Kùzu table (letters, digits and _ only)");
    auto [it, fresh] = seenLower.emplace(lower(rel), rel);
    if (!fresh && it->second != rel)
      throw Error(describeEdge(g, e) + ": relation \"" + rel + "\" and table \"" + it->second +
                  "\" differ only in case, which Kùzu table names do not tell apart");
    groups[rel][{nodeTable(g[boost::source(e, g)]), nodeTable(g[boost::target(e, g)])}].push_back(e);
  }
  return groups;
}

std::string relFile(const std::string& rel, const Pair& pair) {
  return "rel_" + rel + "_" + lower(pair.first) + "_" + lower(pair.second) + ".csv";
}

void writeNodeCsv(const Graph& g, const std::string& table, std::ostream& out) {
  out << header(kNodeColumns) << '\n';
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProps& n = g[v];
    if (nodeTable(n) != table) continue;
    std::string lat, lon;
    if (n.coords) lat = number(n.coords->first), lon = number(n.coords->second);
    row(out, {csvQuoted(n.id), csvQuoted(n.label), optionalCsvQuoted(n.labelAr), csvQuoted(n.kind), csvList(n.aliases),
              csvList(n.languages), csvList(n.articles), std::to_string(n.mentions),
              n.inGazetteer ? "true" : "false", lat, lon});
  }
}

void writeRelCsv(const Graph& g, const std::vector<EdgeDesc>& edges, std::ostream& out) {
  out << header(kRelColumns, {"from_id", "to_id"}) << '\n';
  for (auto e : edges) {
    const EdgeProps& p = g[e];
    row(out, {csvQuoted(g[boost::source(e, g)].id), csvQuoted(g[boost::target(e, g)].id), std::to_string(p.count),
              p.symmetric ? "true" : "false", p.negated ? "true" : "false", csvList(evidenceLanguages(p)),
              csvList(evidenceDates(g, e)), csvList(evidenceTexts(p)), csvList(evidenceArticles(p)),
              p.evidence.empty() ? std::string() : csvQuoted(p.evidence.front().text)});
  }
}

void writeSchema(const RelGroups& groups, std::ostream& out) {
  out << "// Kùzu (0.11) schema of an akg graph; run it, then load.cypher, from this folder (README.md).\n";
  for (const auto& t : kNodeTables)
    out << "CREATE NODE TABLE " << tableName(t) << "(" << columnList(kNodeColumns).substr(2) << ", PRIMARY KEY(id));\n";
  for (const auto& [rel, pairs] : groups) {
    out << "CREATE REL TABLE " << tableName(rel) << "(";
    bool first = true;
    for (const auto& [pair, edges] : pairs) {
      out << (first ? "" : ", ") << "FROM " << tableName(pair.first) << " TO " << tableName(pair.second);
      first = false;
    }
    out << columnList(kRelColumns) << ", MANY_MANY);\n";
  }
}

void writeLoad(const RelGroups& groups, std::ostream& out) {
  out << "// Loads the CSVs of this folder into the tables of schema.cypher. The paths are\n"
         "// relative: run it with this folder as the working directory (README.md).\n";
  for (const auto& t : kNodeTables) out << copyStatement(t, "nodes_" + lower(t) + ".csv", kNodeColumns, {}, "");
  for (const auto& [rel, pairs] : groups)
    for (const auto& [pair, edges] : pairs)
      out << copyStatement(rel, relFile(rel, pair), kRelColumns, {"from_id", "to_id"},
                           " (from='" + pair.first + "', to='" + pair.second + "')");
}

void writeReadme(const KnowledgeGraph& kg, std::ostream& out) {
  out << "# akg graph for Kùzu\n\n"
         "Written by `akg export GRAPH.json -f kuzu -o DIR`: "
      << kg.nodeCount() << " nodes, " << kg.edgeCount()
      << " relationships. Load it from this folder (the COPY paths in load.cypher are relative):\n\n"
         "```sh\n"
         "cd DIR\n"
         "cat schema.cypher load.cypher | kuzu /path/to/graph.kuzu\n"
         "```\n\n"
         "or, from Python/Node, run every statement of `schema.cypher` then `load.cypher`\n"
         "with the working directory set to this folder.\n\n"
         "- Node tables `Actor` and `Location` (primary key `id`); one rel table per relation\n"
         "  (`withdrew_from`, `controls`, ...) with a FROM/TO pair per endpoint-type pair.\n"
         "  Symmetric relations (`symmetric = true`) are stored once.\n"
         "- `nodes_<table>.csv`, `rel_<relation>_<from>_<to>.csv`: RFC 4180, quoted fields may hold\n"
         "  line breaks (hence PARALLEL=false); list columns hold their elements joined with\n"
         "  U+001F and are split while copying. Empty fields load as NULL.\n"
         "\n"
         "```cypher\n"
         "MATCH (a:Actor)-[r]->(b:Location) RETURN a.label, label(r), b.label, r.count;\n"
         "```\n";
}

}  // namespace

void writeKuzu(const KnowledgeGraph& kg, const std::filesystem::path& dir) {
  const Graph& g = kg.graph();
  RelGroups groups = groupEdges(g);
  for (const auto& t : kNodeTables)
    writeFileAtomic(dir / ("nodes_" + lower(t) + ".csv"), [&](std::ostream& out) { writeNodeCsv(g, t, out); });
  for (const auto& [rel, pairs] : groups)
    for (const auto& [pair, edges] : pairs)
      writeFileAtomic(dir / relFile(rel, pair), [&](std::ostream& out) { writeRelCsv(g, edges, out); });
  writeFileAtomic(dir / "schema.cypher", [&](std::ostream& out) { writeSchema(groups, out); });
  writeFileAtomic(dir / "load.cypher", [&](std::ostream& out) { writeLoad(groups, out); });
  writeFileAtomic(dir / "README.md", [&](std::ostream& out) { writeReadme(kg, out); });
}

}  // namespace akg
