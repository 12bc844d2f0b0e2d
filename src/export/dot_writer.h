// DOT through Graphviz cgraph: a styled, human-readable drawing of the graph
// that still carries machine-readable attributes (id, type, kind, relation,
// count, ...) so it can be read back. Also the one place akg touches
// Graphviz's global error state: every cgraph/gvc call runs under a
// GraphvizSession, which serialises them and turns errors into akg::Error.
#pragma once
#include <cstdio>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "export/clusters.h"
#include "export/graph_style.h"
#include "graph/knowledge_graph.h"

struct Agraph_s;  // Graphviz's Agraph_t
struct GVC_s;     // Graphviz's GVC_t

namespace akg {

// Holds the process-wide Graphviz lock for its lifetime and captures
// Graphviz's messages instead of letting them reach stderr. Graphviz keeps
// its error level and last message in globals and is not thread-safe, so at
// most one session exists at a time; others wait in the constructor. This
// class is the only holder of process-wide state in akg: the lock and the
// shared gvc context.
class GraphvizSession {
 public:
  // context prefixes every error message (usually the output path).
  explicit GraphvizSession(std::string context);
  ~GraphvizSession();
  GraphvizSession(const GraphvizSession&) = delete;
  GraphvizSession& operator=(const GraphvizSession&) = delete;

  // Throws akg::Error "<context>: <what>: <Graphviz message>" when Graphviz
  // reported an error since the session began or since the last check.
  void check(std::string_view what);
  // Throws akg::Error "<context>: <what>[: <last Graphviz message>]".
  [[noreturn]] void fail(std::string_view what);

  // The process's one gvc context (layout and render plugins), made on first
  // use and kept until exit. Freeing a context and making another is unsafe
  // in Graphviz 2.42: the pango plugin keeps, in a static, a pointer to a
  // font name owned by the first context, and compares against it after the
  // context is gone (a heap-use-after-free under AddressSanitizer).
  GVC_s* layoutContext();

 private:
  std::unique_lock<std::mutex> lock_;
  std::string context_;
  int previousLevel_;
};

struct AgraphDeleter {
  void operator()(Agraph_s* g) const;
};
using AgraphPtr = std::unique_ptr<Agraph_s, AgraphDeleter>;

// What a drawing adds to the styled graph. The defaults are the plain DOT
// export: every node and edge, nothing else.
struct DrawingOptions {
  ClusterBy cluster = ClusterBy::None;  // boxes around groups (clusters.h); drawn by dot and fdp only
  bool legend = false;                  // the root graph's label: an HTML-like table (graph_style.h)
  bool directed = false;                // wrap label lines holding Arabic in LRE/RLE ... PDF, so every
                                        // renderer draws them in their first letter's direction; for
                                        // drawings only: the labels no longer equal the names
};

// Builds the styled cgraph graph of kg (see EXPORT_FORMATS.md for the
// attributes). Call it, and use the result, inside one GraphvizSession.
AgraphPtr buildAgraph(const KnowledgeGraph& kg, GraphvizSession& session, const DrawingOptions& drawing = {});

// The kinds, relations and marks kg's drawing shows, for its legend.
LegendContent legendContent(const KnowledgeGraph& kg);

// Writes DOT to path ("-" = stdout), whole or not at all.
void writeDot(const KnowledgeGraph& kg, const std::filesystem::path& path);

// Doubles every backslash. The DOT writer applies it to every node name and
// attribute value: Graphviz reads \N, \n, \l, \G ... in labels as escapes,
// and cgraph cannot write a value that ends in a single backslash.
std::string escapeGraphvizText(std::string_view s);
// The inverse, for readers of any name or value akg wrote: "\\" -> "\",
// "\n" "\l" "\r" -> newline (only labels contain those).
std::string unescapeGraphvizText(std::string_view s);
// For labels (node and cluster `label`): the same, and "&amp;" -> "&". An
// ampersand that Graphviz would read as the start of an HTML entity is
// written as "&amp;", so that the label draws as the name.
std::string unescapeGraphvizLabel(std::string_view s);

}  // namespace akg
