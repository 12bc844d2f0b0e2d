// `akg build`: articles in, one knowledge graph out (and optionally one graph
// per article). Reading is sequential, extraction runs on a pool of threads
// (each with its own Extractor), merging follows input order so the output
// does not depend on the thread count.
#include <atomic>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <thread>

#include "base/error.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/outputs.h"
#include "export/export.h"
#include "extract/extractor.h"
#include "graph/merge.h"
#include "ingest/reader.h"
#include "lexicon/lexicon.h"

namespace akg::cli {

namespace {

constexpr const char* kBuildUsage = R"(Usage: akg build [options] ARTICLES...

Extract actors, locations and the relations between them from English and
Arabic news articles into one knowledge graph.

ARTICLES are files or directories (searched recursively for *.txt and *.jsonl)
or "-" for stdin (JSON Lines when the first byte is '{', else one article).
A text article may start with a " date YYYY-MM-DD" header. JSON Lines hold
one article a line: {"id": "...", "text": "...", "date": "YYYY-MM-DD", "lang": "en|ar"}.

Options:
  -o, --output FILE      write the graph to FILE; the format comes from the extension
                         (see Formats below); repeatable; "-" or no -o writes JSON to stdout
  -f, --format FMT       format for stdout or for a FILE without a known extension
      --per-article DIR  also write one JSON graph per article: DIR/<article id>.json
      --schema DIR       graph_schemas directory (default: the one bundled with akg)
  -j, --threads N        extraction threads (default: all cores)
      --keep-negated     keep negated or threatened relations, flagged "negated": true
      --no-evidence      leave evidence sentences out of JSON/GraphML
      --explain          print what was recognised in each sentence to stderr
      --yed              GraphML: add yEd's node graphics (y:ShapeNode labels)
      --layout ENGINE    Graphviz layout for .svg/.png/.pdf (default: dot, sfdp above 150 nodes)
  -q, --quiet            no progress or summary on stderr
  -h, --help             this help

Exit status: 0 when every article was read; 1 when some input was bad (it is
reported and skipped, the others still make the graph) or an output failed;
2 on a usage error.

)";

struct BuildOptions {
  std::vector<std::string> inputs;
  std::vector<std::pair<std::string, Format>> outputs;  // path, format
  std::string perArticleDir;
  std::string schemaDir;                                // empty = defaultSchemaDir()
  unsigned threads = 0;                                 // 0 = hardware concurrency
  bool quiet = false;
  ExtractOptions extract;
  ExportOptions exportOptions;
};

BuildOptions parseBuild(const std::vector<std::string>& argv, bool& help) {
  BuildOptions o;
  OutputRequest request;
  Args a(argv);
  while (!a.done()) {
    if (a.flag({"-h", "--help"})) { help = true; return o; }
    if (auto v = a.option({"-o", "--output"})) { request.paths.push_back(*v); continue; }
    if (auto v = a.option({"-f", "--format"})) { request.format = parseFormatOption(*v); continue; }
    if (auto v = a.option({"--per-article"})) { o.perArticleDir = *v; continue; }
    if (auto v = a.option({"--schema"})) { o.schemaDir = *v; continue; }
    if (auto v = a.option({"-j", "--threads"})) { o.threads = static_cast<unsigned>(parseInt(*v, "--threads", 1, 256)); continue; }
    if (auto v = a.option({"--layout"})) { o.exportOptions.layout = *v; continue; }
    if (a.flag({"--keep-negated"})) { o.extract.keepNegated = true; continue; }
    if (a.flag({"--explain"})) { o.extract.explain = true; continue; }
    if (a.flag({"--yed"})) { o.exportOptions.yed = true; continue; }
    if (a.flag({"--no-evidence"})) { o.exportOptions.evidence = false; continue; }
    if (a.flag({"-q", "--quiet"})) { o.quiet = true; continue; }
    if (a.done()) break;
    if (a.peekIsOption() && a.peek() != "-") throw UsageError("unknown option '" + a.peek() + "'");
    o.inputs.push_back(a.positional());
  }
  if (o.inputs.empty()) throw UsageError("no ARTICLES given");
  o.outputs = resolveOutputs(request, Format::Json);
  return o;
}

std::string perArticleName(const std::string& id) {
  std::string out;
  for (char c : id) out += (c == '/' || c == '\\' || c == ':' || c == '\0') ? '_' : c;
  return out.empty() ? "article" : out;
}

}  // namespace

