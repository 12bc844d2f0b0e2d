#include <catch2/catch.hpp>

#include <iostream>
#include <sstream>

#include "../support/test_support.h"
#include "ingest/article.h"
#include "ingest/reader.h"

using namespace akg;
using namespace akg::test;

namespace {

// Everything one read produced: the articles and the problems, in order.
struct Collected {
  std::vector<Article> articles;
  std::vector<InputProblem> problems;
  ArticleSink sink() {
    return [this](Article&& a) { articles.push_back(std::move(a)); };
  }
  ProblemSink report() {
    return [this](const InputProblem& p) { problems.push_back(p); };
  }
  std::string problemText() const {
    std::string out;
    for (const auto& p : problems) out += p.text() + "\n";
    return out;
  }
};

Collected read(const fs::path& path) {
  Collected c;
  readInput(path.string(), c.sink(), c.report());
  return c;
}

// readInput("-") with std::cin reading from a string.
Collected readStdin(const std::string& bytes) {
  std::istringstream in(bytes);
  auto* old = std::cin.rdbuf(in.rdbuf());
  Collected c;
  readInput("-", c.sink(), c.report());
  std::cin.rdbuf(old);
  return c;
}

}  // namespace

TEST_CASE("a date header on its own line is read and the body starts after it", "[ingest][date]") {
  std::string text = " date 2026-01-11\nAfter the withdrawal the city was calm.";
  std::string date;
  size_t body = parseDateHeader(text, date);
  CHECK(date == "2026-01-11");
  CHECK(body == text.find("After"));
}

TEST_CASE("a date header followed by text on the same line is read", "[ingest][date]") {
  std::string text = " date 2026-01-11 After the talks the convoy left.";
  std::string date;
  size_t body = parseDateHeader(text, date);
  CHECK(date == "2026-01-11");
  CHECK(body == 17);
  CHECK(text.substr(body, 5) == "After");
}

TEST_CASE("date header variants", "[ingest][date]") {
  struct Case {
    const char* what;
    std::string text;
    std::string date;       // empty: no header
    std::string bodyStart;  // the body's first characters when there is a header
  };
  const std::vector<Case> cases{
      {"no leading space", "date 2025-12-31\nText", "2025-12-31", "Text"},
      {"colon after date", "date: 2025-03-04 Text", "2025-03-04", "Text"},
      {"blank lines before", "\n\n  date 2025-03-04\r\n\r\nText", "2025-03-04", "Text"},
      {"byte order mark", "\xEF\xBB\xBF" "date 2025-03-04\nText", "2025-03-04", "Text"},
      {"Arabic body", " date 2026-02-01\n\xD8\xB3\xD9\x8A\xD8\xB7\xD8\xB1\xD8\xAA", "2026-02-01", "\xD8\xB3"},
      {"no header", "After the withdrawal", "", ""},
      {"a sentence starting with the word date", "date of the talks is not set", "", ""},
      {"dates is not date", "dates 2025-03-04 Text", "", ""},
      {"month 13", "date 2025-13-04 Text", "", ""},
      {"day 32", "date 2025-01-32 Text", "", ""},
      {"date glued to text", "date 2025-01-03Text", "", ""},
      {"short date", "date 2025-1-3 Text", "", ""},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    std::string date;
    size_t body = parseDateHeader(c.text, date);
    CHECK(date == c.date);
    if (c.date.empty()) {
      CHECK(body == 0);
    } else {
      CHECK(c.text.substr(body, c.bodyStart.size()) == c.bodyStart);
    }
  }
}

TEST_CASE("isValidDate accepts YYYY-MM-DD only", "[ingest][date]") {
  CHECK(isValidDate("2026-01-11"));
  CHECK(isValidDate("1999-12-31"));
  CHECK_FALSE(isValidDate("2026-00-11"));
  CHECK_FALSE(isValidDate("2026-01-00"));
  CHECK_FALSE(isValidDate("2026/01/11"));
  CHECK_FALSE(isValidDate("26-01-11"));
  CHECK_FALSE(isValidDate("2026-01-11T10:00"));
  CHECK_FALSE(isValidDate(""));
}

