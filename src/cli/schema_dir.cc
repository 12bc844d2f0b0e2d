#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "cli/commands.h"

namespace akg::cli {

std::string defaultSchemaDir() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("AKG_SCHEMA_DIR"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    // Installed (prefix/bin/akg -> prefix/share/akg/graph_schemas) or in a build tree.
    for (const fs::path& candidate : {exe.parent_path() / "../share/akg/graph_schemas",
                                      exe.parent_path() / "../graph_schemas",
                                      exe.parent_path() / "../../graph_schemas"}) {
      if (fs::exists(candidate / "ontology.json", ec)) return fs::weakly_canonical(candidate, ec).string();
    }
  }
  return AKG_SCHEMA_DIR;
}

}  // namespace akg::cli
