// `akg export`: convert a graph written by `akg build` (JSON or GraphML) into
// other formats without extracting again.
#include <iostream>

#include "base/error.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/outputs.h"
#include "query/graph_loader.h"

namespace akg::cli {

namespace {

constexpr const char* kExportUsage = R"(Usage: akg export GRAPH -o FILE [-o FILE...] [options]

Convert a graph written by `akg build` (.json, or .graphml) into other formats.
GRAPH may be "-" for stdin.

Options:
  -o, --output FILE      write to FILE, format by extension; repeatable; "-" = stdout
  -f, --format FMT       format for stdout, a folder format, or a FILE without a known extension
      --no-evidence      leave evidence sentences out
      --yed              GraphML: add yEd's node graphics
      --layout ENGINE    Graphviz layout for .svg/.png/.pdf (`akg render` has more drawing options)
  -h, --help             this help

Exit status: 0 when every output was written, 1 when the graph could not be
read or an output failed (the others are still written), 2 on a usage error.

)";

}  // namespace

int runExport(const std::vector<std::string>& argv) {
  std::string input;
  OutputRequest request;
  ExportOptions options;
  std::vector<std::pair<std::string, Format>> outputs;
  try {
    Args a(argv);
    while (!a.done()) {
      if (a.flag({"-h", "--help"})) {
        std::cout << kExportUsage << formatsHelp();
        return 0;
      }
      if (auto v = a.option({"-o", "--output"})) { request.paths.push_back(*v); continue; }
      if (auto v = a.option({"-f", "--format"})) { request.format = parseFormatOption(*v); continue; }
      if (auto v = a.option({"--layout"})) { options.layout = *v; continue; }
      if (a.flag({"--yed"})) { options.yed = true; continue; }
      if (a.flag({"--no-evidence"})) { options.evidence = false; continue; }
      if (a.peekIsOption() && a.peek() != "-") throw UsageError("unknown option '" + a.peek() + "'");
      if (!input.empty()) throw UsageError("one GRAPH at a time (got '" + input + "' and '" + a.peek() + "')");
      input = a.positional();
    }
    if (input.empty()) throw UsageError("no GRAPH given");
    if (request.paths.empty() && !request.format) throw UsageError("no -o FILE or -f FORMAT given");
    outputs = resolveOutputs(request, Format::Json);
  } catch (const UsageError& e) {
    // The formats list is long: point at it rather than bury the message.
    std::cerr << "akg export: " << e.what() << "\nRun `akg export --help` for the options and formats.\n";
    return 2;
  }
  std::unique_ptr<KnowledgeGraph> kg;
  try {
    kg = query::loadGraph(input);
  } catch (const Error& e) {
    std::cerr << "akg export: " << e.what() << "\n";
    return 1;
  }
  int status = 0;
  for (const auto& [path, format] : outputs) {
    try {
      exportGraph(*kg, format, path, options);
    } catch (const Error& e) {
      std::cerr << "akg export: " << e.what() << "\n";
      status = 1;
    }
  }
  return status;
}

}  // namespace akg::cli