TEST_CASE("language detection follows the dominant script, not quoted names", "[ingest][lang]") {
  SECTION("English quoting an Arabic name") {
    CHECK(detectLanguage("The Syrian Democratic Forces, known in Arabic as \xD9\x82\xD8\xB3\xD8\xAF"
                         " (\xD9\x82\xD9\x88\xD8\xA7\xD8\xAA \xD8\xB3\xD9\x88\xD8\xB1\xD9\x8A\xD8\xA7"
                         " \xD8\xA7\xD9\x84\xD8\xAF\xD9\x8A\xD9\x85\xD9\x82\xD8\xB1\xD8\xA7\xD8\xB7\xD9\x8A\xD8\xA9),"
                         " left the city on Sunday.") == Lang::En);
  }
  SECTION("Arabic quoting English names and an acronym") {
    CHECK(detectLanguage("انسحبت قوات سوريا الديمقراطية (SDF) من حي الشيخ مقصود في مدينة حلب "
                         "(Aleppo) بعد اتفاق مع الحكومة السورية.") == Lang::Ar);
  }
  SECTION("digits and punctuation do not count") {
    CHECK(detectLanguage("2026-01-11: 5,000 -- حلب") == Lang::Ar);
    CHECK(detectLanguage("2026-01-11: 5,000 -- Aleppo") == Lang::En);
  }
}

TEST_CASE("a text file becomes one article with id, path, date, language and body offset", "[ingest][reader]") {
  TempDir dir;
  auto path = dir / "sudan_fasher.txt";
  std::string text = " date 2025-10-27\nالفاشر: قالت مصادر محلية إن القوات انسحبت من المدينة.";
  writeBytes(path, text);
  auto c = read(path);
  INFO(c.problemText());
  REQUIRE(c.problems.empty());
  REQUIRE(c.articles.size() == 1);
  const Article& a = c.articles[0];
  CHECK(a.id == "sudan_fasher");
  CHECK(a.path == path.string());
  CHECK(a.line == 0);
  CHECK(a.lang == Lang::Ar);
  CHECK(a.date == "2025-10-27");
  CHECK(a.text == text);
  CHECK(a.bodyBegin == text.find("\xD8\xA7\xD9\x84\xD9\x81"));  // "الف"
}

TEST_CASE("directories are searched recursively for *.txt and *.jsonl, sorted", "[ingest][reader]") {
  TempDir dir;
  writeBytes(dir / "corpus/b.txt", "B text.");
  writeBytes(dir / "corpus/a.txt", "A text.");
  writeBytes(dir / "corpus/sub/c.jsonl", "{\"text\": \"C\"}\n");
  writeBytes(dir / "corpus/sub/deeper/d.txt", "D text.");
  writeBytes(dir / "corpus/notes.md", "not an article");
  writeBytes(dir / "corpus/data.json", "{}");
  writeBytes(dir / "single.txt", "single");
  Collected c;
  auto files = expandInputs({(dir / "corpus").string(), (dir / "single.txt").string(), "-"}, c.report());
  CHECK(c.problems.empty());
  auto root = (dir / "corpus").string();
  CHECK(files == std::vector<std::string>{root + "/a.txt", root + "/b.txt", root + "/sub/c.jsonl",
                                          root + "/sub/deeper/d.txt", (dir / "single.txt").string(), "-"});
}

TEST_CASE("a missing path and a directory without articles are reported and dropped", "[ingest][reader][errors]") {
  TempDir dir;
  fs::create_directories(dir / "empty/nested");
  writeBytes(dir / "empty/readme.md", "nothing to read");
  writeBytes(dir / "ok.txt", "fine");
  Collected c;
  auto missing = (dir / "nope.txt").string();
  auto empty = (dir / "empty").string();
  auto files = expandInputs({missing, empty, (dir / "ok.txt").string()}, c.report());
  CHECK(files == std::vector<std::string>{(dir / "ok.txt").string()});
  REQUIRE(c.problems.size() == 2);
  CHECK(c.problems[0].where == missing);
  CHECK(c.problems[0].message == "no such file or directory");
  CHECK(c.problems[1].where == empty);
  CHECK(c.problems[1].message == "directory holds no *.txt or *.jsonl articles");
}

