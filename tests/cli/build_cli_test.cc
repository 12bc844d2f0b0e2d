// `akg build` as a user runs it: the built binary through the shell, checking
// exit codes, stdout/stderr and the files it writes.
#include <catch2/catch.hpp>

#include "../support/test_support.h"
#include "base/json_file.h"

using namespace akg;
using namespace akg::test;

namespace {

const char* kEnglishArticle = " date 2025-11-20\nThe RSF seized El Fasher on Sunday. Clashes between the SAF and the RSF continued near Tawila.\n";
const char* kArabicArticle = " date 2025-11-21\nانسحبت قسد من حيي الأشرفية والشيخ مقصود في مدينة حلب.\n";

std::set<std::string> jsonNodeIds(const std::string& json) {
  auto doc = parseJson(json, "output");
  std::set<std::string> out;
  for (const auto& n : doc["nodes"].GetArray()) out.insert(n["id"].GetString());
  return out;
}

std::set<std::string> articleIds(const std::string& json) {
  auto doc = parseJson(json, "output");
  std::set<std::string> out;
  for (const auto& a : doc["graph"]["articles"].GetArray()) out.insert(a["id"].GetString());
  return out;
}

std::string runInfo(const RunResult& r) {
  return "exit " + std::to_string(r.code) + "\nstdout: " + r.out.substr(0, 2000) + "\nstderr: " + r.err.substr(0, 2000);
}

}  // namespace

TEST_CASE("akg --help prints usage on stdout and exits 0", "[cli]") {
  for (const char* flag : {"--help", "-h", "help"}) {
    auto r = runAkg({flag});
    INFO(flag << "\n" << runInfo(r));
    CHECK(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("Usage: akg <command>"));
    CHECK_THAT(r.out, Catch::Contains("build"));
    CHECK(r.err.empty());
  }
}

TEST_CASE("akg build --help prints the build options on stdout and exits 0", "[cli]") {
  auto r = runAkg({"build", "--help"});
  INFO(runInfo(r));
  CHECK(r.code == 0);
  CHECK_THAT(r.out, Catch::StartsWith("Usage: akg build"));
  CHECK_THAT(r.out, Catch::Contains("--per-article"));
  CHECK_THAT(r.out, Catch::Contains("--output"));
  CHECK(r.err.empty());
}

TEST_CASE("usage errors go to stderr with exit 2", "[cli][errors]") {
  TempDir dir;
  auto article = dir / "a.txt";
  writeBytes(article, kEnglishArticle);
  struct Case {
    const char* what;
    std::vector<std::string> args;
    std::string message;
  };
  const std::vector<Case> cases{
      {"no command", {}, "Usage: akg <command>"},
      {"unknown command", {"frobnicate"}, "akg: unknown command 'frobnicate'"},
      {"build without articles", {"build"}, "akg build: no ARTICLES given"},
      {"unknown option", {"build", "--frobnicate", article.string()}, "akg build: unknown option '--frobnicate'"},
      {"unknown format", {"build", "-f", "xls", article.string()}, "akg build: unknown format 'xls'"},
      {"output without a known extension", {"build", "-o", (dir / "graph.out").string(), article.string()},
       "cannot tell the format of"},
      {"option without its value", {"build", article.string(), "-o"}, "option -o needs a value"},
      {"threads out of range", {"build", "-j", "0", article.string()}, "--threads needs a whole number"},
  };
  for (const auto& c : cases) {
    auto r = runAkg(c.args);
    INFO(c.what << "\n" << runInfo(r));
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK_THAT(r.err, Catch::Contains(c.message));
  }
  // No output file was started.
  CHECK_FALSE(fs::exists(dir / "graph.out"));
}

