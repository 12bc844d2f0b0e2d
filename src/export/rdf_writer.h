// RDF: N-Triples and Turtle in the akg namespace. (Being written: see issue 5.)
#pragma once
#include <ostream>

#include "graph/knowledge_graph.h"

namespace akg {

void writeNTriples(const KnowledgeGraph& kg, std::ostream& out);
void writeTurtle(const KnowledgeGraph& kg, std::ostream& out);

}  // namespace akg
