// `akg render`: draw a built graph with Graphviz, whole or cut down by
// relation, count or the neighbourhood of one node, with clusters and a legend.
#include <algorithm>
#include <climits>
#include <iostream>
#include <set>

#include "base/error.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/outputs.h"
#include "export/graph_style.h"
#include "export/render.h"
#include "graph/subgraph.h"
#include "query/graph_loader.h"
#include "query/name_index.h"

namespace akg::cli {

namespace {

constexpr const char* kRenderUsage = R"(Usage: akg render GRAPH -o FILE [options]

Draw a graph written by `akg build` (.json or .graphml; "-" = stdin) with
Graphviz, as SVG, PNG or PDF, or as DOT to lay out with `dot` yourself.

Output:
  -o, --output FILE      .svg .png .pdf .dot .gv; repeatable; "-" = stdout (SVG unless -f)
  -f, --format FMT       svg, png, pdf or dot: for stdout, or a FILE without those extensions
      --layout ENGINE    dot, sfdp, neato, fdp, circo, twopi
                         (default: dot up to 150 nodes and 300 edges, sfdp beyond)
      --cluster BY       kind: a box per node kind;
                         location: places nested in the place they are located_in,
                         actors in the place they are present_in or control (dot, fdp)
      --no-legend        leave out the legend of kinds, relations and line styles

Filters (applied together; the drawing shows what is left):
      --relation R       only edges of relation R; repeatable (e.g. controls, attacked)
      --min-count N      only edges seen in at least N sentences
      --focus NAME       only nodes near NAME: an id, label, Arabic label or alias
      --depth N          with --focus: steps along kept edges, either direction (default 1)
  An edge filter without --focus also drops the nodes it leaves unconnected.

  -h, --help             this help

Exit status: 0 when every output was written, 1 when the graph could not be
read, --focus names no single node, or an output failed, 2 on a usage error
(unknown option, relation or format).
)";

struct RenderRequest {
  std::string input;
  OutputRequest outputs;
  RenderOptions render;
  std::vector<std::string> relations;
  int minCount = 1;
  std::optional<std::string> focus;
  std::optional<int> depth;
};

size_t editDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// The relations a filter may name: akg's vocabulary and whatever the graph
// holds besides.
std::vector<std::string> knownRelations(const KnowledgeGraph& kg) {
  std::vector<std::string> known;
  for (const auto& r : relationStyles()) known.emplace_back(r.relation);
  for (auto e : boost::make_iterator_range(boost::edges(kg.graph())))
    if (std::find(known.begin(), known.end(), kg.graph()[e].relation) == known.end())
      known.push_back(kg.graph()[e].relation);
  return known;
}

// Throws UsageError for a relation nobody knows, with the nearest names.
void checkRelations(const KnowledgeGraph& kg, const std::vector<std::string>& relations) {
  std::vector<std::string> known = knownRelations(kg);
  std::set<std::string> present;
  for (auto e : boost::make_iterator_range(boost::edges(kg.graph()))) present.insert(kg.graph()[e].relation);
  for (const auto& r : relations) {
    if (std::find(known.begin(), known.end(), r) == known.end()) {
      std::string message = "unknown relation '" + r + "'";
      std::vector<std::string> near;
      for (const auto& k : known)
        if (editDistance(r, k) <= 3) near.push_back(k);
      if (!near.empty()) message += " (did you mean " + joined(near) + "?)";
      throw UsageError(message + "; relations: " + joined(known));
    }
    if (!present.count(r)) std::cerr << "akg render: note: no " << r << " edges in this graph\n";
  }
}

std::string describe(const KnowledgeGraph& kg, Vertex v) {
  const NodeProps& n = kg.graph()[v];
  std::string label = n.label.empty() ? n.labelAr : n.label;
  return "'" + n.id + "'" + (label.empty() || label == n.id ? "" : " (" + label + ")");
}

// The one node --focus names; throws Error naming the candidates or the
// nearest names otherwise.
Vertex resolveFocus(const KnowledgeGraph& kg, const std::string& name) {
  query::NameIndex index(kg);
  query::NameMatch match = index.lookup(name);
  using Status = query::NameMatch::Status;
  if (match.status == Status::Unique) return match.candidates.front();
  std::string message = "--focus '" + name + "' ";
  if (match.status == Status::Ambiguous) {
    std::vector<std::string> names;
    for (Vertex v : match.candidates) names.push_back(describe(kg, v));
    constexpr size_t kShown = 10;
    size_t more = names.size() > kShown ? names.size() - kShown : 0;
    names.resize(std::min(names.size(), kShown));
    message += "matches " + std::to_string(match.candidates.size()) + " nodes: " + joined(names) +
               (more ? ", and " + std::to_string(more) + " more" : "") + "; give one of the ids";
  } else {
    message += "matches no node";
    std::vector<std::string> near;
    for (const auto& s : match.suggestions) near.push_back("'" + s.name + "'");
    if (!near.empty()) message += "; nearest: " + joined(near);
  }
  throw Error(message);
}

RenderRequest parseArguments(const std::vector<std::string>& argv, bool& help) {
  RenderRequest r;
  Args a(argv);
  while (!a.done()) {
    if (a.flag({"-h", "--help"})) {
      help = true;
      return r;
    }
    if (auto v = a.option({"-o", "--output"})) { r.outputs.paths.push_back(*v); continue; }
    if (auto v = a.option({"-f", "--format"})) { r.outputs.format = parseFormatOption(*v); continue; }
    if (auto v = a.option({"--layout"})) { r.render.layout = *v; continue; }
    if (auto v = a.option({"--cluster"})) {
      auto by = parseClusterBy(*v);
      if (!by) throw UsageError("--cluster takes kind, location or none, not '" + *v + "'");
      r.render.cluster = *by;
      continue;
    }
    if (a.flag({"--no-legend"})) { r.render.legend = false; continue; }
    if (auto v = a.option({"--relation"})) { r.relations.push_back(*v); continue; }
    if (auto v = a.option({"--min-count"})) { r.minCount = parseInt(*v, "--min-count", 1, INT_MAX); continue; }
    if (auto v = a.option({"--focus"})) {
      if (r.focus) throw UsageError("one --focus at a time");
      r.focus = *v;
      continue;
    }
    if (auto v = a.option({"--depth"})) { r.depth = parseInt(*v, "--depth", 0, 100); continue; }
    if (a.peekIsOption() && a.peek() != "-") throw UsageError("unknown option '" + a.peek() + "'");
    if (!r.input.empty()) throw UsageError("one GRAPH at a time (got '" + r.input + "' and '" + a.peek() + "')");
    r.input = a.positional();
  }
  if (r.input.empty()) throw UsageError("no GRAPH given");
  if (r.outputs.paths.empty() && !r.outputs.format) throw UsageError("no -o FILE given");
  if (r.depth && !r.focus) throw UsageError("--depth needs --focus");
  return r;
}

}  // namespace

