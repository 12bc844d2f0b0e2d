#include <catch2/catch.hpp>

#include "text/normalizer.h"
#include "text/segmenter.h"

using namespace akg;

namespace {

const Normalizer& normalizer() {
  static const Normalizer n;
  return n;
}

std::vector<std::string> sentenceTexts(const Document& d) {
  std::vector<std::string> out;
  for (const auto& s : d.sentences) out.emplace_back(d.raw(s.begin, s.end));
  return out;
}

std::vector<std::string> tokenTexts(const Document& d) {
  std::vector<std::string> out;
  for (const auto& t : d.tokens) out.emplace_back(d.raw(t));
  return out;
}

// Spans are half-open byte ranges into the text; every token lies in the
// sentence it names and the sentences' token ranges tile the token list.
void checkStructure(const Document& d, const Normalizer& n) {
  uint32_t expectFirst = 0;
  for (size_t si = 0; si < d.sentences.size(); ++si) {
    const Sentence& s = d.sentences[si];
    INFO("sentence " << si);
    CHECK(s.begin < s.end);
    CHECK(s.end <= d.text.size());
    CHECK(s.firstToken == expectFirst);
    CHECK(s.firstToken <= s.endToken);
    for (uint32_t k = s.firstToken; k < s.endToken; ++k) {
      const Token& t = d.tokens[k];
      INFO("token " << k << " '" << d.raw(t) << "'");
      CHECK(t.sentence == si);
      CHECK(t.begin < t.end);
      CHECK(t.begin >= s.begin);
      CHECK(t.end <= s.end);
      CHECK(t.norm == n.fold(d.raw(t)));
    }
    expectFirst = s.endToken;
  }
  CHECK(expectFirst == d.tokens.size());
  for (size_t k = 1; k < d.tokens.size(); ++k) CHECK(d.tokens[k - 1].end <= d.tokens[k].begin);
}

}  // namespace

TEST_CASE("English sentences do not break after Mr. or U.S.", "[text][segmenter][en]") {
  Segmenter seg(normalizer());
  std::string text = "Mr. Barrack met the envoy in Damascus on Monday. The U.S. delegation left later.  Talks resume in May.";
  Document d = seg.segment(text);
  CHECK(sentenceTexts(d) == std::vector<std::string>{"Mr. Barrack met the envoy in Damascus on Monday.",
                                                     "The U.S. delegation left later.", "Talks resume in May."});
  checkStructure(d, normalizer());
}

TEST_CASE("Arabic sentences break at full stops and at newlines", "[text][segmenter][ar]") {
  Segmenter seg(normalizer());
  std::string text =
      "سيطرت القوات على المدينة. انسحب المقاتلون نحو الشمال\n"
      "وعاد السكان إلى منازلهم\n\n"
      "هل انتهت المعارك؟ لا أحد يعرف.";
  Document d = seg.segment(text);
  CHECK(sentenceTexts(d) == std::vector<std::string>{"سيطرت القوات على المدينة.", "انسحب المقاتلون نحو الشمال",
                                                     "وعاد السكان إلى منازلهم", "هل انتهت المعارك؟",
                                                     "لا أحد يعرف."});
  checkStructure(d, normalizer());
}

TEST_CASE("token spans equal the original substrings", "[text][segmenter]") {
  Segmenter seg(normalizer());
  std::string text = "\xE2\x80\x8F" "قال محافظ حلب عزّام الغريب (Azzam al-Gharib) إنّ ٣ أحياء هدأت، و\"الوضع\" مستقر.";
  Document d = seg.segment(text);
  checkStructure(d, normalizer());
  auto tokens = tokenTexts(d);
  for (const auto& t : d.tokens) {
    // No token is or holds white space.
    CHECK(d.raw(t).find(' ') == std::string_view::npos);
  }
  // Diacritics stay in the raw token; the matching form drops them.
  auto it = std::find(tokens.begin(), tokens.end(), "عزّام");
  REQUIRE(it != tokens.end());
  const Token& azzam = d.tokens[it - tokens.begin()];
  CHECK(azzam.norm == "عزام");
  CHECK(text.substr(azzam.begin, azzam.end - azzam.begin) == "عزّام");
  CHECK(azzam.has(kArabic));
  CHECK_FALSE(azzam.has(kLatin));
  auto digit = std::find(tokens.begin(), tokens.end(), "٣");
  REQUIRE(digit != tokens.end());
  CHECK(d.tokens[digit - tokens.begin()].norm == "3");
  CHECK(d.tokens[digit - tokens.begin()].has(kDigit));
}

