#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "query/graph_loader.h"

using namespace akg;

namespace {

// A file name in the temporary directory that no other test process uses.
std::filesystem::path tempPath(const std::string& name) {
  return std::filesystem::temp_directory_path() / ("akg_query_" + std::to_string(::getpid()) + "_" + name);
}

const std::string kFixture = AKG_SOURCE_DIR "/tests/data/query/fixture.json";

struct Run {
  int code;
  std::string out, err;
};

// Runs `akg query ARGS` in process, capturing stdout and stderr.
Run akgQuery(std::vector<std::string> args) {
  std::ostringstream out, err;
  auto* oldOut = std::cout.rdbuf(out.rdbuf());
  auto* oldErr = std::cerr.rdbuf(err.rdbuf());
  int code = cli::runQuery(args);
  std::cout.rdbuf(oldOut);
  std::cerr.rdbuf(oldErr);
  return {code, out.str(), err.str()};
}

rapidjson::Document json(const std::string& text) {
  rapidjson::Document d;
  d.Parse(text.c_str());
  REQUIRE_FALSE(d.HasParseError());
  return d;
}

}  // namespace

TEST_CASE("akg query where SDF lists the places with their sentences", "[query][cli]") {
  Run r = akgQuery({kFixture, "where", "SDF"});
  CHECK(r.code == 0);
  CHECK(r.out.find("withdrew_from  Aleppo") != std::string::npos);
  CHECK(r.out.find("The Syrian Democratic Forces completed their withdrawal from Aleppo") != std::string::npos);
  CHECK(r.out.find("(aleppo-withdrawal-en, 2026-01-11)") != std::string::npos);
  CHECK(r.out.find("Deir Hafer") != std::string::npos);
  CHECK(r.out.find("(negated)") == std::string::npos);
}

TEST_CASE("akg query who mediated قسد answers in JSON", "[query][cli][ar]") {
  Run r = akgQuery({kFixture, "who", "mediated", "قسد", "--json"});
  REQUIRE(r.code == 0);
  auto d = json(r.out);
  CHECK(std::string(d["command"].GetString()) == "who");
  CHECK(std::string(d["relation"].GetString()) == "mediated");
  CHECK(std::string(d["target"]["id"].GetString()) == "sdf");
  CHECK(std::string(d["query"]["target"].GetString()) == "قسد");
  REQUIRE(d["actors"].Size() == 2);
  for (const auto& a : d["actors"].GetArray()) {
    std::string id = a["actor"]["id"].GetString();
    CHECK((id == "tom_barrack" || id == "international_mediators"));
    CHECK(a["edge"]["evidence"].Size() == 1);
  }
}

TEST_CASE("every command answers on the fixture graph", "[query][cli]") {
  auto tmp = tempPath("ego.dot");
  std::vector<std::vector<std::string>> commands = {
      {"show", "Sheikh Maqsoud"},
      {"neighbors", "حلب", "--depth", "2"},
      {"edges", "--node", "Aleppo", "--since", "2026-01-11", "--until", "2026-01-11"},
      {"path", "SDF", "Deir Hafer"},
      {"where", "قوات سوريا الديمقراطية"},
      {"who", "controls", "Sheikh Maqsoud"},
      {"timeline", "Aleppo"},
      {"stats"},
      {"subgraph", "SDF", "-o", tmp.string()},
  };
  for (const auto& c : commands) {
    std::vector<std::string> args{kFixture};
    args.insert(args.end(), c.begin(), c.end());
    for (const char* mode : {"", "--json", "--tsv"}) {
      auto withMode = args;
      if (*mode) withMode.push_back(mode);
      Run r = akgQuery(withMode);
      INFO(c.front() << " " << mode << "\n" << r.err);
      CHECK(r.code == 0);
      CHECK_FALSE(r.out.empty());
      if (std::string(mode) == "--json") json(r.out);
    }
  }
  CHECK(std::filesystem::file_size(tmp) > 0);
  std::filesystem::remove(tmp);
}

TEST_CASE("query output hides sentences in every form with --no-evidence", "[query][cli]") {
  for (const char* mode : {"--json", "--tsv", "--no-evidence"}) {
    Run r = akgQuery({kFixture, "where", "SDF", "--no-evidence", mode});
    CHECK(r.code == 0);
    CHECK(r.out.find("completed their withdrawal") == std::string::npos);
  }
}

TEST_CASE("an ambiguous name lists the candidates and exits 1", "[query][cli]") {
  Run r = akgQuery({kFixture, "show", "Damascus"});
  CHECK(r.code == 1);
  CHECK(r.out.empty());
  CHECK(r.err.find("\"Damascus\" matches 2 nodes") != std::string::npos);
  CHECK(r.err.find("damascus  Damascus") != std::string::npos);
  CHECK(r.err.find("syrian_government  Syrian government") != std::string::npos);
  CHECK(akgQuery({kFixture, "show", "damascus"}).code == 0);  // the id settles it
}

TEST_CASE("an unknown name suggests the closest names and exits 1", "[query][cli]") {
  Run r = akgQuery({kFixture, "where", "Sheik Maqsod"});
  CHECK(r.code == 1);
  CHECK(r.err.find("no node named \"Sheik Maqsod\" in " + kFixture) != std::string::npos);
  CHECK(r.err.find("Sheikh Maqsoud  ->  sheikh_maqsoud") != std::string::npos);
}

