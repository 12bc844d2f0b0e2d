// `akg query GRAPH COMMAND ...`: parses the command line, resolves names,
// runs one query and prints it. Exit codes: 0 results, 1 no match /
// ambiguous name / unreadable graph, 2 usage.
#include <algorithm>
#include <charconv>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/error.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "export/export.h"
#include "query/graph_loader.h"
#include "query/name_index.h"
#include "query/output.h"
#include "query/query.h"
#include "query/text_table.h"
#include "query/undirected_view.h"

namespace akg::cli {

namespace {

using namespace akg::query;

constexpr const char* kQueryHelp = R"(akg query - ask a graph written by `akg build`

Usage: akg query GRAPH COMMAND [ARGS] [OPTIONS]

GRAPH is a graph file akg wrote: JSON (*.json) or GraphML (*.graphml); other
names are recognised by their first character; "-" reads standard input.

Commands:
  show NAME                 one node: labels and aliases in both languages, type, kind,
                            degree, and its edges with their sentences
  neighbors NAME            the nodes around NAME (--relation, --direction, --depth)
  edges                     edges by relation, end, type, kind, date, language, article, count
  path A B                  every shortest path between A and B (direction ignored)
  where ACTOR               places ACTOR withdrew from, moved to, controls or is present in,
                            in date order
  who RELATION TARGET       who stands in RELATION to TARGET: `who mediated SDF`
  timeline NAME             the sentences on NAME's edges in date order
  stats                     counts, top nodes by degree and betweenness, components
  subgraph NAME -o FILE     the network around NAME, in any format akg exports

NAME is any label, Arabic label, alias or id, in any case, with or without
diacritics, alef/ya/ta-marbuta variants and a leading "the", "al-" or ال:
"SDF", "syrian democratic forces" and "قسد" find the same node. Quote names
with spaces. An ambiguous name lists the candidates; use the id shown.

Output options (every command):
  --json           one JSON document (fields: graph_schemas/schema/query_output.md)
  --tsv            tab-separated values, one row per sentence
  --no-evidence    leave out evidence sentences

Run `akg query COMMAND --help` for the options of one command.
Exit codes: 0 results, 1 no results, unknown or ambiguous name, unreadable
graph; 2 usage error.
)";

struct CommandSpec {
  const char* name;
  size_t positionals;
  const char* synopsis;
  std::vector<std::string> options;  // accepted options besides the output ones
  const char* help;
};

const std::vector<CommandSpec>& commandSpecs() {
  static const std::vector<CommandSpec> specs = {
      {"show", 1, "show NAME", {"--since", "--until", "--lang", "--article"},
       R"(Shows one node: id, labels in both languages, type, kind, aliases, languages,
articles, mentions, degree, and every edge in and out with its sentences.

Options:
  --since YYYY-MM-DD, --until YYYY-MM-DD, --lang en|ar, --article ID
                   only edges with a sentence that matches, and only those sentences
)"},
      {"neighbors", 1, "neighbors NAME", {"--relation", "--direction", "--depth", "--limit"},
       R"(Lists the nodes around NAME with the relations that link them.

Options:
  --relation R     follow only this relation (repeatable, or comma-separated);
                   a prefix is enough: "mediate", "withdraw"
  --direction D    out (NAME is the source), in (NAME is the target) or both (default)
  --depth N        hops from NAME (default 1)
  --limit N        list at most N neighbours (default all)
)"},
      {"edges", 0, "edges",
       {"--relation", "--from", "--to", "--node", "--type", "--kind", "--since", "--until", "--lang", "--article",
        "--min-count", "--limit"},
       R"(Lists edges, in date order, with their sentences.

Options:
  --relation R       only this relation (repeatable, or comma-separated)
  --from NAME        the source is NAME (either end for symmetric relations)
  --to NAME          the target is NAME (either end for symmetric relations)
  --node NAME        either end is NAME
  --type actor|location, --kind K
                     the type/kind of the far end: the target with --from only,
                     the source with --to only, else either end
  --since YYYY-MM-DD, --until YYYY-MM-DD
                     a sentence dated within the range (inclusive)
  --lang en|ar       a sentence in that language
  --article ID       a sentence from that article
  --min-count N      at least N sentences
  --limit N          list at most N edges (default all)
Date, language and article filters also choose which sentences are shown.
)"},
      {"path", 2, "path A B", {"--max-length", "--relation", "--limit"},
       R"(Lists every shortest path between A and B, ignoring edge direction, with
each hop's edges and sentences.

Options:
  --max-length N   longest path considered, in hops (default 6)
  --relation R     use only this relation (repeatable, or comma-separated)
  --limit N        list at most N paths (default 10)
)"},
      {"where", 1, "where ACTOR", {"--since", "--until", "--lang", "--article", "--include-negated"},
       R"(Lists the places ACTOR withdrew from, moved to, controls or is present in
(withdrew_from, moved_to, controls, present_in), in date order, with sentences.

Options:
  --since, --until, --lang, --article   as for `edges`
  --include-negated   also statements that something did not happen
)"},
      {"who", 2, "who RELATION TARGET", {"--since", "--until", "--lang", "--article", "--include-negated"},
       R"(Lists who stands in RELATION to TARGET, in date order, with sentences:
  akg query graph.json who mediated SDF
  akg query graph.json who controls "Sheikh Maqsoud"
  akg query graph.json who withdrew Aleppo
RELATION is a relation of the graph or its beginning ("mediate", "withdraw").
For symmetric relations (clashed_with, agreement_with, met_with) either end counts.

Options:
  --since, --until, --lang, --article   as for `edges`
  --include-negated   also statements that something did not happen
)"},
      {"timeline", 1, "timeline NAME", {"--since", "--until", "--lang", "--article"},
       R"(Lists every sentence on NAME's edges, oldest first, undated last.

Options:
  --since, --until, --lang, --article   as for `edges`
)"},
      {"stats", 0, "stats", {"--top", "--betweenness-max-nodes"},
       R"(Counts nodes by type and kind, edges by relation, articles/nodes/sentences by
language; lists the top nodes by degree and by betweenness centrality
(Brandes) and the largest connected components (direction ignored).

Options:
  --top N                      nodes listed in each ranking (default 10)
  --betweenness-max-nodes N    above N nodes, betweenness is computed on the N
                               highest-degree nodes only (default 3000)
)"},
      {"subgraph", 1, "subgraph NAME -o FILE", {"--depth", "--relation", "--direction", "-o", "--format"},
       R"(Writes the ego network of NAME: the nodes within --depth hops and every
edge among them.

Options:
  -o, --output FILE   where to write ("-" for stdout, then --format is needed)
  --format F          json, dot, graphml, svg, png or csv (default: from FILE's extension)
  --depth N           hops around NAME (default 1)
  --relation R        follow and keep only this relation (repeatable, or comma-separated)
  --direction D       out, in or both (default)
)"},
  };
  return specs;
}

const CommandSpec* findCommand(std::string_view name) {
  for (const auto& s : commandSpecs())
    if (name == s.name) return &s;
  return nullptr;
}

const std::set<std::string>& flagOptions() {
  static const std::set<std::string> flags = {"--json", "--tsv", "--no-evidence", "--include-negated", "--help", "-h"};
  return flags;
}

struct ParsedArgs {
  std::vector<std::string> positionals;
  std::map<std::string, std::vector<std::string>> values;  // option -> values in order
  std::set<std::string> flags;

  bool has(const std::string& flag) const { return flags.count(flag) > 0; }
  std::optional<std::string> value(const std::string& option) const {
    auto it = values.find(option);
    if (it == values.end()) return std::nullopt;
    return it->second.back();
  }
  std::vector<std::string> list(const std::string& option) const {
    std::vector<std::string> out;
    auto it = values.find(option);
    if (it == values.end()) return out;
    for (const auto& v : it->second) {
      size_t start = 0;
      while (start <= v.size()) {
        size_t end = v.find(',', start);
        if (end == std::string::npos) end = v.size();
        if (end > start) out.push_back(v.substr(start, end - start));
        start = end + 1;
      }
    }
    return out;
  }
};

ParsedArgs parseArgs(const std::vector<std::string>& args) {
  ParsedArgs p;
  bool onlyPositionals = false;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string a = args[i];
    if (onlyPositionals || a == "-" || a.empty() || a[0] != '-') {
      p.positionals.push_back(a);
      continue;
    }
    if (a == "--") {
      onlyPositionals = true;
      continue;
    }
    std::optional<std::string> inlineValue;
    if (auto eq = a.find('='); eq != std::string::npos && a.rfind("--", 0) == 0) {
      inlineValue = a.substr(eq + 1);
      a = a.substr(0, eq);
    }
    if (a == "--output") a = "-o";
    if (flagOptions().count(a)) {
      if (inlineValue) throw UsageError(a + " takes no value");
      p.flags.insert(a);
      continue;
    }
    if (inlineValue) {
      p.values[a].push_back(*inlineValue);
    } else {
      if (i + 1 >= args.size()) throw UsageError(a + " needs a value");
      p.values[a].push_back(args[++i]);
    }
  }
  return p;
}

long parseNumber(const ParsedArgs& p, const std::string& option, long fallback, long min) {
  auto v = p.value(option);
  if (!v) return fallback;
  long n = 0;
  auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || end != v->data() + v->size() || n < min)
    throw UsageError(option + " needs a whole number of at least " + std::to_string(min) + ", not \"" + *v + "\"");
  return n;
}

