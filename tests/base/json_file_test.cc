#include <catch2/catch.hpp>

#include "../support/test_support.h"
#include "base/error.h"
#include "base/json_file.h"

using namespace akg;
using namespace akg::test;

TEST_CASE("lineColumn counts lines and characters from one", "[base][json]") {
  std::string_view text = "ab\ncd\n\xD8\xAD\xD9\x84x";
  CHECK(lineColumn(text, 0) == std::pair<size_t, size_t>{1, 1});
  CHECK(lineColumn(text, 1) == std::pair<size_t, size_t>{1, 2});
  CHECK(lineColumn(text, 3) == std::pair<size_t, size_t>{2, 1});
  CHECK(lineColumn(text, 5) == std::pair<size_t, size_t>{2, 3});
  // Two Arabic letters (four bytes) are two columns.
  CHECK(lineColumn(text, 10) == std::pair<size_t, size_t>{3, 3});
  // Offsets past the end stop at the end.
  CHECK(lineColumn(text, 1000) == std::pair<size_t, size_t>{3, 4});
}

TEST_CASE("parseJson reads a valid document", "[base][json]") {
  auto doc = parseJson(R"({"id": "aleppo", "ar": ["حلب"]})", "x.json");
  REQUIRE(doc.IsObject());
  CHECK(std::string(doc["id"].GetString()) == "aleppo");
  CHECK(std::string(doc["ar"][0].GetString()) == "حلب");
}

TEST_CASE("parseJson errors pin the file, line and column", "[base][json]") {
  struct Case {
    const char* what;
    std::string text;
    std::string message;
  };
  const std::vector<Case> cases{
      {"missing value on line 3", "{\n  \"a\": 1,\n  \"b\": ]\n}", "gaz.json:3:8: Invalid value."},
      {"missing comma between members", "{\"a\": 1\n \"b\": 2}", "gaz.json:2:2: Missing a comma or '}' after an object member."},
      {"unterminated array at end", "[1, 2", "gaz.json:1:6: Missing a comma or ']' after an array element."},
      {"columns count characters, not bytes", "{\"ar\": \"\xD8\xAD\xD9\x84\xD8\xA8\" x}",
       "gaz.json:1:14: Missing a comma or '}' after an object member."},
      {"empty document", "", "gaz.json:1:1: The document is empty."},
      {"trailing content", "{}\n{}", "gaz.json:2:1: The document root must not be followed by other values."},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    CHECK_THROWS_WITH(parseJson(c.text, "gaz.json"), c.message);
  }
}

TEST_CASE("parseJson rejects invalid UTF-8 inside strings with its position", "[base][json]") {
  CHECK_THROWS_WITH(parseJson("{\n \"name\": \"caf\xE9\"\n}", "bad.json"),
                    Catch::StartsWith("bad.json:2:") && Catch::Contains("Invalid encoding"));
}

TEST_CASE("parseJsonFile names the path in parse and read errors", "[base][json]") {
  TempDir dir;
  auto path = dir / "broken.json";
  writeBytes(path, "{\n  \"entities\": [\n    {\"id\": \"x\",}\n  ]\n}\n");
  CHECK_THROWS_WITH(parseJsonFile(path.string()), Catch::StartsWith(path.string() + ":3:"));
  CHECK_THROWS_AS(parseJsonFile(path.string()), Error);
  auto missing = dir / "absent.json";
  CHECK_THROWS_WITH(parseJsonFile(missing.string()), Catch::StartsWith(missing.string() + ": cannot read"));
}
