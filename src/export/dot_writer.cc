#include "export/dot_writer.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <array>
#include <cstdlib>
#include <utility>
#include <vector>

#include "base/atomic_file.h"
#include "base/error.h"
#include "base/utf8.h"

namespace akg {

namespace {

// Graphviz's error level, error count and message file are process globals;
// this lock is the only thing that guards them.
std::mutex& graphvizMutex() {
  static std::mutex m;
  return m;
}

// cgraph takes char* everywhere but copies what it is given.
char* cs(const std::string& s) { return const_cast<char*>(s.c_str()); }
char* cs(const char* s) { return const_cast<char*>(s); }

void set(void* obj, const char* name, const std::string& value) {
  agsafeset(obj, cs(name), cs(value), cs(""));
}

constexpr const char* kFont = "DejaVu Sans";  // has Arabic glyphs; pango shapes them

struct Style {
  std::string_view key;
  const char* value;
};

// Fill colour per kind: actors warm or blue, places green, water blue.
constexpr std::array<Style, 16> kKindFill{{
    {"armed_group", "#f4a582"},
    {"government", "#92c5de"},
    {"state", "#a6bddb"},
    {"person", "#fddbc7"},
    {"media", "#d9d9d9"},
    {"organization", "#c2a5cf"},
    {"population", "#fee090"},
    {"country", "#b8e186"},
    {"region", "#d9f0a3"},
    {"governorate", "#c7e9c0"},
    {"city", "#a1d99b"},
    {"town", "#e5f5e0"},
    {"district", "#f7fcb9"},
    {"facility", "#fdd0a2"},
    {"water", "#9ecae1"},
    {"route", "#f0f0f0"},
}};

// Colour per relation family.
constexpr std::array<Style, 15> kRelationColor{{
    {"withdrew_from", "#1b9e77"},  // movement
    {"moved_to", "#1b9e77"},
    {"controls", "#ff7f00"},  // control
    {"present_in", "#ff7f00"},
    {"attacked", "#e41a1c"},  // conflict
    {"clashed_with", "#e41a1c"},
    {"mediated", "#377eb8"},  // cooperation
    {"agreement_with", "#377eb8"},
    {"met_with", "#377eb8"},
    {"leads", "#984ea3"},  // affiliation
    {"represents", "#984ea3"},
    {"affiliated_with", "#984ea3"},
    {"located_in", "#999999"},  // geography
    {"arrested", "#a65628"},  // coercion
    {"accused", "#a65628"},
}};

template <size_t N>
const char* lookup(const std::array<Style, N>& table, std::string_view key, const char* fallback) {
  for (const auto& s : table)
    if (s.key == key) return s.value;
  return fallback;
}

// Labels are one line each: stray newlines and tabs would break the layout.
std::string oneLine(std::string_view s) {
  std::string out = utf8::sanitize(s);
  for (char& c : out)
    if (c == '\n' || c == '\t') c = ' ';
  return out;
}

// Every string akg puts into DOT, names included, has its backslashes
// doubled: Graphviz reads escapes in labels, and cgraph's writer cannot
// produce a value that ends in a single backslash (it would escape the
// closing quote).
std::string text(std::string_view s) { return escapeGraphvizText(utf8::sanitize(s)); }

std::string nodeLabel(const NodeProps& n) {
  std::string label = escapeGraphvizText(oneLine(n.label.empty() ? n.id : n.label));
  if (!n.labelAr.empty() && n.labelAr != n.label) label += "\\n" + escapeGraphvizText(oneLine(n.labelAr));
  return label;
}

std::string edgeLabel(const EdgeProps& p) {
  std::string label = oneLine(p.relation);
  for (char& c : label)
    if (c == '_') c = ' ';
  if (p.count > 1) label += " \u00d7" + std::to_string(p.count);
  return escapeGraphvizText(label);
}

// Tooltips (SVG hover text) quote the first evidence sentence, cut at a
// character boundary.
std::string edgeTooltip(const EdgeProps& p) {
  if (p.evidence.empty()) return {};
  std::string sentence = oneLine(p.evidence.front().text);
  constexpr size_t kMax = 300;
  if (sentence.size() > kMax) {
    size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(sentence[cut]) & 0xC0) == 0x80) --cut;
    sentence = sentence.substr(0, cut) + "\u2026";
  }
  return escapeGraphvizText(sentence);
}

std::string penWidth(uint32_t count) {
  int w = 1;
  for (uint32_t c = count; c > 1 && w < 4; c /= 2) ++w;
  return std::to_string(w);
}

}  // namespace

GraphvizSession::GraphvizSession(std::string context)
    : lock_(graphvizMutex()), context_(std::move(context)) {
  // AGMAX: nothing is printed; messages go to cgraph's message file, where
  // aglasterr finds the last one.
  previousLevel_ = agseterr(AGMAX);
  agreseterrors();
}

GraphvizSession::~GraphvizSession() {
  agreseterrors();
  agseterr(static_cast<agerrlevel_t>(previousLevel_));
}

void GraphvizSession::check(std::string_view what) {
  if (agerrors() >= AGERR) fail(what);
}