std::string parseDate(const ParsedArgs& p, const std::string& option) {
  auto v = p.value(option);
  if (!v) return {};
  const std::string& d = *v;
  bool ok = d.size() == 10 && d[4] == '-' && d[7] == '-';
  for (size_t i = 0; ok && i < d.size(); ++i)
    if (i != 4 && i != 7 && !std::isdigit(static_cast<unsigned char>(d[i]))) ok = false;
  if (ok) {
    int month = std::stoi(d.substr(5, 2)), dayOfMonth = std::stoi(d.substr(8, 2));
    ok = month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= 31;
  }
  if (!ok) throw UsageError(option + " needs a date YYYY-MM-DD, not \"" + d + "\"");
  return d;
}

EvidenceFilter evidenceFilter(const ParsedArgs& p) {
  EvidenceFilter f;
  f.since = parseDate(p, "--since");
  f.until = parseDate(p, "--until");
  if (auto l = p.value("--lang")) {
    f.lang = parseLang(*l);
    if (!f.lang) throw UsageError("--lang needs en or ar, not \"" + *l + "\"");
  }
  if (auto a = p.value("--article")) f.article = *a;
  return f;
}

Direction direction(const ParsedArgs& p) {
  auto v = p.value("--direction");
  if (!v) return Direction::Both;
  auto d = parseDirection(*v);
  if (!d) throw UsageError("--direction needs out, in or both, not \"" + *v + "\"");
  return *d;
}

