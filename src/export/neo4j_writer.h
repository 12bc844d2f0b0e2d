// Neo4j: a folder for `neo4j-admin database import` and a Cypher script.
// (Being written: see issue 5.)
#pragma once
#include <filesystem>
#include <ostream>

#include "graph/knowledge_graph.h"

namespace akg {

// Fills dir (a fresh, empty folder) with the import CSVs and scripts.
void writeNeo4jImport(const KnowledgeGraph& kg, const std::filesystem::path& dir);
// MERGE statements for a running server.
void writeCypher(const KnowledgeGraph& kg, std::ostream& out);

}  // namespace akg
