// Kùzu: schema, CSVs for COPY FROM and the script that loads them.
// (Being written: see issue 5.)
#pragma once
#include <filesystem>

#include "graph/knowledge_graph.h"

namespace akg {

// Fills dir (a fresh, empty folder).
void writeKuzu(const KnowledgeGraph& kg, const std::filesystem::path& dir);

}  // namespace akg
