// The -o/-f pair shared by build, export and render: each -o FILE takes its
// format from its extension, else from -f; "-" is stdout.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "export/export.h"

namespace akg::cli {

struct OutputRequest {
  std::vector<std::string> paths;  // -o, in order
  std::optional<Format> format;    // -f
};

// Resolves each path's format. No -o: stdout as `fallback`. Throws UsageError
// for a path whose format cannot be told, or a folder format sent to stdout.
std::vector<std::pair<std::string, Format>> resolveOutputs(const OutputRequest& request, Format fallback);

// Parses -f's value; throws UsageError listing the known formats.
Format parseFormatOption(const std::string& value);

// The "Formats:" block of a command's --help.
std::string formatsHelp();

}  // namespace akg::cli
