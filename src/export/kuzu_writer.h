// Kùzu: a folder with schema.cypher (node tables Actor and Location, one rel
// table per relation with a FROM/TO pair for each endpoint-type pair that
// occurs), one CSV per table and pair, load.cypher (COPY FROM each CSV, paths
// relative to the folder) and README.md. Layout: EXPORT_FORMATS.md, "Kùzu".
#pragma once
#include <filesystem>

#include "graph/knowledge_graph.h"

namespace akg {

// Fills dir (a fresh, empty folder). Throws akg::Error when a relation name
// cannot be a Kùzu table name (not [A-Za-z_][A-Za-z0-9_]*, or the same as
// another table's name but for case).
void writeKuzu(const KnowledgeGraph& kg, const std::filesystem::path& dir);

}  // namespace akg
