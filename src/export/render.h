// Drawings of the graph (SVG, PNG) laid out and rendered by Graphviz gvc,
// from the same styled graph the DOT writer produces. Text is shaped by
// pango, so Arabic labels come out joined in PNG; SVG keeps them as text in
// a font family that has Arabic glyphs.
#pragma once
#include <cstddef>
#include <filesystem>
#include <string>

#include "export/export.h"
#include "graph/knowledge_graph.h"

namespace akg {

struct RenderOptions {
  std::string layout;            // Graphviz engine (dot, sfdp, neato, fdp, circo, twopi, ...);
                                 // empty = dot within both limits below, sfdp beyond
  size_t dotNodeLimit = 150;     // dot takes minutes on a few hundred nodes...
  size_t dotEdgeLimit = 300;     // ...and on dense graphs: 150 nodes/450 edges took 140 s
};

// The engine render() uses for kg under options.
std::string chooseLayout(const KnowledgeGraph& kg, const RenderOptions& options);

// format is Format::Svg or Format::Png. Writes path ("-" = stdout) whole or
// not at all; throws akg::Error naming the path (unknown engine, layout or
// render failure, unwritable path).
void render(const KnowledgeGraph& kg, Format format, const std::filesystem::path& path,
            const RenderOptions& options = {});

}  // namespace akg
