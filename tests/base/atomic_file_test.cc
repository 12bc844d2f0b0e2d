#include <catch2/catch.hpp>

#include <fstream>
#include <stdexcept>

#include "../support/test_support.h"
#include "base/atomic_file.h"
#include "base/error.h"

using namespace akg;
using namespace akg::test;

TEST_CASE("writeFileAtomic writes the whole content and leaves no temporary file", "[base][atomic_file]") {
  TempDir dir;
  auto path = dir / "graph.json";
  writeFileAtomic(path, [](std::ostream& out) { out << "{\"nodes\": []}\n"; });
  CHECK(readBytes(path) == "{\"nodes\": []}\n");
  CHECK(listDir(dir.path()) == std::vector<std::string>{"graph.json"});
}

TEST_CASE("writeFileAtomic replaces an existing file", "[base][atomic_file]") {
  TempDir dir;
  auto path = dir / "out.txt";
  writeBytes(path, "old content that is longer than the new one");
  writeFileAtomic(path, [](std::ostream& out) { out << "new"; });
  CHECK(readBytes(path) == "new");
  CHECK(listDir(dir.path()) == std::vector<std::string>{"out.txt"});
}

TEST_CASE("writeFileAtomic creates missing parent directories", "[base][atomic_file]") {
  TempDir dir;
  auto path = dir / "a/b/c.txt";
  writeFileAtomic(path, [](std::ostream& out) { out << "x"; });
  CHECK(readBytes(path) == "x");
}

TEST_CASE("a writer that throws leaves neither the file nor a temporary file", "[base][atomic_file]") {
  TempDir dir;
  auto path = dir / "half.json";
  SECTION("no previous file") {
    CHECK_THROWS_WITH(writeFileAtomic(path,
                                      [](std::ostream& out) {
                                        out << "{\"nodes\": [";
                                        out.flush();
                                        throw std::runtime_error("writer failed halfway");
                                      }),
                      "writer failed halfway");
    CHECK_FALSE(fs::exists(path));
    CHECK(listDir(dir.path()).empty());
  }
  SECTION("a previous file stays as it was") {
    writeBytes(path, "previous");
    CHECK_THROWS_AS(writeFileAtomic(path,
                                    [](std::ostream& out) {
                                      out << "partial";
                                      throw Error("stop");
                                    }),
                    Error);
    CHECK(readBytes(path) == "previous");
    CHECK(listDir(dir.path()) == std::vector<std::string>{"half.json"});
  }
  SECTION("the C FILE* variant cleans up too") {
    CHECK_THROWS_AS(writeFileAtomicC(path,
                                     [](std::FILE* f) {
                                       std::fputs("digraph {", f);
                                       throw Error("cgraph failed");
                                     }),
                    Error);
    CHECK(listDir(dir.path()).empty());
  }
}

TEST_CASE("writeFileAtomicC writes through a FILE*", "[base][atomic_file]") {
  TempDir dir;
  auto path = dir / "g.dot";
  writeFileAtomicC(path, [](std::FILE* f) { std::fputs("digraph { a -> b }\n", f); });
  CHECK(readBytes(path) == "digraph { a -> b }\n");
  CHECK(listDir(dir.path()) == std::vector<std::string>{"g.dot"});
}

