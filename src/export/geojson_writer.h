// GeoJSON: located nodes as points. (Being written: see issue 5.)
#pragma once
#include <ostream>

#include "graph/knowledge_graph.h"

namespace akg {

void writeGeoJson(const KnowledgeGraph& kg, std::ostream& out);

}  // namespace akg
