#include "export/neo4j_writer.h"

#include <filesystem>
#include <vector>

#include "base/atomic_file.h"
#include "base/error.h"
#include "base/utf8.h"
#include "export/graph_db_fields.h"

namespace akg {

namespace {

using namespace graphdb;

// Labels and relationship types come from data; the ontology's names are
// plain, but nothing stops a hand-edited graph from holding any string.
std::vector<std::string> nodeLabels(const NodeProps& n) {
  std::vector<std::string> labels{pascalCase(n.type)};
  std::string kind = pascalCase(n.kind);
  if (!kind.empty() && kind != labels.front()) labels.push_back(kind);
  return labels;
}

std::string relType(const EdgeProps& e) { return upperSnake(e.relation); }

void row(std::ostream& out, std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (auto f : fields) {
    if (!first) out << ',';
    out << f;
    first = false;
  }
  out << '\n';
}

std::string optionalCsvQuoted(std::string_view s) { return s.empty() ? std::string() : csvQuoted(s); }
std::string boolText(bool b) { return b ? "true" : "false"; }

void writeNodes(const Graph& g, std::ostream& out) {
  row(out, {"id:ID", ":LABEL", "label", "label_ar", "type", "kind", "aliases:string[]", "languages:string[]",
            "articles:string[]", "mentions:int", "in_gazetteer:boolean", "lat:double", "lon:double"});
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProps& n = g[v];
    std::string lat, lon;
    if (n.coords) lat = number(n.coords->first), lon = number(n.coords->second);
    row(out, {csvQuoted(n.id), csvList(nodeLabels(n)), csvQuoted(n.label), optionalCsvQuoted(n.labelAr), csvQuoted(n.type),
              csvQuoted(n.kind), csvList(n.aliases), csvList(n.languages), csvList(n.articles),
              std::to_string(n.mentions), boolText(n.inGazetteer), lat, lon});
  }
}

void writeRelationships(const Graph& g, std::ostream& out) {
  row(out, {":START_ID", ":END_ID", ":TYPE", "relation", "count:int", "symmetric:boolean", "negated:boolean",
            "languages:string[]", "dates:date[]", "evidence:string[]", "articles:string[]", "first_evidence"});
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& p = g[e];
    row(out, {csvQuoted(g[boost::source(e, g)].id), csvQuoted(g[boost::target(e, g)].id), csvQuoted(relType(p)),
              csvQuoted(p.relation), std::to_string(p.count), boolText(p.symmetric), boolText(p.negated),
              csvList(evidenceLanguages(p)), csvList(evidenceDates(g, e)), csvList(evidenceTexts(p)),
              csvList(evidenceArticles(p)), p.evidence.empty() ? std::string() : csvQuoted(p.evidence.front().text)});
  }
}

// The options spelled out even where they are Neo4j 5's defaults, so an
// older or differently configured neo4j-admin reads the files the same way:
// a backslash is an ordinary character, spaces and "" are kept.
void writeImportScript(std::ostream& out) {
  out << "#!/bin/sh\n"
         "# Bulk import of an akg graph into a new, empty Neo4j 5 database:\n"
         "#   sh import.sh [DATABASE] [more neo4j-admin options]   (DATABASE defaults to neo4j)\n"
         "# Stop the database first (or add --overwrite-destination=true to replace it);\n"
         "# afterwards, in Neo4j Enterprise, CREATE DATABASE <name> if it is a new one.\n"
         "# NEO4J_ADMIN may name the neo4j-admin binary. For a running server load\n"
         "# load.cypher instead: cypher-shell -u neo4j -p PASSWORD -f load.cypher\n"
         "#\n"
         "# The CSVs are RFC 4180 (quote \", doubled inside; line breaks kept inside\n"
         "# quoted fields). Lists and the :LABEL column are separated by U+001F (unit\n"
         "# separator), not the default ';', because names may contain ';'.\n"
         "set -e\n"
         "cd \"$(dirname \"$0\")\"\n"
         "database=${1:-neo4j}\n"
         "[ $# -gt 0 ] && shift\n"
         "exec \"${NEO4J_ADMIN:-neo4j-admin}\" database import full \\\n"
         "  --nodes=nodes.csv \\\n"
         "  --relationships=relationships.csv \\\n"
         "  --delimiter=, \\\n"
         "  --array-delimiter=U+001F \\\n"
         "  --quote='\"' \\\n"
         "  --multiline-fields=true \\\n"
         "  --legacy-style-quoting=false \\\n"
         "  --trim-strings=false \\\n"
         "  --ignore-empty-strings=false \\\n"
         "  \"$@\" \"$database\"\n";
}

// Cypher needs a decimal point to read a float: 0 would be an integer.
std::string cypherNumber(double d) {
  std::string s = number(d);
  if (s.empty()) return "null";
  if (s.find_first_of(".e") == std::string::npos) s += ".0";
  if (auto plus = s.find("e+"); plus != std::string::npos) s.erase(plus + 1, 1);
  return s;
}

