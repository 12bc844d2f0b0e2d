#include "cli/outputs.h"

#include "cli/args.h"

namespace akg::cli {

std::vector<std::pair<std::string, Format>> resolveOutputs(const OutputRequest& request, Format fallback) {
  std::vector<std::string> paths = request.paths;
  if (paths.empty()) paths.push_back("-");
  std::vector<std::pair<std::string, Format>> out;
  for (const auto& path : paths) {
    std::optional<Format> f = path == "-" ? std::nullopt : formatFromPath(path);
    if (!f) f = request.format;
    if (!f && path == "-") f = fallback;
    if (!f) throw UsageError("cannot tell the format of '" + path + "': use a known extension or -f");
    if (path == "-" && info(*f).directory)
      throw UsageError(std::string(toString(*f)) + " is a folder of files: give -o DIR");
    out.emplace_back(path, *f);
  }
  return out;
}

Format parseFormatOption(const std::string& value) {
  auto f = parseFormat(value);
  if (!f) throw UsageError("unknown format '" + value + "' (" + formatNames() + ")");
  return *f;
}

std::string formatsHelp() {
  std::string out = "Formats (-f NAME, or by the extension of -o FILE):\n";
  for (const auto& i : formats()) {
    std::string left = "  " + std::string(i.name);
    std::string exts;
    for (auto e : i.extensions) exts += (exts.empty() ? "" : " ") + std::string(".") + std::string(e);
    if (i.directory) exts = "-o DIR";
    left += std::string(left.size() < 12 ? 12 - left.size() : 1, ' ') + exts;
    left += std::string(left.size() < 28 ? 28 - left.size() : 1, ' ');
    out += left + std::string(i.what) + "\n";
  }
  return out;
}

}  // namespace akg::cli
