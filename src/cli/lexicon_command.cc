// `akg lexicon`: checks and summaries of graph_schemas/.
#include <iostream>

#include "base/error.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "lexicon/lexicon.h"

namespace akg::cli {

namespace {
constexpr const char* kLexiconUsage = R"(Usage: akg lexicon lint [--schema DIR]
       akg lexicon stats [--schema DIR]

lint   check the ontology, gazetteer, language files and relation rules;
       prints one line per problem (file:line:col: message), exit 1 if any
stats  counts of entities by kind, relation rules and trigger phrases
)";
}  // namespace

int runLexicon(const std::vector<std::string>& argv) {
  std::string sub, schema;
  try {
    Args a(argv);
    while (!a.done()) {
      if (a.flag({"-h", "--help"})) { std::cout << kLexiconUsage; return 0; }
      if (auto v = a.option({"--schema"})) { schema = *v; continue; }
      if (a.peekIsOption()) throw UsageError("unknown option '" + a.peek() + "'");
      if (!sub.empty()) throw UsageError("unexpected argument '" + a.peek() + "'");
      sub = a.positional();
    }
    if (sub != "lint" && sub != "stats") throw UsageError(sub.empty() ? "missing subcommand" : "unknown subcommand '" + sub + "'");
  } catch (const UsageError& e) {
    std::cerr << "akg lexicon: " << e.what() << "\n\n" << kLexiconUsage;
    return 2;
  }
  if (schema.empty()) schema = defaultSchemaDir();
  if (sub == "lint") {
    auto problems = Lexicon::lint(schema);
    for (const auto& p : problems) std::cout << p << "\n";
    if (problems.empty()) {
      std::cerr << "akg lexicon: " << schema << ": no problems\n";
      return 0;
    }
    std::cerr << "akg lexicon: " << problems.size() << " problems\n";
    return 1;
  }
  Lexicon lx = Lexicon::load(schema);
  std::map<std::string, int> kinds;
  for (const auto& e : lx.entities()) kinds[std::string(toString(e.type)) + "/" + e.kind]++;
  std::cout << "schema\t" << schema << "\nentities\t" << lx.entities().size() << "\n";
  for (const auto& [k, n] : kinds) std::cout << "  " << k << "\t" << n << "\n";
  std::cout << "relation rules\t" << lx.rules().size() << "\nphrases in trie\t" << lx.trie().phraseCount() << "\n";
  return 0;
}

}  // namespace akg::cli