TEST_CASE("an unwritable output throws an Error naming the path", "[base][atomic_file]") {
  TempDir dir;
  // Tests may run as root, where permission bits do not stop a write: use
  // paths that no user can write instead.
  SECTION("the parent is a regular file") {
    auto blocker = dir / "blocker";
    writeBytes(blocker, "I am a file");
    auto path = blocker / "out.json";
    try {
      writeFileAtomic(path, [](std::ostream& out) { out << "x"; });
      FAIL("no exception");
    } catch (const Error& e) {
      CHECK_THAT(e.what(), Catch::Contains(blocker.string()));
    }
    CHECK(listDir(dir.path()) == std::vector<std::string>{"blocker"});
  }
  SECTION("the target is a directory") {
    auto target = dir / "taken";
    fs::create_directory(target);
    try {
      writeFileAtomic(target, [](std::ostream& out) { out << "x"; });
      FAIL("no exception");
    } catch (const Error& e) {
      CHECK_THAT(e.what(), Catch::StartsWith(target.string() + ": "));
    }
    // The temporary file written beside it is gone.
    CHECK(listDir(dir.path()) == std::vector<std::string>{"taken"});
    CHECK(fs::is_empty(target));
  }
  SECTION("the C FILE* variant on a directory") {
    auto target = dir / "taken";
    fs::create_directory(target);
    CHECK_THROWS_WITH(writeFileAtomicC(target, [](std::FILE* f) { std::fputs("x", f); }),
                      Catch::StartsWith(target.string() + ": "));
    CHECK(listDir(dir.path()) == std::vector<std::string>{"taken"});
  }
}

TEST_CASE("readFile returns the bytes as stored and names a missing path", "[base][atomic_file]") {
  TempDir dir;
  auto path = dir / "bytes.bin";
  std::string bytes("a\0b\xFF\r\n", 6);
  writeBytes(path, bytes);
  CHECK(readFile(path) == bytes);
  auto missing = dir / "missing.txt";
  CHECK_THROWS_WITH(readFile(missing), Catch::StartsWith(missing.string() + ": cannot read"));
}

TEST_CASE("writing to a device writes through it and never replaces it", "[base][atomic]") {
  namespace fs = std::filesystem;
  const fs::path devnull = "/dev/null";
  if (!fs::exists(devnull) || !fs::is_character_file(devnull)) {
    WARN("SKIPPED: no /dev/null character device here");
    return;
  }
  akg::writeFileAtomic(devnull, [](std::ostream& out) { out << "discarded\n"; });
  akg::writeFileAtomicC(devnull, [](std::FILE* f) { std::fputs("discarded\n", f); });
  CHECK(fs::is_character_file(devnull));
  for (const auto& e : fs::directory_iterator("/dev"))
    CHECK(e.path().filename().string().rfind(".null.tmp", 0) != 0);
}

TEST_CASE("folder outputs are replaced whole, and only folders akg wrote", "[base][atomic]") {
  TempDir dir;
  const auto out = dir / "neo4j";
  akg::writeDirectoryAtomic(out, [](const std::filesystem::path& d) {
    std::ofstream(d / "nodes.csv") << "id:ID\n";
  });
  CHECK(std::filesystem::exists(out / "nodes.csv"));
  CHECK(std::filesystem::exists(out / ".akg-export"));

  // A failing writer leaves the previous folder as it was.
  CHECK_THROWS(akg::writeDirectoryAtomic(out, [](const std::filesystem::path& d) {
    std::ofstream(d / "other.csv") << "x\n";
    throw akg::Error("writer failed");
  }));
  CHECK(std::filesystem::exists(out / "nodes.csv"));
  CHECK_FALSE(std::filesystem::exists(out / "other.csv"));

  // A second export replaces it: files the new one does not write are gone.
  akg::writeDirectoryAtomic(out, [](const std::filesystem::path& d) {
    std::ofstream(d / "relationships.csv") << ":START_ID\n";
  });
  CHECK(std::filesystem::exists(out / "relationships.csv"));
  CHECK_FALSE(std::filesystem::exists(out / "nodes.csv"));

  // A folder akg did not write is never replaced.
  const auto mine = dir / "mine";
  std::filesystem::create_directories(mine);
  std::ofstream(mine / "thesis.tex") << "x";
  CHECK_THROWS_WITH(akg::writeDirectoryAtomic(mine, [](const std::filesystem::path&) {}),
                    Catch::Contains("not written by akg"));
  CHECK(std::filesystem::exists(mine / "thesis.tex"));
  // No temporaries are left beside the targets.
  CHECK(listDir(dir.path()) == std::vector<std::string>{"mine", "neo4j"});
}
