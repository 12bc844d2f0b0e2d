// A self-contained interactive HTML viewer: one page with the graph as JSON
// inside a <script type="application/json"> element and a small plain-JS
// viewer (force layout on SVG, search, filters, evidence panel). The page
// makes no network requests; its Content-Security-Policy forbids them.
#pragma once
#include <ostream>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace akg {

struct HtmlOptions {
  std::string title = "akg knowledge graph";  // <title> and page heading
  bool evidence = true;                        // embed evidence sentences (false: panels show none)
};

void writeHtml(const KnowledgeGraph& kg, std::ostream& out, const HtmlOptions& options = {});

// JSON text made safe inside a <script> element: '<', '>', '&', U+2028 and
// U+2029 become \u escapes. Only valid on JSON text, where those characters
// can occur only inside strings, so the value JSON.parse returns is unchanged.
std::string escapeJsonForScript(std::string_view json);

}  // namespace akg
