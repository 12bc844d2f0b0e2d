#include <catch2/catch.hpp>

#include <string>

#include "base/utf8.h"

using namespace akg;

namespace {

struct Decoded {
  char32_t cp;
  size_t len;
};

Decoded decodeAt(std::string_view s, size_t i = 0) {
  size_t len = 0;
  char32_t cp = utf8::decode(s, i, len);
  return {cp, len};
}

}  // namespace

TEST_CASE("utf8 decodes one to four byte sequences and reports their length", "[base][utf8]") {
  struct Case {
    const char* what;
    std::string bytes;
    char32_t cp;
    size_t len;
  };
  const std::vector<Case> cases{
      {"ASCII letter", "A", U'A', 1},
      {"two bytes (e acute)", "\xC3\xA9", 0xE9, 2},
      {"two bytes (Arabic alef)", "\xD8\xA7", 0x0627, 2},
      {"three bytes (RLM)", "\xE2\x80\x8F", 0x200F, 3},
      {"three bytes (tatweel)", "\xD9\x80", 0x0640, 2},
      {"four bytes (emoji)", "\xF0\x9F\x98\x80", 0x1F600, 4},
      {"highest code point", "\xF4\x8F\xBF\xBF", 0x10FFFF, 4},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    auto d = decodeAt(c.bytes);
    CHECK(d.cp == c.cp);
    CHECK(d.len == c.len);
  }
}

TEST_CASE("utf8 rejects malformed sequences one byte at a time", "[base][utf8]") {
  struct Case {
    const char* what;
    std::string bytes;
  };
  const std::vector<Case> cases{
      {"lone continuation byte", "\x80"},
      {"truncated two-byte sequence", "\xC3"},
      {"truncated three-byte sequence", "\xE2\x80"},
      {"lead byte followed by ASCII", "\xC3" "A"},
      {"overlong NUL", "\xC0\x80"},
      {"overlong slash", "\xE0\x80\xAF"},
      {"UTF-16 surrogate", "\xED\xA0\x80"},
      {"beyond U+10FFFF", "\xF4\x90\x80\x80"},
      {"invalid lead byte 0xFF", "\xFF"},
      {"invalid lead byte 0xF8", "\xF8\x88\x80\x80\x80"},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    auto d = decodeAt(c.bytes);
    CHECK(d.cp == utf8::kInvalid);
    CHECK(d.len == 1);
  }
}

TEST_CASE("utf8 decoding never reads past the view", "[base][utf8]") {
  // The full sequence is in memory, the view stops in its middle.
  std::string full = "ab\xD8\xA7";
  std::string_view cut(full.data(), 3);
  auto d = decodeAt(cut, 2);
  CHECK(d.cp == utf8::kInvalid);
  CHECK(d.len == 1);
}

TEST_CASE("utf8 append encodes what decode reads", "[base][utf8]") {
  for (char32_t cp : {char32_t(0x41), char32_t(0x7F), char32_t(0x80), char32_t(0x7FF), char32_t(0x800),
                      char32_t(0x0639), char32_t(0xFFFD), char32_t(0x10000), char32_t(0x1F600), char32_t(0x10FFFF)}) {
    std::string s;
    utf8::append(s, cp);
    INFO("U+" << std::hex << static_cast<uint32_t>(cp));
    auto d = decodeAt(s);
    CHECK(d.cp == cp);
    CHECK(d.len == s.size());
  }
}

TEST_CASE("utf8 firstInvalid gives the byte offset of the first bad sequence", "[base][utf8]") {
  SECTION("valid mixed text") {
    CHECK_FALSE(utf8::firstInvalid("Aleppo \xD8\xAD\xD9\x84\xD8\xA8 \xF0\x9F\x98\x80").has_value());
    CHECK_FALSE(utf8::firstInvalid("").has_value());
  }
  SECTION("Latin-1 byte after ASCII") {
    auto at = utf8::firstInvalid("caf\xE9 au lait");
    REQUIRE(at.has_value());
    CHECK(*at == 3);
  }
  SECTION("bad byte after Arabic letters") {
    // Two Arabic letters are four bytes.
    auto at = utf8::firstInvalid("\xD8\xAD\xD9\x84\xFF");
    REQUIRE(at.has_value());
    CHECK(*at == 4);
  }
  SECTION("truncated sequence at the end") {
    auto at = utf8::firstInvalid("abc\xE2\x80");
    REQUIRE(at.has_value());
    CHECK(*at == 3);
  }
}

TEST_CASE("utf8 classifies Arabic and Latin letters", "[base][utf8]") {
  CHECK(utf8::isArabicLetter(0x0627));  // ا
  CHECK(utf8::isArabicLetter(0x0649));  // ى
  CHECK(utf8::isArabicLetter(0xFEFB));  // presentation form ligature
  CHECK_FALSE(utf8::isArabicLetter(U'a'));
  CHECK(utf8::isLatinLetter(U'a'));
  CHECK(utf8::isLatinLetter(U'Z'));
  CHECK(utf8::isLatinLetter(0x011F));  // ğ
  CHECK_FALSE(utf8::isLatinLetter(0xD7));  // multiplication sign
  CHECK_FALSE(utf8::isLatinLetter(0xF7));  // division sign
  CHECK_FALSE(utf8::isLatinLetter(U'1'));
  CHECK_FALSE(utf8::isLatinLetter(0x0627));
}

TEST_CASE("utf8 sanitize turns invalid bytes and control characters into spaces", "[base][utf8]") {
  CHECK(utf8::sanitize("a\x01" "b\x7F" "c") == "a b c");
  CHECK(utf8::sanitize("tab\tand\nnewline") == "tab\tand\nnewline");
  CHECK(utf8::sanitize("x\xFFy") == "x y");
  CHECK(utf8::sanitize("\xD8\xAD\xD9\x84\xD8\xA8") == "\xD8\xAD\xD9\x84\xD8\xA8");
  // U+FFFE and U+FFFF are not characters XML accepts.
  CHECK(utf8::sanitize("a\xEF\xBF\xBE" "b") == "a b");
  // Every output is valid UTF-8.
  CHECK_FALSE(utf8::firstInvalid(utf8::sanitize("\xC3\x28\xE2\x82\xF0\x9F")).has_value());
}
