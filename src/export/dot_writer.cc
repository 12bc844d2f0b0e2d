#include "export/dot_writer.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "base/atomic_file.h"
#include "base/error.h"
#include "base/utf8.h"
#include "export/graph_style.h"

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

// Tooltips and cluster labels are one line each: a stray newline or tab
// would break them.
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

// Graphviz decodes HTML entities (&amp; &#945; &eacute;) in labels, so an
// ampersand that would start one is written as &amp;.
bool startsEntity(std::string_view s, size_t amp) {
  size_t i = amp + 1;
  if (i < s.size() && s[i] == '#') return true;
  size_t n = 0;
  while (i + n < s.size() && n <= 8 && std::isalnum(static_cast<unsigned char>(s[i + n]))) ++n;
  return n > 0 && n <= 8 && i + n < s.size() && s[i + n] == ';';
}

bool isDirectionMark(UChar32 c) { return c == 0x200E || c == 0x200F || c == 0x061C; }

// A line that holds right-to-left letters is drawn in the direction of its
// first letter: an embedding (LRE or RLE ... PDF) round it makes pango and
// browsers agree. Without it pango takes the direction from the first strong
// character, direction marks included (a stray RLM before "Mixed حي الشيخ
// (east)" flipped the line), while a browser draws SVG text left to right.
std::string directed(std::string_view line) {
  std::optional<bool> rtl;
  bool anyRtl = false;
  for (size_t i = 0; i < line.size();) {
    size_t len = 0;
    char32_t c = utf8::decode(line, i, len);
    i += len;
    if (c == utf8::kInvalid || isDirectionMark(static_cast<UChar32>(c))) continue;
    UCharDirection d = u_charDirection(static_cast<UChar32>(c));
    bool r = d == U_RIGHT_TO_LEFT || d == U_RIGHT_TO_LEFT_ARABIC;
    anyRtl = anyRtl || r;
    if (!rtl && (r || d == U_LEFT_TO_RIGHT)) rtl = r;
  }
  if (!anyRtl || !rtl) return std::string(line);
  return (*rtl ? "\u202b" : "\u202a") + std::string(line) + "\u202c";
}

