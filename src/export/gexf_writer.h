// GEXF 1.3 for Gephi. (Being written: see issue 5.)
#pragma once
#include <ostream>

#include "graph/knowledge_graph.h"

namespace akg {

struct GexfOptions {
  bool evidence = true;
};

void writeGexf(const KnowledgeGraph& kg, std::ostream& out, const GexfOptions& options = {});

}  // namespace akg