// A failure that exits 1; its message is printed as is.
struct NoResult {
  std::string message;
};

std::string describe(const Graph& g, Vertex v) {
  const NodeProps& n = g[v];
  std::string s = n.id + "  " + n.label;
  if (!n.labelAr.empty() && n.labelAr != n.label) s += " / " + isolate(n.labelAr);
  return s + "  (" + n.type + (n.kind.empty() ? "" : ", " + n.kind) + ")";
}

class Session {
 public:
  Session(const std::string& path, const ParsedArgs& args)
      : path_(path), args_(args), kg_(loadGraph(path)), names_(*kg_) {}

  const KnowledgeGraph& kg() const { return *kg_; }

  Vertex resolve(const std::string& name) const {
    NameMatch m = names_.lookup(name);
    const Graph& g = kg_->graph();
    if (m.status == NameMatch::Status::Unique) return m.candidates.front();
    if (m.status == NameMatch::Status::Ambiguous) {
      std::string msg = "\"" + name + "\" matches " + std::to_string(m.candidates.size()) + " nodes in " + path_ +
                        "; give one of these ids:";
      size_t shown = 0;
      for (Vertex v : m.candidates) {
        if (++shown > 20) {
          msg += "\n  ... and " + std::to_string(m.candidates.size() - 20) + " more";
          break;
        }
        msg += "\n  " + describe(g, v);
      }
      throw NoResult{msg};
    }
    std::string msg = "no node named \"" + name + "\" in " + path_;
    if (!m.suggestions.empty()) {
      msg += "; closest names:";
      for (const auto& s : m.suggestions) msg += "\n  " + isolate(s.name) + "  ->  " + describe(g, s.vertex);
    }
    throw NoResult{msg};
  }