int runBuild(const std::vector<std::string>& argv) {
  bool help = false;
  BuildOptions o;
  try {
    o = parseBuild(argv, help);
  } catch (const UsageError& e) {
    std::cerr << "akg build: " << e.what() << "\n\n" << kBuildUsage << formatsHelp();
    return 2;
  }
  if (help) {
    std::cout << kBuildUsage << formatsHelp();
    return 0;
  }
  const std::string schema = o.schemaDir.empty() ? defaultSchemaDir() : o.schemaDir;
  Lexicon lexicon = Lexicon::load(schema);

  size_t problemsSeen = 0;
  ProblemSink report = [&](const InputProblem& p) {
    ++problemsSeen;
    std::cerr << "akg build: " << p.text() << " (skipped)\n";
  };
  auto files = expandInputs(o.inputs, report);

  unsigned threads = o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::unique_ptr<Extractor>> extractors;
  for (unsigned t = 0; t < threads; ++t) extractors.push_back(std::make_unique<Extractor>(lexicon, o.extract));

  KnowledgeGraph kg;
  size_t articles = 0, bytes = 0, outputsFailed = 0;
  auto started = std::chrono::steady_clock::now();
  auto lastProgress = started;
  std::vector<Article> batch;
  const size_t kBatch = 512;

  auto flush = [&]() {
    std::vector<ArticleGraph> graphs(batch.size());
    std::atomic<size_t> next{0};
    auto work = [&](Extractor& ex) {
      for (size_t i = next++; i < batch.size(); i = next++) graphs[i] = ex.extract(batch[i]);
    };
    if (threads == 1 || batch.size() == 1) {
      work(*extractors[0]);
    } else {
      std::vector<std::thread> pool;
      for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work, std::ref(*extractors[t]));
      for (auto& th : pool) th.join();
    }
    for (size_t i = 0; i < graphs.size(); ++i) {
      if (!graphs[i].trace.empty()) std::cerr << "== " << graphs[i].articleId << "\n" << graphs[i].trace;
      mergeArticle(kg, graphs[i], lexicon);
      if (!o.perArticleDir.empty()) {
        auto path = std::filesystem::path(o.perArticleDir) / (perArticleName(graphs[i].articleId) + ".json");
        try {
          exportGraph(articleGraph(graphs[i], lexicon), Format::Json, path, o.exportOptions);
        } catch (const Error& e) {
          std::cerr << "akg build: " << e.what() << "\n";
          ++outputsFailed;
        }
      }
      ++articles;
      bytes += batch[i].text.size();
    }
    batch.clear();
    auto now = std::chrono::steady_clock::now();
    if (!o.quiet && now - lastProgress > std::chrono::seconds(2)) {
      double secs = std::chrono::duration<double>(now - started).count();
      std::cerr << "akg build: " << articles << " articles, " << bytes / 1048576.0 << " MB, "
                << static_cast<int>(articles / secs) << " articles/s\n";
      lastProgress = now;
    }
  };

  for (const auto& f : files) {
    readInput(f, [&](Article&& a) {
      batch.push_back(std::move(a));
      if (batch.size() >= kBatch) flush();
    }, report);
  }
  if (!batch.empty()) flush();
  finalizeLabels(kg);

  if (articles == 0) {
    std::cerr << "akg build: no article could be read\n";
    return 1;
  }
  for (const auto& [path, format] : o.outputs) {
    try {
      exportGraph(kg, format, path, o.exportOptions);
    } catch (const Error& e) {
      std::cerr << "akg build: " << e.what() << "\n";
      ++outputsFailed;
    }
  }
  if (!o.quiet) {
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cerr << "akg build: " << articles << " articles (" << bytes << " bytes) -> " << kg.nodeCount()
              << " nodes, " << kg.edgeCount() << " edges in " << secs << " s";
    if (problemsSeen) std::cerr << "; " << problemsSeen << " input problems";
    std::cerr << "\n";
  }
  return problemsSeen || outputsFailed ? 1 : 0;
}

}  // namespace akg::cli