int runRender(const std::vector<std::string>& argv) {
  RenderRequest request;
  std::vector<std::pair<std::string, Format>> outputs;
  try {
    bool help = false;
    request = parseArguments(argv, help);
    if (help) {
      std::cout << kRenderUsage;
      return 0;
    }
    outputs = resolveOutputs(request.outputs, Format::Svg);
    for (const auto& [path, format] : outputs)
      if (format != Format::Svg && format != Format::Png && format != Format::Pdf && format != Format::Dot)
        throw UsageError("'" + path + "': akg render writes svg, png, pdf or dot, not " +
                         std::string(toString(format)) + " (akg export writes the other formats)");
  } catch (const UsageError& e) {
    std::cerr << "akg render: " << e.what() << "\n\n" << kRenderUsage;
    return 2;
  }

  std::unique_ptr<KnowledgeGraph> kg;
  try {
    kg = query::loadGraph(request.input);
  } catch (const Error& e) {
    std::cerr << "akg render: " << e.what() << "\n";
    return 1;
  }

  SubgraphFilter filter;
  filter.relations = request.relations;
  filter.minCount = static_cast<uint32_t>(request.minCount);
  filter.depth = static_cast<size_t>(request.depth.value_or(1));
  try {
    checkRelations(*kg, request.relations);
  } catch (const UsageError& e) {
    std::cerr << "akg render: " << e.what() << "\n";
    return 2;
  }
  try {
    if (request.focus) filter.focus = resolveFocus(*kg, *request.focus);
    if (filter.focus || filtersEdges(filter)) kg = filterGraph(*kg, filter);
  } catch (const Error& e) {
    std::cerr << "akg render: " << e.what() << "\n";
    return 1;
  }

  const RenderOptions& options = request.render;
  std::string engine = chooseLayout(*kg, options);
  bool filtered = filter.focus || filtersEdges(filter);
  if (!filtered && options.layout.empty() && engine != "dot")
    std::cerr << "akg render: " << kg->nodeCount() << " nodes and " << kg->edgeCount()
              << " edges: drawn with " << engine << " and hard to read; narrow it with --focus NAME [--depth N], "
              << "--relation R or --min-count N\n";
  if (filtered && kg->edgeCount() == 0 && kg->nodeCount() <= 1)
    std::cerr << "akg render: note: the filters leave " << kg->nodeCount() << " node(s) and no edges\n";
  if (options.cluster != ClusterBy::None && !layoutDrawsClusters(engine))
    std::cerr << "akg render: note: " << engine << " does not draw clusters; --layout dot or fdp does\n";

  int status = 0;
  for (const auto& [path, format] : outputs) {
    try {
      render(*kg, format, path, options);
    } catch (const Error& e) {
      std::cerr << "akg render: " << e.what() << "\n";
      status = 1;
    }
  }
  return status;
}

}  // namespace akg::cli