TEST_CASE("the possessive 's is split off a name", "[text][segmenter][en]") {
  Segmenter seg(normalizer());
  SECTION("ASCII apostrophe") {
    std::string text = "The SDF's fighters left.";
    Document d = seg.segment(text);
    CHECK(tokenTexts(d) == std::vector<std::string>{"The", "SDF", "'s", "fighters", "left", "."});
    CHECK(d.tokens[1].has(kAllCaps));
    CHECK_FALSE(d.tokens[1].has(kPossessive));
    CHECK(d.tokens[2].has(kPossessive));
    CHECK(d.tokens[2].norm == "'s");
    checkStructure(d, normalizer());
  }
  SECTION("typographic apostrophe") {
    std::string text = "Hezbollah\xE2\x80\x99s positions were hit.";
    Document d = seg.segment(text);
    REQUIRE(d.tokens.size() >= 2);
    CHECK(d.raw(d.tokens[0]) == "Hezbollah");
    CHECK(d.raw(d.tokens[1]) == "\xE2\x80\x99s");
    CHECK(d.tokens[1].has(kPossessive));
    CHECK(d.tokens[1].norm == "'s");
  }
}

TEST_CASE("hyphenated names keep their parts and the hyphen as tokens", "[text][segmenter][en]") {
  Segmenter seg(normalizer());
  std::string text = "Azzam Al-Ghareeb visited Deir ez-Zor and Sharm el-Sheikh.";
  Document d = seg.segment(text);
  checkStructure(d, normalizer());
  auto tokens = tokenTexts(d);
  CHECK(tokens == std::vector<std::string>{"Azzam", "Al", "-", "Ghareeb", "visited", "Deir", "ez", "-", "Zor", "and",
                                           "Sharm", "el", "-", "Sheikh", "."});
  CHECK(d.tokens[1].has(kCapital));
  CHECK(d.tokens[2].has(kPunct));
  CHECK(d.tokens[2].norm == "-");
  CHECK(d.tokens[6].norm == "ez");
  CHECK_FALSE(d.tokens[6].has(kCapital));
}

TEST_CASE("token flags describe script, case and digits", "[text][segmenter]") {
  Segmenter seg(normalizer());
  std::string text = "RSF Forces in Bara 2025 حلب ,";
  Document d = seg.segment(text);
  REQUIRE(d.tokens.size() == 7);
  CHECK(d.tokens[0].has(kAllCaps));
  CHECK(d.tokens[0].has(kCapital));
  CHECK(d.tokens[1].has(kCapital));
  CHECK_FALSE(d.tokens[1].has(kAllCaps));
  CHECK_FALSE(d.tokens[2].has(kCapital));
  CHECK(d.tokens[2].has(kLatin));
  CHECK(d.tokens[4].has(kDigit));
  CHECK(d.tokens[5].has(kArabic));
  CHECK(d.tokens[6].has(kPunct));
}

TEST_CASE("segmentation starts at the body offset", "[text][segmenter]") {
  Segmenter seg(normalizer());
  std::string text = " date 2026-01-11\nThe army entered Kadugli.";
  size_t body = text.find("The");
  Document d = seg.segment(text, body);
  REQUIRE(d.sentences.size() == 1);
  CHECK(d.sentences[0].begin == body);
  REQUIRE_FALSE(d.tokens.empty());
  CHECK(d.raw(d.tokens[0]) == "The");
  CHECK(d.tokens[0].begin == body);
  checkStructure(d, normalizer());
}

TEST_CASE("empty and white-space texts give empty documents", "[text][segmenter]") {
  Segmenter seg(normalizer());
  CHECK(seg.segment("").tokens.empty());
  CHECK(seg.segment("   \n\t ").sentences.empty());
  std::string text = "abc";
  CHECK(seg.segment(text, 3).tokens.empty());
}