TEST_CASE("JSON Lines give one article a line with id, text, date and lang", "[ingest][jsonl]") {
  TempDir dir;
  auto path = dir / "feed.jsonl";
  writeBytes(path,
             "{\"id\": \"en-1\", \"text\": \"The RSF entered Bara.\", \"date\": \"2025-11-02\", \"lang\": \"en\"}\n"
             "\n"
             "{\"id\": 42, \"text\": \"\xD8\xAF\xD8\xAE\xD9\x84\xD8\xAA \xD8\xA7\xD9\x84\xD9\x82\xD9\x88\xD8\xA7\xD8\xAA"
             " \xD8\xA8\xD8\xA7\xD8\xB1\xD8\xA7.\"}\n"
             "{\"text\": \" date 2025-11-03\\nThe army left Kadugli.\"}\n");
  auto c = read(path);
  INFO(c.problemText());
  CHECK(c.problems.empty());
  REQUIRE(c.articles.size() == 3);
  CHECK(c.articles[0].id == "en-1");
  CHECK(c.articles[0].line == 1);
  CHECK(c.articles[0].date == "2025-11-02");
  CHECK(c.articles[0].lang == Lang::En);
  CHECK(c.articles[0].path == path.string());
  CHECK(c.articles[1].id == "42");
  CHECK(c.articles[1].line == 3);
  CHECK(c.articles[1].lang == Lang::Ar);
  CHECK(c.articles[1].date.empty());
  // Without "id" the article is named <stem>:<line>; a date header in the text is read.
  CHECK(c.articles[2].id == "feed:4");
  CHECK(c.articles[2].date == "2025-11-03");
  CHECK(c.articles[2].text.substr(c.articles[2].bodyBegin, 8) == "The army");
}

TEST_CASE("the lang field of a JSON line overrides detection", "[ingest][jsonl]") {
  TempDir dir;
  auto path = dir / "x.jsonl";
  writeBytes(path, "{\"text\": \"Hezbollah \xD8\xAD\xD8\xB2\xD8\xA8 \xD8\xA7\xD9\x84\xD9\x84\xD9\x87\", \"lang\": \"ar\"}\n");
  auto c = read(path);
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].lang == Lang::Ar);
}

TEST_CASE("a malformed JSON line costs only itself", "[ingest][jsonl][errors]") {
  TempDir dir;
  auto path = dir / "feed.jsonl";
  writeBytes(path,
             "{\"id\": \"a\", \"text\": \"First article.\"}\n"
             "{\"id\": \"b\", \"text\": \"Broken\" \"oops\"}\n"
             "{\"id\": \"c\", \"text\": \"Third article.\"}\n");
  auto c = read(path);
  REQUIRE(c.articles.size() == 2);
  CHECK(c.articles[0].id == "a");
  CHECK(c.articles[1].id == "c");
  REQUIRE(c.problems.size() == 1);
  CHECK_THAT(c.problems[0].where, Catch::StartsWith(path.string() + ":2:"));
  CHECK(c.problems[0].message == "Missing a comma or '}' after an object member.");
}

TEST_CASE("a malformed JSON line is reported with path:line:col and the other lines are still read",
          "[ingest][jsonl][errors]") {
  TempDir dir;
  auto path = dir / "feed.jsonl";
  SECTION("a syntax error") {
    writeBytes(path,
               "{\"id\": \"a\", \"text\": \"First article.\"}\n"
               "{\"id\": \"b\", \"text\": \"Broken\" \"oops\"}\n"
               "{\"id\": \"c\", \"text\": \"Third article.\"}\n");
    auto c = read(path);
    REQUIRE(c.articles.size() == 2);
    CHECK(c.articles[0].id == "a");
    CHECK(c.articles[1].id == "c");
    CHECK(c.articles[1].line == 3);
    REQUIRE(c.problems.size() == 1);
    // Column 30 is the stray string after "Broken".
    CHECK(c.problems[0].where == path.string() + ":2:30");
    CHECK(c.problems[0].message == "Missing a comma or '}' after an object member.");
  }
  SECTION("invalid UTF-8 inside a string") {
    writeBytes(path,
               "{\"id\": \"a\", \"text\": \"First article.\"}\n"
               "{\"text\": \"caf\xE9\"}\n"
               "{\"id\": \"c\", \"text\": \"Third article.\"}\n");
    auto c = read(path);
    CHECK(c.articles.size() == 2);
    REQUIRE(c.problems.size() == 1);
    // Column 14 is the byte 0xE9.
    CHECK(c.problems[0].where == path.string() + ":2:14");
    CHECK(c.problems[0].message == "Invalid encoding in string.");
  }
}