TEST_CASE("an empty result exits 1 with a message and JSON still prints its document", "[query][cli]") {
  Run r = akgQuery({kFixture, "who", "withdrew", "Deir Hafer"});
  CHECK(r.code == 1);
  CHECK(r.out.empty());
  CHECK(r.err.find("nobody withdrew_from \"Deir Hafer\"") != std::string::npos);
  Run j = akgQuery({kFixture, "path", "RSF", "SDF", "--json"});
  CHECK(j.code == 1);
  auto d = json(j.out);
  CHECK(d["length"].GetInt() == -1);
  CHECK(d["paths"].Size() == 0);
  CHECK(akgQuery({kFixture, "where", "Tom Barrack"}).code == 1);
  CHECK(akgQuery({kFixture, "edges", "--since", "2030-01-01"}).code == 1);
}

TEST_CASE("an unreadable graph exits 1 naming the file", "[query][cli]") {
  Run missing = akgQuery({"/nonexistent/g.json", "stats"});
  CHECK(missing.code == 1);
  CHECK(missing.err.find("/nonexistent/g.json: cannot read") != std::string::npos);
  Run malformed = akgQuery({AKG_SOURCE_DIR "/tests/data/query/malformed.json", "stats"});
  CHECK(malformed.code == 1);
  CHECK(malformed.err.find("malformed.json:6:3: ") != std::string::npos);
}

TEST_CASE("usage errors exit 2 and --help exits 0", "[query][cli]") {
  CHECK(akgQuery({}).code == 2);
  CHECK(akgQuery({kFixture}).code == 2);
  CHECK(akgQuery({kFixture, "teleport"}).code == 2);
  CHECK(akgQuery({kFixture, "show"}).code == 2);
  CHECK(akgQuery({kFixture, "path", "SDF"}).code == 2);
  CHECK(akgQuery({kFixture, "show", "SDF", "--depth", "2"}).code == 2);
  CHECK(akgQuery({kFixture, "neighbors", "SDF", "--depth", "0"}).code == 2);
  CHECK(akgQuery({kFixture, "neighbors", "SDF", "--direction", "sideways"}).code == 2);
  CHECK(akgQuery({kFixture, "edges", "--since", "11/01/2026"}).code == 2);
  CHECK(akgQuery({kFixture, "edges", "--lang", "fr"}).code == 2);
  CHECK(akgQuery({kFixture, "edges", "--relation"}).code == 2);
  CHECK(akgQuery({kFixture, "where", "SDF", "--json", "--tsv"}).code == 2);
  CHECK(akgQuery({kFixture, "subgraph", "SDF"}).code == 2);
  CHECK(akgQuery({kFixture, "subgraph", "SDF", "-o", "ego.unknown"}).code == 2);

  Run help = akgQuery({"--help"});
  CHECK(help.code == 0);
  CHECK(help.out.find("akg query GRAPH COMMAND") != std::string::npos);
  Run whoHelp = akgQuery({"who", "--help"});
  CHECK(whoHelp.code == 0);
  CHECK(whoHelp.out.find("Usage: akg query GRAPH who RELATION TARGET") != std::string::npos);
  CHECK(akgQuery({kFixture, "path", "--help"}).out.find("--max-length") != std::string::npos);
}

TEST_CASE("an unknown relation exits 1 listing the graph's relations", "[query][cli]") {
  Run r = akgQuery({kFixture, "who", "arrested", "SDF"});
  CHECK(r.code == 1);
  CHECK(r.err.find("relations: affiliated_with, agreement_with") != std::string::npos);
}

TEST_CASE("subgraph writes an ego network that akg query reads back", "[query][cli][subgraph]") {
  auto path = tempPath("ego.json");
  Run r = akgQuery({kFixture, "subgraph", "حلب", "--depth", "1", "-o", path.string(), "--json"});
  REQUIRE(r.code == 0);
  auto d = json(r.out);
  CHECK(d["nodes"].GetInt() == 5);
  CHECK(std::string(d["format"].GetString()) == "json");
  Run back = akgQuery({path.string(), "stats", "--json"});
  std::filesystem::remove(path);
  REQUIRE(back.code == 0);
  CHECK(json(back.out)["nodes"].GetInt() == 5);

  Run toStdout = akgQuery({kFixture, "subgraph", "Deir Hafer", "-o", "-", "--format", "graphml"});
  CHECK(toStdout.code == 0);
  CHECK(toStdout.out.find("<graphml") != std::string::npos);
}

TEST_CASE("TSV output marks each table with a # title line", "[query][cli]") {
  Run r = akgQuery({kFixture, "show", "Deir Hafer", "--tsv"});
  REQUIRE(r.code == 0);
  CHECK(r.out.rfind("# Deir Hafer\n", 0) == 0);
  CHECK(r.out.find("\n# Incoming edges (2)\nDATE\tSOURCE\tRELATION\tTARGET\tCOUNT\tLANG\tevidence_article") != std::string::npos);
  CHECK(r.out.find("\xE2\x81\xA8") == std::string::npos);  // no bidi isolates in data output
}