template <typename C>
std::string cypherList(const C& items, bool dates = false) {
  std::string out = "[";
  for (const auto& item : items) {
    if (utf8::sanitize(item).empty()) continue;  // as in the CSV lists
    if (out.size() > 1) out += ", ";
    out += dates ? "date(" + cypherString(item) + ")" : cypherString(item);
  }
  return out + "]";
}

// A map literal with the keys in the given order; empty values are left out
// (as the importer leaves out empty fields).
class MapLiteral {
 public:
  void add(std::string_view key, const std::string& literal) {
    if (literal.empty() || literal == "[]") return;
    text_ += text_.empty() ? "{" : ", ";
    text_ += key;  // akg's own snake_case keys need no backticks
    text_ += ": ";
    text_ += literal;
  }
  std::string str() const { return text_.empty() ? "{}" : text_ + "}"; }

 private:
  std::string text_;
};

std::string nodeMatch(const NodeProps& n) { return cypherName(pascalCase(n.type)) + " {id: " + cypherString(n.id) + "}"; }

}  // namespace

std::string cypherString(std::string_view text) {
  std::string clean = utf8::sanitize(text);
  std::string out = "'";
  for (char c : clean) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\'': out += "\\'"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
  return out + "'";
}

std::string cypherName(std::string_view name) {
  std::string out = "`";
  for (char c : utf8::sanitize(name)) {
    if (c == '`') out += '`';
    out += c;
  }
  return out + "`";
}

void writeCypher(const KnowledgeGraph& kg, std::ostream& out) {
  const Graph& g = kg.graph();
  out << "// akg graph as Cypher for a running Neo4j 5 server: " << kg.nodeCount() << " nodes, " << kg.edgeCount()
      << " relationships.\n"
         "//   cypher-shell -u neo4j -p PASSWORD -f graph.cypher\n"
         "// MERGE by id, then SET replaces the properties, so running it again updates the\n"
         "// same nodes and relationships. One statement a line; strings are single-quoted\n"
         "// with backslash escapes, labels and relationship types are in backticks.\n";
  for (std::string_view type : {"Actor", "Location"})
    out << "CREATE CONSTRAINT " << cypherName("akg_" + std::string(type) + "_id") << " IF NOT EXISTS FOR (n:"
        << cypherName(type) << ") REQUIRE n.id IS UNIQUE;\n";

  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProps& n = g[v];
    MapLiteral props;
    props.add("id", cypherString(n.id));
    props.add("label", cypherString(n.label));
    if (!n.labelAr.empty()) props.add("label_ar", cypherString(n.labelAr));
    props.add("type", cypherString(n.type));
    props.add("kind", cypherString(n.kind));
    props.add("aliases", cypherList(n.aliases));
    props.add("languages", cypherList(n.languages));
    props.add("articles", cypherList(n.articles));
    props.add("mentions", std::to_string(n.mentions));
    props.add("in_gazetteer", n.inGazetteer ? "true" : "false");
    if (n.coords && !number(n.coords->first).empty() && !number(n.coords->second).empty()) {
      props.add("lat", cypherNumber(n.coords->first));
      props.add("lon", cypherNumber(n.coords->second));
    }
    std::vector<std::string> labels = nodeLabels(n);
    out << "MERGE (n:" << nodeMatch(n) << ") SET n = " << props.str();
    for (size_t i = 1; i < labels.size(); ++i) out << ", n:" << cypherName(labels[i]);
    out << ";\n";
  }

  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& p = g[e];
    MapLiteral props;
    props.add("relation", cypherString(p.relation));
    props.add("count", std::to_string(p.count));
    props.add("symmetric", p.symmetric ? "true" : "false");
    props.add("negated", p.negated ? "true" : "false");
    props.add("languages", cypherList(evidenceLanguages(p)));
    props.add("dates", cypherList(evidenceDates(g, e), true));
    props.add("evidence", cypherList(evidenceTexts(p)));
    props.add("articles", cypherList(evidenceArticles(p)));
    if (!p.evidence.empty()) props.add("first_evidence", cypherString(p.evidence.front().text));
    out << "MATCH (a:" << nodeMatch(g[boost::source(e, g)]) << "), (b:" << nodeMatch(g[boost::target(e, g)])
        << ") MERGE (a)-[r:" << cypherName(relType(p)) << "]->(b) SET r = " << props.str() << ";\n";
  }
}

void writeNeo4jImport(const KnowledgeGraph& kg, const std::filesystem::path& dir) {
  const Graph& g = kg.graph();
  writeFileAtomic(dir / "nodes.csv", [&](std::ostream& out) { writeNodes(g, out); });
  writeFileAtomic(dir / "relationships.csv", [&](std::ostream& out) { writeRelationships(g, out); });
  writeFileAtomic(dir / "load.cypher", [&](std::ostream& out) { writeCypher(kg, out); });
  std::filesystem::path script = dir / "import.sh";
  writeFileAtomic(script, writeImportScript);
  std::error_code ec;
  std::filesystem::permissions(script,
                               std::filesystem::perms::owner_exec | std::filesystem::perms::group_exec |
                                   std::filesystem::perms::others_exec,
                               std::filesystem::perm_options::add, ec);
  if (ec) throw Error(script.string() + ": cannot make it executable: " + ec.message());
}

}  // namespace akg
