// A self-contained interactive HTML viewer. (Being written: see issue 5.)
#pragma once
#include <ostream>

#include "graph/knowledge_graph.h"

namespace akg {

struct HtmlOptions {};

void writeHtml(const KnowledgeGraph& kg, std::ostream& out, const HtmlOptions& options = {});

}  // namespace akg