  std::vector<std::string> relations(const std::string& option) const {
    std::vector<std::string> out;
    auto names = args_.list(option);
    if (names.empty()) return out;
    auto present = relationsIn(*kg_);
    for (const auto& n : names) out.push_back(resolve(present, n));
    return out;
  }
  std::string relation(const std::string& name) const { return resolve(relationsIn(*kg_), name); }

 private:
  static std::string resolve(const std::vector<std::string>& present, const std::string& name) {
    try {
      return resolveRelation(present, name);
    } catch (const Error& e) {
      throw NoResult{e.what()};
    }
  }

  std::string path_;
  const ParsedArgs& args_;
  std::unique_ptr<KnowledgeGraph> kg_;
  NameIndex names_;
};

QueryEcho echoOf(const ParsedArgs& p, const CommandSpec& spec) {
  QueryEcho echo;
  static const char* kArgNames[][2] = {{"name", ""}, {"name", ""}, {"", ""}, {"from", "to"}, {"actor", ""},
                                       {"relation", "target"}, {"name", ""}, {"", ""}, {"name", ""}};
  size_t index = static_cast<size_t>(&spec - commandSpecs().data());
  for (size_t i = 0; i < spec.positionals && i < 2; ++i)
    echo.strings.emplace_back(kArgNames[index][i], p.positionals[2 + i]);
  static const std::set<std::string> kNumbers = {"--depth", "--limit", "--max-length", "--min-count", "--top",
                                                 "--betweenness-max-nodes"};
  for (const auto& [option, values] : p.values) {
    std::string key = option == "-o" ? "output" : option.substr(2);
    std::replace(key.begin(), key.end(), '-', '_');
    if (option == "--relation") echo.lists.emplace_back(key, p.list(option));
    else if (kNumbers.count(option)) echo.numbers.emplace_back(key, std::stoll(values.back()));
    else echo.strings.emplace_back(key, values.back());
  }
  for (const auto& f : p.flags)
    if (f == "--include-negated") echo.strings.emplace_back("include_negated", "true");
  return echo;
}

int noResults(const std::string& what) {
  std::cerr << "akg query: " << what << "\n";
  return 1;
}

