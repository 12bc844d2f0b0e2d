// The subcommands of the akg CLI. Each parses its own arguments, prints data
// to stdout and diagnostics to stderr, and returns the exit code:
// 0 success, 1 failure (with a message naming what failed), 2 usage error.
#pragma once
#include <string>
#include <vector>

namespace akg::cli {

int runBuild(const std::vector<std::string>& args);
int runQuery(const std::vector<std::string>& args);
int runLexicon(const std::vector<std::string>& args);
int runExport(const std::vector<std::string>& args);
int runRender(const std::vector<std::string>& args);

// Directory of the graph_schemas akg uses when --schema is not given:
// $AKG_SCHEMA_DIR, else the one beside the executable, else the source tree's.
std::string defaultSchemaDir();

}  // namespace akg::cli
