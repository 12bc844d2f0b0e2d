// Neo4j: a folder for `neo4j-admin database import full` (nodes.csv,
// relationships.csv, import.sh with the exact command, load.cypher), and the
// same graph as one Cypher script of MERGE statements for a running server.
// Columns, labels and escaping: graph_schemas/schema/EXPORT_FORMATS.md, "Neo4j".
#pragma once
#include <filesystem>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace akg {

// Fills dir (a fresh, empty folder) with the import CSVs and scripts.
void writeNeo4jImport(const KnowledgeGraph& kg, const std::filesystem::path& dir);
// MERGE statements for a running server (also dir/load.cypher above).
void writeCypher(const KnowledgeGraph& kg, std::ostream& out);

// A Cypher string literal: single quotes, backslash escapes for \ ' " newline
// tab and carriage return, every other character as is (text sanitized).
std::string cypherString(std::string_view text);
// A label, relationship type or key in backticks, a backtick doubled.
std::string cypherName(std::string_view name);

}  // namespace akg
