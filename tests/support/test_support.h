// Helpers shared by the akg tests: temporary directories, running the built
// binary, and one bundled Lexicon loaded once per test process (loading the
// whole graph_schemas/ takes long enough that every case should not repeat it).
#pragma once
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/article_graph.h"
#include "extract/extractor.h"
#include "ingest/article.h"
#include "lexicon/lexicon.h"

namespace akg::test {

namespace fs = std::filesystem;

// A fresh directory under the system temp dir, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    for (int attempt = 0; attempt < 100; ++attempt) {
      auto p = fs::temp_directory_path() /
               ("akg-test-" + std::to_string(::getpid()) + "-" + std::to_string(rd() % 100000000));
      std::error_code ec;
      if (fs::create_directory(p, ec)) { path_ = p; return; }
    }
    throw std::runtime_error("cannot create a temporary directory");
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

inline void writeBytes(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

inline std::string readBytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Every entry of a directory (file names only), sorted.
inline std::vector<std::string> listDir(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

inline std::string shellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

struct RunResult {
  int code = -1;
  std::string out, err;
};

// Runs a shell command line, capturing stdout and stderr through files.
inline RunResult runShell(const std::string& command) {
  TempDir tmp;
  auto outPath = tmp / "stdout", errPath = tmp / "stderr";
  std::string full = "( " + command + " ) >" + shellQuote(outPath.string()) + " 2>" + shellQuote(errPath.string());
  int status = std::system(full.c_str());
  RunResult r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = readBytes(outPath);
  r.err = readBytes(errPath);
  return r;
}

inline std::string akgBinary() { return AKG_BINARY; }

// `akg ARGS...` with each argument quoted.
inline RunResult runAkg(const std::vector<std::string>& args, const std::string& stdinFrom = {}) {
  std::string cmd = shellQuote(akgBinary());
  for (const auto& a : args) cmd += " " + shellQuote(a);
  if (!stdinFrom.empty()) cmd += " <" + shellQuote(stdinFrom);
  return runShell("AKG_SCHEMA_DIR=" + shellQuote(AKG_SCHEMA_DIR) + " " + cmd);
}

// The bundled graph_schemas, loaded once for the whole test process.
inline const Lexicon& bundledLexicon() {
  static const Lexicon lexicon = Lexicon::load(AKG_SCHEMA_DIR);
  return lexicon;
}

inline Article makeArticle(const std::string& text, const std::string& id = "t") {
  Article a;
  a.id = id;
  a.path = id + ".txt";
  a.text = text;
  a.bodyBegin = parseDateHeader(a.text, a.date);
  a.lang = detectLanguage(a.text);
  return a;
}

// Extraction of one in-memory article against the bundled lexicon.
inline ArticleGraph extractText(const std::string& text, ExtractOptions options = {}) {
  Extractor extractor(bundledLexicon(), options);
  return extractor.extract(makeArticle(text));
}

using Triple = std::tuple<std::string, std::string, std::string>;  // source, relation, target

inline std::set<std::string> nodeIds(const ArticleGraph& g) {
  std::set<std::string> out;
  for (const auto& n : g.nodes) out.insert(n.id);
  return out;
}

inline std::set<Triple> edgeTriples(const ArticleGraph& g) {
  std::set<Triple> out;
  for (const auto& e : g.edges) out.insert({e.source, e.relation, e.target});
  return out;
}

inline const ArticleNode* findNode(const ArticleGraph& g, const std::string& id) {
  for (const auto& n : g.nodes)
    if (n.id == id) return &n;
  return nullptr;
}

// "a -rel-> b; c -rel-> d" for failure messages.
inline std::string describe(const std::set<Triple>& edges) {
  std::string out;
  for (const auto& [s, r, t] : edges) out += (out.empty() ? "" : "; ") + s + " -" + r + "-> " + t;
  return out.empty() ? "(no edges)" : out;
}

inline std::string describe(const std::set<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out.empty() ? "(none)" : out;
}

// Whether the edge is present, reading symmetric relations in both directions.
inline bool hasEdge(const std::set<Triple>& edges, const Triple& t) {
  if (edges.count(t)) return true;
  const auto& [s, r, x] = t;
  static const std::set<std::string> kSymmetric{"clashed_with", "agreement_with", "met_with"};
  return kSymmetric.count(r) && edges.count({x, r, s});
}

// Any edge between a and b with this relation, in either direction.
inline bool hasAnyEdgeBetween(const std::set<Triple>& edges, const std::string& a, const std::string& b) {
  for (const auto& [s, r, t] : edges)
    if ((s == a && t == b) || (s == b && t == a)) return true;
  return false;
}

// The id of the node one of whose aliases or label folds to `name`, or empty.
inline std::string nodeNamed(const ArticleGraph& g, const std::string& name) {
  const auto& n = bundledLexicon().normalizer();
  std::string want = n.fold(name);
  for (const auto& node : g.nodes) {
    if (n.fold(node.label) == want) return node.id;
    for (const auto& a : node.aliases)
      if (n.fold(a) == want) return node.id;
  }
  return {};
}

// Expected node or edge ends are gazetteer ids, or "@Name" for a node found
// by name (names outside the gazetteer get a generated id).
inline std::string resolveId(const ArticleGraph& g, const std::string& ref) {
  if (ref.empty() || ref[0] != '@') return ref;
  std::string id = nodeNamed(g, ref.substr(1));
  return id.empty() ? ref + " (no such node)" : id;
}

// What one text should give: these nodes and edges at least, never the
// absent edges. Compared as sets.
struct Expectation {
  std::string text;
  std::vector<std::string> nodes;
  std::vector<Triple> edges;
  std::vector<Triple> absent = {};
};

inline void checkExtraction(const Expectation& x, ExtractOptions options = {}) {
  ArticleGraph g = extractText(x.text, options);
  auto actualNodes = nodeIds(g);
  auto actualEdges = edgeTriples(g);
  INFO("text: " << x.text);
  INFO("nodes: " << describe(actualNodes));
  INFO("edges: " << describe(actualEdges));
  for (const auto& n : x.nodes) {
    std::string id = resolveId(g, n);
    INFO("expected node " << n << " = " << id);
    CHECK(actualNodes.count(id) == 1);
  }
  for (const auto& [s, r, t] : x.edges) {
    Triple want{resolveId(g, s), r, resolveId(g, t)};
    INFO("expected edge " << describe(std::set<Triple>{want}));
    CHECK(hasEdge(actualEdges, want));
  }
  for (const auto& [s, r, t] : x.absent) {
    Triple unwanted{resolveId(g, s), r, resolveId(g, t)};
    INFO("forbidden edge " << describe(std::set<Triple>{unwanted}));
    CHECK_FALSE(hasEdge(actualEdges, unwanted));
  }
}

// The directory beside the repository holding the shared corpus and scorer.
inline fs::path sharedDir() { return fs::path(AKG_SOURCE_DIR).parent_path() / "shared"; }

}  // namespace akg::test