// A name's own line breaks become DOT's "\n" (a centred line break), so the
// label reads back as the name; tabs stay as they are.
std::string labelText(std::string_view s, bool drawing) {
  std::string clean = utf8::sanitize(s), lines, line;
  auto flush = [&] {
    lines += drawing ? directed(line) : line;
    line.clear();
  };
  for (size_t i = 0; i < clean.size(); ++i) {
    char c = clean[i];
    if (c == '\n') {
      flush();
      lines += '\n';
    } else if (c == '&' && startsEntity(clean, i)) {
      line += "&amp;";
    } else {
      line += c;
    }
  }
  flush();
  std::string out;
  for (char c : escapeGraphvizText(lines)) {
    if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

std::string nodeLabel(const NodeProps& n, bool drawing) {
  std::string label = labelText(n.label.empty() ? n.id : n.label, drawing);
  if (!n.labelAr.empty() && n.labelAr != n.label) label += "\\n" + labelText(n.labelAr, drawing);
  return label;
}

std::string edgeLabel(const EdgeProps& p) {
  std::string label = displayName(oneLine(p.relation));
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

LegendContent legendContent(const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  LegendContent out;
  std::set<std::pair<std::string, std::string>> kinds;
  std::set<std::string> relations;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    kinds.emplace(g[v].type, g[v].kind);
    out.outsideGazetteer = out.outsideGazetteer || !g[v].inGazetteer;
  }
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    relations.insert(g[e].relation);
    out.negated = out.negated || g[e].negated;
    out.symmetric = out.symmetric || g[e].symmetric;
    out.counted = out.counted || g[e].count > 1;
  }
  // The style table's order first (actors before places, relations by
  // family), then anything it does not know, sorted.
  for (const auto& k : kindStyles())
    if (kinds.erase({std::string(k.type), std::string(k.kind)})) out.kinds.emplace_back(k.type, k.kind);
  out.kinds.insert(out.kinds.end(), kinds.begin(), kinds.end());
  std::stable_sort(out.kinds.begin(), out.kinds.end(), [](const auto& a, const auto& b) {
    auto rank = [](const std::string& type) { return type == "actor" ? 0 : type == "location" ? 1 : 2; };
    return rank(a.first) < rank(b.first);
  });
  for (const auto& r : relationStyles())
    if (relations.erase(std::string(r.relation))) out.relations.emplace_back(r.relation);
  out.relations.insert(out.relations.end(), relations.begin(), relations.end());
  return out;
}

std::string unescapeGraphvizLabel(std::string_view s) {
  std::string text = unescapeGraphvizText(s), out;
  for (size_t i = 0; i < text.size(); ++i) {
    out += text[i];
    if (text.compare(i, 5, "&amp;") == 0) i += 4;
  }
  return out;
}

AgraphPtr buildAgraph(const KnowledgeGraph& kg, GraphvizSession& session, const DrawingOptions& drawing) {
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
  // Declared before any subgraph exists so clusters start unlabelled
  // (setting the root's label later also changes the default).
  Agsym_t* graphLabel = drawing.legend ? agattr(root, AGRAPH, cs("label"), cs("")) : nullptr;

  const Graph& kgGraph = kg.graph();
  ClusterTree tree = clusterNodes(kg, drawing.cluster);
  std::vector<Agraph_t*> clusters;
  for (size_t i = 0; i < tree.clusters.size(); ++i) {
    const auto& c = tree.clusters[i];
    // Graphviz draws a subgraph as a box only when its name starts with "cluster".
    Agraph_t* sub = agsubg(c.parent < 0 ? root : clusters[c.parent], cs("cluster_" + std::to_string(i)), 1);
    if (!sub) session.fail("cannot add a cluster");
    clusters.push_back(sub);
    set(sub, "label", labelText(oneLine(c.label), drawing.directed));
    set(sub, "labelloc", "t");
    set(sub, "labeljust", "l");
    set(sub, "fontsize", "10");
    set(sub, "fontcolor", "#555555");
    set(sub, "color", "#aaaaaa");
    set(sub, "style", drawing.cluster == ClusterBy::Kind ? "rounded,filled" : "rounded");
    set(sub, "fillcolor", "#f8f8f8");
    if (c.place) set(sub, "place", text(kgGraph[*c.place].id));
  }

  std::vector<Agnode_t*> nodes(boost::num_vertices(kgGraph), nullptr);
  for (auto v : boost::make_iterator_range(boost::vertices(kgGraph))) {
    const NodeProps& n = kgGraph[v];
    std::string name = text(n.id);
    if (name.empty()) session.fail("node " + std::to_string(v) + " has an empty id");
    Agnode_t* node = agnode(root, cs(name), 1);
    if (!node) session.fail("cannot add node \"" + name + "\"");
    nodes[v] = node;
    if (int c = tree.clusterOf[v]; c >= 0 && !agsubnode(clusters[c], node, 1))
      session.fail("cannot put node \"" + name + "\" in its cluster");

    set(node, "label", nodeLabel(n, drawing.directed));
    set(node, "shape", nodeShape(n.type));
    set(node, "style", nodeStyle(n.type, n.inGazetteer));
    set(node, "fillcolor", kindStyle(n.kind).fill);
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
    const char* color = relationStyle(p.relation).color;
    set(edge, "color", color);
    set(edge, "fontcolor", color);
    set(edge, "penwidth", penWidth(p.count));
    if (p.negated) set(edge, "style", "dashed");
    if (p.symmetric) set(edge, "dir", "none");
    if (std::string tip = edgeTooltip(p); !tip.empty()) set(edge, "tooltip", tip);
    set(edge, "relation", relation);
    set(edge, "count", std::to_string(p.count));
    set(edge, "symmetric", p.symmetric ? "true" : "false");
    set(edge, "negated", p.negated ? "true" : "false");
  }

  if (drawing.legend) {
    // An HTML-like label on the root graph rather than nodes: every layout
    // engine places it, and the graph's nodes stay exactly kg's nodes.
    char* legend = agstrdup_html(root, cs(legendHtml(legendContent(kg))));
    agxset(root, graphLabel, legend);
    agstrfree(root, legend);
    set(root, "labelloc", "b");
    set(root, "labeljust", "l");
    set(root, "fontsize", "10");
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
