// `akg render`: draw a built graph with Graphviz. (Filters, clusters and the
// legend are being written: see issue 5.)
#include <iostream>

#include "base/error.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/outputs.h"
#include "export/render.h"
#include "query/graph_loader.h"

namespace akg::cli {

namespace {

constexpr const char* kRenderUsage = R"(Usage: akg render GRAPH -o FILE [options]

Draw a graph written by `akg build` as SVG, PNG, PDF or styled DOT.

Options:
  -o, --output FILE      .svg .png .pdf .dot; repeatable
      --layout ENGINE    dot, sfdp, neato, circo, ... (default: dot, sfdp above 150 nodes)
  -h, --help             this help
)";

}  // namespace

int runRender(const std::vector<std::string>& argv) {
  std::string input;
  OutputRequest request;
  RenderOptions options;
  std::vector<std::pair<std::string, Format>> outputs;
  try {
    Args a(argv);
    while (!a.done()) {
      if (a.flag({"-h", "--help"})) {
        std::cout << kRenderUsage;
        return 0;
      }
      if (auto v = a.option({"-o", "--output"})) { request.paths.push_back(*v); continue; }
      if (auto v = a.option({"--layout"})) { options.layout = *v; continue; }
      if (a.peekIsOption() && a.peek() != "-") throw UsageError("unknown option '" + a.peek() + "'");
      if (!input.empty()) throw UsageError("one GRAPH at a time");
      input = a.positional();
    }
    if (input.empty()) throw UsageError("no GRAPH given");
    if (request.paths.empty()) throw UsageError("no -o FILE given");
    outputs = resolveOutputs(request, Format::Svg);
  } catch (const UsageError& e) {
    std::cerr << "akg render: " << e.what() << "\n\n" << kRenderUsage;
    return 2;
  }
  std::unique_ptr<KnowledgeGraph> kg;
  try {
    kg = query::loadGraph(input);
  } catch (const Error& e) {
    std::cerr << "akg render: " << e.what() << "\n";
    return 1;
  }
  int status = 0;
  for (const auto& [path, format] : outputs) {
    try {
      render(*kg, format, path, options);
    } catch (const Error& e) {
      std::cerr << "akg render: " << e.what() << "\n";
      status = 1;
    }
  }
  return status;
}

}  // namespace akg::cli
