// Node-link JSON, the format of graph_schemas/schema/graph.schema.json.
#pragma once
#include <ostream>

#include "graph/knowledge_graph.h"

namespace akg {

struct JsonOptions {
  bool pretty = true;          // indented output (false: one line)
  bool evidence = true;        // include evidence sentences on edges
};

void writeJson(const KnowledgeGraph& kg, std::ostream& out, const JsonOptions& options = {});

}  // namespace akg
