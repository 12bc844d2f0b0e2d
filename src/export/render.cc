#include "export/render.h"

#include <graphviz/gvc.h>

#include "base/atomic_file.h"
#include "base/error.h"
#include "export/dot_writer.h"

namespace akg {

namespace {

// Frees the layout before the graph is closed (declared after the graph in
// render(), so destroyed first).
class LayoutGuard {
 public:
  LayoutGuard(GVC_t* gvc, Agraph_t* g) : gvc_(gvc), g_(g) {}
  ~LayoutGuard() { gvFreeLayout(gvc_, g_); }
  LayoutGuard(const LayoutGuard&) = delete;
  LayoutGuard& operator=(const LayoutGuard&) = delete;

 private:
  GVC_t* gvc_;
  Agraph_t* g_;
};

void setGraph(Agraph_t* g, const char* name, const char* value) {
  agattr(g, AGRAPH, const_cast<char*>(name), const_cast<char*>(value));
}

}  // namespace

bool layoutDrawsClusters(std::string_view engine) { return engine == "dot" || engine == "fdp"; }

std::string chooseLayout(const KnowledgeGraph& kg, const RenderOptions& options) {
  if (!options.layout.empty()) return options.layout;
  return kg.nodeCount() <= options.dotNodeLimit && kg.edgeCount() <= options.dotEdgeLimit ? "dot" : "sfdp";
}

void render(const KnowledgeGraph& kg, Format format, const std::filesystem::path& path,
            const RenderOptions& options) {
  std::string context = path == "-" ? "stdout" : path.string();
  if (format != Format::Svg && format != Format::Png && format != Format::Pdf && format != Format::Dot)
    throw Error(context + ": cannot render " + std::string(toString(format)) + " (only svg, png, pdf and dot)");
  std::string engine = chooseLayout(kg, options);

  GraphvizSession session(context);
  AgraphPtr g = buildAgraph(kg, session,
                            DrawingOptions{.cluster = options.cluster,
                                           .legend = options.legend,
                                           .directed = format != Format::Dot});
  if (engine == "dot") {
    // Bound network simplex (ranking, x positions), which dominates on
    // graphs with long chains: random 120 nodes/360 edges took 55 s
    // unbounded, 12 s with these.
    setGraph(g.get(), "nslimit", "2");
    setGraph(g.get(), "nslimit1", "2");
  } else {
    // Force-directed engines overlap nodes unless told otherwise; prism is
    // fast and keeps the layout's shape. Straight edges: splines=true (or
    // curved, polyline) routing took 170-300 s on 500 nodes/1500 edges.
    setGraph(g.get(), "overlap", "prism");
    setGraph(g.get(), "splines", "line");
  }
  // 72 dpi (Graphviz's default) makes 9-11 pt labels hard to read in PNG.
  if (format == Format::Png) setGraph(g.get(), "dpi", "144");

  if (format == Format::Dot) {
    // `dot -Tsvg file.dot` then draws with the same engine akg would.
    setGraph(g.get(), "layout", engine.c_str());
    writeFileAtomicC(path, [&](std::FILE* out) {
      if (agwrite(g.get(), out) != 0) session.fail("cannot write DOT");
      session.check("writing DOT");
    });
    return;
  }

  // svg:core keeps labels as text (searchable, selectable); png and pdf go
  // through cairo and pango, which shape and join Arabic.
  const char* device = format == Format::Svg ? "svg:svg:core" : format == Format::Png ? "png:cairo" : "pdf:cairo";
  GVC_t* gvc = session.layoutContext();
  if (gvLayout(gvc, g.get(), engine.c_str()) != 0) session.fail("layout \"" + engine + "\" failed");
  LayoutGuard layout(gvc, g.get());
  session.check("layout \"" + engine + "\"");

  writeFileAtomicC(path, [&](std::FILE* out) {
    if (gvRender(gvc, g.get(), device, out) != 0)
      session.fail("cannot render " + std::string(toString(format)));
    session.check("rendering " + std::string(toString(format)));
  });
}

}  // namespace akg