int run(const ParsedArgs& p, const CommandSpec& spec, OutputOptions out) {
  const std::string& graphPath = p.positionals[0];
  const std::vector<std::string> pos(p.positionals.begin() + 2, p.positionals.end());
  const std::string cmd = spec.name;

  // Check every option value before the (possibly long) load.
  EvidenceFilter filter = evidenceFilter(p);
  Direction dir = direction(p);
  if (auto t = p.value("--type"); t && *t != "actor" && *t != "location")
    throw UsageError("--type needs actor or location, not \"" + *t + "\"");
  long depth = parseNumber(p, "--depth", 1, 1);
  long limit = parseNumber(p, "--limit", cmd == "path" ? 10 : 0, cmd == "path" ? 1 : 0);
  long maxLength = parseNumber(p, "--max-length", 6, 1);
  long minCount = parseNumber(p, "--min-count", 0, 0);
  long top = parseNumber(p, "--top", 10, 1);
  long betweennessMax = parseNumber(p, "--betweenness-max-nodes", 3000, 1);
  std::optional<Format> subgraphFormat;
  if (cmd == "subgraph") {
    auto o = p.value("-o");
    if (!o) throw UsageError("subgraph needs -o FILE");
    if (auto f = p.value("--format")) {
      subgraphFormat = parseFormat(*f);
      if (!subgraphFormat) throw UsageError("--format needs json, dot, graphml, svg, png or csv, not \"" + *f + "\"");
    } else {
      subgraphFormat = formatFromPath(*o);
      if (!subgraphFormat) throw UsageError("cannot tell the format of \"" + *o + "\" from its extension; give --format");
    }
  }

  Session s(graphPath, p);
  const KnowledgeGraph& kg = s.kg();
  ResultWriter writer(std::cout, kg, out, echoOf(p, spec));
  bool json = out.mode == OutputMode::Json;

  if (cmd == "show") {
    Vertex v = s.resolve(pos[0]);
    ShowResult r = show(kg, v, filter);
    writer.show(r);
    return 0;
  }
  if (cmd == "neighbors") {
    NeighborsOptions o;
    o.relations = s.relations("--relation");
    o.direction = dir;
    o.depth = static_cast<int>(depth);
    o.limit = static_cast<size_t>(limit);
    NeighborsResult r = neighbors(kg, s.resolve(pos[0]), o);
    if (r.neighbors.empty() && !json) return noResults("\"" + pos[0] + "\" has no neighbours that match");
    writer.neighbors(r, o.depth);
    return r.neighbors.empty() ? 1 : 0;
  }
  if (cmd == "edges") {
    EdgesOptions o;
    o.relations = s.relations("--relation");
    if (auto n = p.value("--from")) o.from = s.resolve(*n);
    if (auto n = p.value("--to")) o.to = s.resolve(*n);
    if (auto n = p.value("--node")) o.node = s.resolve(*n);
    if (auto t = p.value("--type")) o.type = *t;
    if (auto k = p.value("--kind")) o.kind = *k;
    o.evidence = filter;
    o.minCount = static_cast<uint32_t>(minCount);
    o.limit = static_cast<size_t>(limit);
    EdgesResult r = edges(kg, o);
    if (r.edges.empty() && !json) return noResults("no edges match");
    writer.edges(r);
    return r.edges.empty() ? 1 : 0;
  }
  if (cmd == "path") {
    PathOptions o;
    o.maxLength = static_cast<int>(maxLength);
    o.relations = s.relations("--relation");
    o.limit = static_cast<size_t>(limit);
    Vertex a = s.resolve(pos[0]), b = s.resolve(pos[1]);
    UndirectedView view(kg);
    PathResult r = paths(kg, view, a, b, o);
    if (r.paths.empty() && !json)
      return noResults("no path between \"" + pos[0] + "\" and \"" + pos[1] + "\" within " + std::to_string(o.maxLength) +
                       " hops");
    writer.paths(r, a, b);
    return r.paths.empty() ? 1 : 0;
  }
  if (cmd == "where") {
    WhereOptions o;
    o.includeNegated = p.has("--include-negated");
    o.evidence = filter;
    Vertex actor = s.resolve(pos[0]);
    auto hits = where(kg, actor, o);
    if (hits.empty() && !json) return noResults("no places recorded for \"" + pos[0] + "\"");
    writer.where(actor, hits);
    return hits.empty() ? 1 : 0;
  }
  if (cmd == "who") {
    WhoOptions o;
    o.includeNegated = p.has("--include-negated");
    o.evidence = filter;
    std::string relation = s.relation(pos[0]);
    Vertex target = s.resolve(pos[1]);
    auto hits = who(kg, relation, target, o);
    if (hits.empty() && !json) return noResults("nobody " + relation + " \"" + pos[1] + "\" in " + graphPath);
    writer.who(relation, target, hits);
    return hits.empty() ? 1 : 0;
  }
  if (cmd == "timeline") {
    Vertex v = s.resolve(pos[0]);
    auto entries = timeline(kg, v, filter);
    if (entries.empty() && !json) return noResults("no dated edges for \"" + pos[0] + "\"");
    writer.timeline(v, entries);
    return entries.empty() ? 1 : 0;
  }
  if (cmd == "stats") {
    StatsOptions o;
    o.top = static_cast<size_t>(top);
    o.betweennessMaxNodes = static_cast<size_t>(betweennessMax);
    UndirectedView view(kg);
    writer.stats(stats(kg, view, o));
    return 0;
  }
  if (cmd == "subgraph") {
    SubgraphOptions o;
    o.depth = static_cast<int>(depth);
    o.relations = s.relations("--relation");
    o.direction = dir;
    Vertex centre = s.resolve(pos[0]);
    auto ego = egoNetwork(kg, centre, o);
    std::string output = *p.value("-o");
    ExportOptions eo;
    eo.evidence = out.evidence;
    exportGraph(*ego, *subgraphFormat, output, eo);
    if (output != "-")
      writer.subgraph(centre, output, std::string(toString(*subgraphFormat)), ego->nodeCount(), ego->edgeCount());
    return 0;
  }
  throw UsageError("unknown command \"" + cmd + "\"");
}

}  // namespace

