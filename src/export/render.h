// Drawings of the graph (SVG, PNG, PDF) laid out and rendered by Graphviz
// gvc, from the same styled graph the DOT writer produces, plus clusters and
// a legend; or that drawing's DOT, ready for `dot`. Text is shaped by pango,
// so Arabic labels come out joined in PNG and PDF; SVG keeps them as text in
// a font family that has Arabic glyphs, for the viewer to shape.
#pragma once
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "export/clusters.h"
#include "export/export.h"
#include "graph/knowledge_graph.h"

namespace akg {

struct RenderOptions {
  std::string layout;            // Graphviz engine (dot, sfdp, neato, fdp, circo, twopi, ...);
                                 // empty = dot within both limits below, sfdp beyond
  size_t dotNodeLimit = 150;     // dot takes minutes on a few hundred nodes...
  size_t dotEdgeLimit = 300;     // ...and on dense graphs: 150 nodes/450 edges took 140 s
  ClusterBy cluster = ClusterBy::None;  // boxes by kind or by place (dot and fdp draw them)
  bool legend = true;            // a table of the kinds and relations drawn, under the graph
};

// Whether the engine draws clusters (sfdp, neato, circo, twopi ignore them).
bool layoutDrawsClusters(std::string_view engine);

// The engine render() uses for kg under options.
std::string chooseLayout(const KnowledgeGraph& kg, const RenderOptions& options);

// format is Format::Svg, Png, Pdf, or Dot (the styled graph with clusters,
// legend and the engine's settings, `layout=ENGINE` included, not laid out).
// Writes path ("-" = stdout) whole or not at all; throws akg::Error naming
// the path (unknown engine, layout or render failure, unwritable path).
void render(const KnowledgeGraph& kg, Format format, const std::filesystem::path& path,
            const RenderOptions& options = {});

}  // namespace akg
