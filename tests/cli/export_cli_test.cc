// `akg export` as a user runs it: every format from one graph in one run,
// exit codes, and outputs that are whole or absent.
#include <catch2/catch.hpp>

#include "../support/test_support.h"
#include "export/export.h"

using namespace akg;
using namespace akg::test;

namespace {

const std::string kHostile = std::string(AKG_SOURCE_DIR) + "/tests/data/export/hostile.json";

std::string runInfo(const RunResult& r) {
  return "exit " + std::to_string(r.code) + "\nstderr: " + r.err.substr(0, 2000);
}

}  // namespace

TEST_CASE("akg export writes every format of the table", "[cli][export]") {
  TempDir dir;
  // Every file format in one run (each by its extension)...
  std::vector<std::string> args{"export", kHostile};
  std::vector<fs::path> expected;
  for (const auto& f : formats()) {
    if (f.directory) continue;
    fs::path out = dir / ("g." + std::string(f.extensions.front()));
    args.insert(args.end(), {"-o", out.string()});
    expected.push_back(f.format == Format::Csv ? dir / "g_nodes.csv" : out);
  }
  auto r = runAkg(args);
  INFO(runInfo(r));
  CHECK(r.code == 0);
  // ...and each folder format by -f.
  for (const auto& f : formats()) {
    if (!f.directory) continue;
    fs::path out = dir / std::string(f.name);
    auto d = runAkg({"export", kHostile, "-f", std::string(f.name), "-o", out.string()});
    INFO(runInfo(d));
    CHECK(d.code == 0);
    expected.push_back(out / ".akg-export");
  }
  for (const auto& p : expected) {
    INFO(p.string());
    CHECK(fs::exists(p));
  }
}

TEST_CASE("akg export reports usage errors, unreadable graphs and refused folders", "[cli][export]") {
  TempDir dir;
  SECTION("no output") {
    auto r = runAkg({"export", kHostile});
    CHECK(r.code == 2);
    CHECK(r.err.find("no -o FILE") != std::string::npos);
  }
  SECTION("unknown extension") {
    auto r = runAkg({"export", kHostile, "-o", (dir / "g.xyz").string()});
    CHECK(r.code == 2);
    CHECK(r.err.find("g.xyz") != std::string::npos);
  }
  SECTION("a folder format to stdout") {
    auto r = runAkg({"export", kHostile, "-f", "kuzu"});
    CHECK(r.code == 2);
    CHECK(r.err.find("-o DIR") != std::string::npos);
  }
  SECTION("a missing graph names the file") {
    auto r = runAkg({"export", (dir / "missing.json").string(), "-o", (dir / "g.gexf").string()});
    CHECK(r.code == 1);
    CHECK(r.err.find("missing.json") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "g.gexf"));
  }
  SECTION("a folder akg did not write is left alone, the other outputs are still written") {
    fs::create_directories(dir / "thesis");
    writeBytes(dir / "thesis" / "chapter1.tex", "x");
    auto r = runAkg({"export", kHostile, "-f", "neo4j", "-o", (dir / "thesis").string(), "-o",
                     (dir / "g.ttl").string()});
    INFO(runInfo(r));
    CHECK(r.code == 1);
    CHECK(r.err.find("not written by akg") != std::string::npos);
    CHECK(listDir(dir / "thesis") == std::vector<std::string>{"chapter1.tex"});
    CHECK(fs::exists(dir / "g.ttl"));
  }
}