int runQuery(const std::vector<std::string>& args) {
  ParsedArgs p;
  try {
    p = parseArgs(args);
  } catch (const UsageError& e) {
    std::cerr << "akg query: " << e.what() << "\nRun `akg query --help` for usage.\n";
    return 2;
  }
  // `akg query --help`, `akg query show --help`, `akg query g.json show --help`.
  const CommandSpec* spec = nullptr;
  for (size_t i = 0; i < p.positionals.size() && i < 2 && !spec; ++i) spec = findCommand(p.positionals[i]);
  if (p.has("--help") || p.has("-h")) {
    if (spec) std::cout << "Usage: akg query GRAPH " << spec->synopsis << " [OPTIONS]\n\n" << spec->help
                        << "\nOutput options: --json, --tsv, --no-evidence (see `akg query --help`).\n";
    else std::cout << kQueryHelp;
    return 0;
  }
  try {
    if (p.positionals.size() < 2) throw UsageError(p.positionals.empty() ? "missing GRAPH and COMMAND" : "missing COMMAND");
    spec = findCommand(p.positionals[1]);
    if (!spec) throw UsageError("unknown command \"" + p.positionals[1] + "\"");
    size_t given = p.positionals.size() - 2;
    if (given != spec->positionals)
      throw UsageError(std::string(spec->name) + " takes " + std::to_string(spec->positionals) + " argument" +
                       (spec->positionals == 1 ? "" : "s") + " (" + spec->synopsis + "), got " + std::to_string(given));
    for (const auto& [option, values] : p.values) {
      (void)values;
      if (std::find(spec->options.begin(), spec->options.end(), option) == spec->options.end())
        throw UsageError("unknown option " + option + " for " + spec->name);
    }
    if (p.has("--include-negated") &&
        std::find(spec->options.begin(), spec->options.end(), "--include-negated") == spec->options.end())
      throw UsageError(std::string("unknown option --include-negated for ") + spec->name);
    if (p.has("--json") && p.has("--tsv")) throw UsageError("--json and --tsv exclude each other");

    OutputOptions out;
    out.mode = p.has("--json") ? OutputMode::Json : p.has("--tsv") ? OutputMode::Tsv : OutputMode::Table;
    out.evidence = !p.has("--no-evidence");
    out.graph = p.positionals[0];
    return run(p, *spec, out);
  } catch (const UsageError& e) {
    std::cerr << "akg query: " << e.what() << "\nRun `akg query " << (spec ? std::string(spec->name) + " " : "")
              << "--help` for usage.\n";
    return 2;
  } catch (const NoResult& e) {
    std::cerr << "akg query: " << e.message << "\n";
    return 1;
  } catch (const Error& e) {
    std::cerr << "akg query: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace akg::cli