void GraphvizSession::fail(std::string_view what) {
  std::string message = context_ + ": " + std::string(what);
  if (agerrors() >= AGERR) {
    if (char* last = aglasterr()) {
      std::string detail = utf8::sanitize(last);
      std::free(last);
      while (!detail.empty() && (detail.back() == '\n' || detail.back() == ' ')) detail.pop_back();
      if (!detail.empty()) message += ": " + detail;
    }
  }
  agreseterrors();
  throw Error(message);
}

GVC_t* GraphvizSession::layoutContext() {
  // Guarded by the session lock; deliberately never freed (see the header).
  static GVC_t* context = nullptr;
  if (!context) {
    context = gvContext();
    if (!context) fail("cannot start Graphviz");
  }
  return context;
}

void AgraphDeleter::operator()(Agraph_s* g) const {
  if (g) agclose(g);
}

std::string escapeGraphvizText(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string unescapeGraphvizText(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    char next = s[++i];
    if (next == 'n' || next == 'l' || next == 'r') out += '\n';
    else out += next;
  }
  return out;
}

AgraphPtr buildAgraph(const KnowledgeGraph& kg, GraphvizSession& session) {
  // Not strict: two relations between the same pair are two edges, told
  // apart by their key (the relation).
  AgraphPtr g(agopen(cs("akg"), Agdirected, nullptr));
  if (!g) session.fail("cannot create a Graphviz graph");
  Agraph_t* root = g.get();

  agattr(root, AGRAPH, cs("rankdir"), cs("LR"));
  agattr(root, AGRAPH, cs("bgcolor"), cs("white"));  // PNG is transparent otherwise
  agattr(root, AGRAPH, cs("fontname"), cs(kFont));
  agattr(root, AGRAPH, cs("outputorder"), cs("edgesfirst"));
  agattr(root, AGRAPH, cs("nodesep"), cs("0.3"));
  agattr(root, AGNODE, cs("fontname"), cs(kFont));
  agattr(root, AGNODE, cs("fontsize"), cs("11"));
  agattr(root, AGNODE, cs("style"), cs("filled"));
  agattr(root, AGNODE, cs("shape"), cs("ellipse"));
  agattr(root, AGNODE, cs("fillcolor"), cs("white"));
  agattr(root, AGEDGE, cs("fontname"), cs(kFont));
  agattr(root, AGEDGE, cs("fontsize"), cs("9"));
  agattr(root, AGEDGE, cs("arrowsize"), cs("0.7"));

  const Graph& kgGraph = kg.graph();
  std::vector<Agnode_t*> nodes(boost::num_vertices(kgGraph), nullptr);
  for (auto v : boost::make_iterator_range(boost::vertices(kgGraph))) {
    const NodeProps& n = kgGraph[v];
    std::string name = text(n.id);
    if (name.empty()) session.fail("node " + std::to_string(v) + " has an empty id");
    Agnode_t* node = agnode(root, cs(name), 1);
    if (!node) session.fail("cannot add node \"" + name + "\"");
    nodes[v] = node;

    set(node, "label", nodeLabel(n));
    bool actor = n.type == "actor";
    set(node, "shape", actor ? "box" : "ellipse");
    // Names found outside the gazetteer get a dashed outline.
    std::string style = actor ? "rounded,filled" : "filled";
    if (!n.inGazetteer) style += ",dashed";
    set(node, "style", style);
    set(node, "fillcolor", lookup(kKindFill, n.kind, "white"));
    set(node, "tooltip", text(oneLine(n.id + " (" + n.kind + ")")));
    // Machine-readable attributes; Graphviz ignores the ones it does not know.
    set(node, "id", name);
    set(node, "type", text(n.type));
    set(node, "kind", text(n.kind));
    if (!n.labelAr.empty()) set(node, "label_ar", text(n.labelAr));
    set(node, "mentions", std::to_string(n.mentions));
    set(node, "in_gazetteer", n.inGazetteer ? "true" : "false");
  }

  for (auto e : boost::make_iterator_range(boost::edges(kgGraph))) {
    const EdgeProps& p = kgGraph[e];
    std::string relation = text(p.relation);
    Agedge_t* edge = agedge(root, nodes[boost::source(e, kgGraph)], nodes[boost::target(e, kgGraph)],
                            cs(relation), 1);
    if (!edge) session.fail("cannot add a \"" + relation + "\" edge");

    set(edge, "label", edgeLabel(p));
    set(edge, "color", lookup(kRelationColor, p.relation, "black"));
    set(edge, "fontcolor", lookup(kRelationColor, p.relation, "black"));
    set(edge, "penwidth", penWidth(p.count));
    if (p.negated) set(edge, "style", "dashed");
    if (p.symmetric) set(edge, "dir", "none");
    if (std::string tip = edgeTooltip(p); !tip.empty()) set(edge, "tooltip", tip);
    set(edge, "relation", relation);
    set(edge, "count", std::to_string(p.count));
    set(edge, "symmetric", p.symmetric ? "true" : "false");
    set(edge, "negated", p.negated ? "true" : "false");
  }
  session.check("building the Graphviz graph");
  return g;
}

void writeDot(const KnowledgeGraph& kg, const std::filesystem::path& path) {
  GraphvizSession session(path == "-" ? "stdout" : path.string());
  AgraphPtr g = buildAgraph(kg, session);
  writeFileAtomicC(path, [&](std::FILE* out) {
    if (agwrite(g.get(), out) != 0) session.fail("cannot write DOT");
    session.check("writing DOT");
  });
}

}  // namespace akg