TEST_CASE("bad JSON lines are each reported with their line", "[ingest][jsonl][errors]") {
  TempDir dir;
  auto path = dir / "bad.jsonl";
  writeBytes(path,
             "[\"not\", \"an object\"]\n"
             "{\"id\": \"no-text\"}\n"
             "{\"text\": \"x\", \"date\": \"yesterday\"}\n"
             "{\"text\": \"x\", \"lang\": \"fr\"}\n"
             "{\"text\": \"   \"}\n"
             "{\"text\": \"caf\xE9\"}\n"
             "{\"id\": \"good\", \"text\": \"Still read.\"}\n");
  auto c = read(path);
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].id == "good");
  REQUIRE(c.problems.size() == 6);
  const std::string p = path.string();
  CHECK_THAT(c.problems[0].where, Catch::StartsWith(p + ":1"));
  CHECK(c.problems[0].message == "not a JSON object");
  INFO(c.problemText());
  CHECK(c.problems[1].where == p + ":2");
  CHECK(c.problems[1].message == "missing string field \"text\"");
  CHECK(c.problems[2].where == p + ":3");
  CHECK(c.problems[2].message == "\"date\" is not YYYY-MM-DD: yesterday");
  CHECK(c.problems[3].where == p + ":4");
  CHECK(c.problems[3].message == "\"lang\" must be \"en\" or \"ar\"");
  CHECK(c.problems[4].where == p + ":5");
  CHECK(c.problems[4].message == "empty file: no article text");
  // Invalid UTF-8 inside the string: RapidJSON reports the encoding error.
  CHECK(c.problems[5].where == p + ":6:14");
  CHECK_THAT(c.problems[5].message, Catch::Contains("Invalid encoding"));
}

TEST_CASE("bad text inputs are reported with message and position and skipped", "[ingest][reader][errors]") {
  TempDir dir;
  SECTION("invalid UTF-8 names the byte") {
    auto path = dir / "latin1.txt";
    writeBytes(path, "The army entered Kadugli caf\xE9 on Monday.");
    auto c = read(path);
    CHECK(c.articles.empty());
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems[0].where == path.string() + ": byte 28");
    CHECK(c.problems[0].message == "invalid UTF-8");
    CHECK(c.problems[0].text() == path.string() + ": byte 28: invalid UTF-8");
  }
  SECTION("an empty file") {
    auto path = dir / "empty.txt";
    writeBytes(path, "");
    auto c = read(path);
    CHECK(c.articles.empty());
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems[0].where == path.string());
    CHECK(c.problems[0].message == "empty file: no article text");
  }
  SECTION("a file of white space is empty too") {
    auto path = dir / "blank.txt";
    writeBytes(path, " \n\t\r\n ");
    auto c = read(path);
    CHECK(c.articles.empty());
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems[0].message == "empty file: no article text");
  }
  SECTION("a binary file names its first NUL byte") {
    auto path = dir / "image.txt";
    writeBytes(path, std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
    auto c = read(path);
    CHECK(c.articles.empty());
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems[0].where == path.string() + ": byte 8");
    CHECK(c.problems[0].message == "binary file (NUL byte), not a text article");
  }
  SECTION("a missing file") {
    auto path = dir / "gone.txt";
    auto c = read(path);
    CHECK(c.articles.empty());
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems[0].where == path.string());
    CHECK_THAT(c.problems[0].message, Catch::StartsWith("cannot read"));
  }
  SECTION("a directory given to readInput") {
    fs::create_directory(dir / "folder");
    auto c = read(dir / "folder");
    CHECK(c.articles.empty());
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems[0].message == "is a directory");
  }
  SECTION("an empty JSON Lines file") {
    auto path = dir / "none.jsonl";
    writeBytes(path, "\n\n");
    auto c = read(path);
    CHECK(c.articles.empty());
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems[0].where == path.string());
    CHECK(c.problems[0].message == "empty file: no articles");
  }
}

TEST_CASE("stdin is one text article, or JSON Lines when it starts with a brace", "[ingest][reader][stdin]") {
  SECTION("text") {
    auto c = readStdin(" date 2025-06-01\nThe Houthis attacked Marib.");
    REQUIRE(c.articles.size() == 1);
    CHECK(c.articles[0].id == "stdin");
    CHECK(c.articles[0].path == "-");
    CHECK(c.articles[0].date == "2025-06-01");
    CHECK(c.articles[0].lang == Lang::En);
  }
  SECTION("JSON Lines") {
    auto c = readStdin("  {\"id\": \"one\", \"text\": \"A.\"}\n{\"text\": \"B.\"}\n");
    REQUIRE(c.articles.size() == 2);
    CHECK(c.articles[0].id == "one");
    CHECK(c.articles[1].id == "stdin:2");
  }
  SECTION("invalid UTF-8 on stdin is named by byte") {
    auto c = readStdin("ab\xFF");
    CHECK(c.articles.empty());
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems[0].text() == "-: byte 2: invalid UTF-8");
  }
}