TEST_CASE("akg build reads stdin with - and writes to stdout", "[cli]") {
  TempDir dir;
  auto article = dir / "a.txt";
  writeBytes(article, kEnglishArticle);
  SECTION("JSON by default") {
    auto r = runShell("cat " + shellQuote(article.string()) + " | AKG_SCHEMA_DIR=" + shellQuote(AKG_SCHEMA_DIR) +
                      " " + shellQuote(akgBinary()) + " build -q -");
    INFO(runInfo(r));
    REQUIRE(r.code == 0);
    auto ids = jsonNodeIds(r.out);
    CHECK(ids.count("rsf") == 1);
    CHECK(ids.count("el_fasher") == 1);
    CHECK(articleIds(r.out) == std::set<std::string>{"stdin"});
    CHECK(r.err.empty());
  }
  SECTION("DOT with -f dot, read back by Graphviz") {
    auto r = runShell("cat " + shellQuote(article.string()) + " | AKG_SCHEMA_DIR=" + shellQuote(AKG_SCHEMA_DIR) +
                      " " + shellQuote(akgBinary()) + " build - -f dot");
    INFO(runInfo(r));
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("digraph"));
    CHECK_THAT(r.out, Catch::Contains("el_fasher"));
    // Progress and the summary go to stderr, never into the data.
    CHECK_FALSE(r.err.empty());
    CHECK_THAT(r.out, !Catch::Contains("akg build:"));
    auto dotFile = dir / "g.dot";
    writeBytes(dotFile, r.out);
    auto parsed = runShell("dot -Tcanon " + shellQuote(dotFile.string()));
    INFO(parsed.err);
    CHECK(parsed.code == 0);
  }
  SECTION("JSON Lines on stdin") {
    auto lines = dir / "in.jsonl";
    writeBytes(lines, "{\"id\": \"one\", \"text\": \"The RSF seized El Fasher.\"}\n"
                      "{\"id\": \"two\", \"text\": \"Hezbollah withdrew from the Litani area.\"}\n");
    auto r = runAkg({"build", "-q", "-"}, lines.string());
    INFO(runInfo(r));
    REQUIRE(r.code == 0);
    CHECK(articleIds(r.out) == std::set<std::string>{"one", "two"});
  }
}

TEST_CASE("several -o outputs are written, each in the format of its extension", "[cli][export]") {
  TempDir dir;
  auto article = dir / "a.txt";
  writeBytes(article, kEnglishArticle);
  auto out = dir / "out";
  auto r = runAkg({"build", "-q", article.string(), "-o", (out / "g.json").string(), "-o", (out / "g.dot").string(),
                   "-o", (out / "g.graphml").string(), "-o", (out / "g.gv").string(), "-o",
                   (out / "g.csv").string()});
  INFO(runInfo(r));
  REQUIRE(r.code == 0);
  CHECK(r.out.empty());  // nothing to stdout when every output is a file
  auto json = readBytes(out / "g.json");
  CHECK(jsonNodeIds(json).count("rsf") == 1);
  CHECK_THAT(readBytes(out / "g.dot"), Catch::Contains("digraph"));
  CHECK_THAT(readBytes(out / "g.gv"), Catch::Contains("digraph"));
  CHECK_THAT(readBytes(out / "g.graphml"), Catch::Contains("<graphml"));
  CHECK(fs::exists(out / "g_nodes.csv"));
  CHECK(fs::exists(out / "g_edges.csv"));
  // No temporary files are left behind.
  for (const auto& name : listDir(out)) CHECK_THAT(name, !Catch::Contains(".tmp"));
  auto xml = runShell("xmllint --noout " + shellQuote((out / "g.graphml").string()));
  INFO(xml.err);
  CHECK(xml.code == 0);
}

TEST_CASE("akg build --per-article DIR writes DIR/<stem>.json for every article", "[cli]") {
  TempDir dir;
  writeBytes(dir / "in/en_fasher.txt", kEnglishArticle);
  writeBytes(dir / "in/sub/ar_aleppo.txt", kArabicArticle);
  writeBytes(dir / "in/feed.jsonl", "{\"id\": \"line-a\", \"text\": \"The Houthis attacked Marib.\"}\n"
                                    "{\"text\": \"Hezbollah withdrew from the Litani area.\"}\n");
  auto per = dir / "per";
  auto r = runAkg({"build", "-q", "--per-article", per.string(), "-o", (dir / "all.json").string(),
                   (dir / "in").string()});
  INFO(runInfo(r));
  REQUIRE(r.code == 0);
  CHECK(listDir(per) == std::vector<std::string>{"ar_aleppo.json", "en_fasher.json", "feed_2.json", "line-a.json"});
  auto ar = readBytes(per / "ar_aleppo.json");
  CHECK(articleIds(ar) == std::set<std::string>{"ar_aleppo"});
  auto arIds = jsonNodeIds(ar);
  CHECK(arIds.count("sdf") == 1);
  CHECK(arIds.count("rsf") == 0);  // one article alone
  CHECK(jsonNodeIds(readBytes(per / "en_fasher.json")).count("rsf") == 1);
  auto all = readBytes(dir / "all.json");
  CHECK(articleIds(all) == std::set<std::string>{"ar_aleppo", "en_fasher", "line-a", "feed:2"});
}

