// akg: actor-location knowledge graphs from English and Arabic news.
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"

namespace {

constexpr const char* kUsage = R"(akg - actor-location knowledge graphs from English and Arabic news

Usage: akg <command> [options] [args]

Commands:
  build     extract entities and relations from articles into one graph
  query     ask a graph written by `akg build` (show, neighbors, edges, path, where, who, ...)
  export    convert a built graph to other formats (GraphML, GEXF, Neo4j, Kùzu, RDF, GeoJSON, HTML, ...)
  render    draw a built graph (SVG, PNG, PDF) with filters, clusters and a legend
  lexicon   check the gazetteer and lexicons (`akg lexicon lint`)

Run `akg <command> --help` for the options of a command.
Exit codes: 0 success, 1 failure, 2 usage error.
)";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kUsage;
    return 2;
  }
  const std::string cmd = args.front();
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (cmd == "--help" || cmd == "-h" || cmd == "help") {
    std::cout << kUsage;
    return 0;
  }
  if (cmd == "--version") {
    std::cout << "akg " << AKG_VERSION_STRING << "\n";
    return 0;
  }
  try {
    if (cmd == "build") return akg::cli::runBuild(rest);
    if (cmd == "query") return akg::cli::runQuery(rest);
    if (cmd == "lexicon") return akg::cli::runLexicon(rest);
    if (cmd == "export") return akg::cli::runExport(rest);
    if (cmd == "render") return akg::cli::runRender(rest);
  } catch (const std::exception& e) {
    std::cerr << "akg " << cmd << ": " << e.what() << "\n";
    return 1;
  }
  std::cerr << "akg: unknown command '" << cmd << "'\n\n" << kUsage;
  return 2;
}