TEST_CASE("a bad file is reported and skipped, the good ones still make the graph", "[cli][errors]") {
  TempDir dir;
  writeBytes(dir / "in/a_good.txt", kEnglishArticle);
  writeBytes(dir / "in/b_latin1.txt", "The army entered Kadugli caf\xE9 on Monday.");
  writeBytes(dir / "in/c_good.txt", kArabicArticle);
  auto out = dir / "g.json";
  auto r = runAkg({"build", "-q", (dir / "in").string(), "-o", out.string()});
  INFO(runInfo(r));
  CHECK(r.code == 1);
  CHECK_THAT(r.err, Catch::Contains((dir / "in/b_latin1.txt").string() + ": byte 28: invalid UTF-8"));
  REQUIRE(fs::exists(out));
  auto json = readBytes(out);
  CHECK(articleIds(json) == std::set<std::string>{"a_good", "c_good"});
  auto ids = jsonNodeIds(json);
  CHECK(ids.count("rsf") == 1);
  CHECK(ids.count("sdf") == 1);
  CHECK(ids.count("kadugli") == 0);
}

TEST_CASE("every kind of bad input is named on stderr", "[cli][errors]") {
  TempDir dir;
  writeBytes(dir / "good.txt", kEnglishArticle);
  writeBytes(dir / "empty.txt", "");
  writeBytes(dir / "binary.txt", std::string("GIF89a\0\0\0", 9));
  fs::create_directories(dir / "nothing_here");
  auto r = runAkg({"build", "-q", (dir / "good.txt").string(), (dir / "empty.txt").string(),
                   (dir / "binary.txt").string(), (dir / "missing.txt").string(), (dir / "nothing_here").string(),
                   "-o", (dir / "g.json").string()});
  INFO(runInfo(r));
  CHECK(r.code == 1);
  CHECK_THAT(r.err, Catch::Contains((dir / "empty.txt").string() + ": empty file"));
  CHECK_THAT(r.err, Catch::Contains((dir / "binary.txt").string() + ": byte 6: binary file"));
  CHECK_THAT(r.err, Catch::Contains((dir / "missing.txt").string() + ": no such file or directory"));
  CHECK_THAT(r.err, Catch::Contains((dir / "nothing_here").string() + ": directory holds no"));
  CHECK(articleIds(readBytes(dir / "g.json")) == std::set<std::string>{"good"});
}

TEST_CASE("akg build fails with exit 1 when no article can be read", "[cli][errors]") {
  TempDir dir;
  writeBytes(dir / "empty.txt", "   ");
  auto out = dir / "g.json";
  auto r = runAkg({"build", "-q", (dir / "empty.txt").string(), "-o", out.string()});
  INFO(runInfo(r));
  CHECK(r.code == 1);
  CHECK_THAT(r.err, Catch::Contains("no article could be read"));
  CHECK_FALSE(fs::exists(out));
}

TEST_CASE("an unwritable output fails with exit 1 and leaves no partial file", "[cli][errors]") {
  TempDir dir;
  auto article = dir / "a.txt";
  writeBytes(article, kEnglishArticle);
  SECTION("the output's parent is a regular file") {
    auto blocker = dir / "blocker";
    writeBytes(blocker, "a file, not a directory");
    auto out = blocker / "g.json";
    auto r = runAkg({"build", "-q", article.string(), "-o", out.string()});
    INFO(runInfo(r));
    CHECK(r.code == 1);
    CHECK_THAT(r.err, Catch::Contains(blocker.string()));
    CHECK(readBytes(blocker) == "a file, not a directory");
  }
  SECTION("the output path is a directory") {
    auto taken = dir / "taken.json";
    fs::create_directory(taken);
    auto r = runAkg({"build", "-q", article.string(), "-o", taken.string()});
    INFO(runInfo(r));
    CHECK(r.code == 1);
    CHECK_THAT(r.err, Catch::Contains(taken.string()));
    CHECK(fs::is_empty(taken));
    CHECK(listDir(dir.path()) == std::vector<std::string>{"a.txt", "taken.json"});
  }
  SECTION("one bad output does not stop the others") {
    auto taken = dir / "taken.dot";
    fs::create_directory(taken);
    auto good = dir / "g.json";
    auto r = runAkg({"build", "-q", article.string(), "-o", taken.string(), "-o", good.string()});
    INFO(runInfo(r));
    CHECK(r.code == 1);
    CHECK(jsonNodeIds(readBytes(good)).count("rsf") == 1);
    for (const auto& name : listDir(dir.path())) CHECK_THAT(name, !Catch::Contains(".tmp"));
  }
}

TEST_CASE("the output does not depend on the thread count", "[cli]") {
  TempDir dir;
  for (int i = 0; i < 6; ++i) writeBytes(dir / "in" / ("en" + std::to_string(i) + ".txt"), kEnglishArticle);
  for (int i = 0; i < 6; ++i) writeBytes(dir / "in" / ("ar" + std::to_string(i) + ".txt"), kArabicArticle);
  auto one = runAkg({"build", "-q", "-j", "1", (dir / "in").string()});
  auto four = runAkg({"build", "-q", "-j", "4", (dir / "in").string()});
  REQUIRE(one.code == 0);
  REQUIRE(four.code == 0);
  CHECK(one.out == four.out);
}
