#include <catch2/catch.hpp>

#include "base/utf8.h"
#include "text/normalizer.h"

using namespace akg;

namespace {

const Normalizer& normalizer() {
  static const Normalizer n;
  return n;
}

std::string fold(std::string_view s) { return normalizer().fold(s); }

// Checks the invariants of the offset map: one entry per output byte plus the
// end, non-decreasing, each pointing at the start of an input code point.
void checkOffsets(std::string_view in, const NormalizedText& n) {
  REQUIRE(n.toOriginal.size() == n.text.size() + 1);
  CHECK(n.toOriginal.back() == in.size());
  for (size_t i = 0; i < n.text.size(); ++i) {
    INFO("output byte " << i);
    REQUIRE(n.toOriginal[i] < in.size());
    if (i > 0) CHECK(n.toOriginal[i] >= n.toOriginal[i - 1]);
    CHECK((static_cast<unsigned char>(in[n.toOriginal[i]]) & 0xC0) != 0x80);
  }
}

}  // namespace

TEST_CASE("normalizer applies NFKC and case folding", "[text][normalizer]") {
  struct Case {
    const char* what;
    std::string in, out;
  };
  const std::vector<Case> cases{
      {"ASCII upper case", "SDF Forces", "sdf forces"},
      {"ligature fi", "\xEF\xAC\x81ghters", "fighters"},
      {"full-width letters", "\xEF\xBC\xB3\xEF\xBC\xA4\xEF\xBC\xA6", "sdf"},
      {"sharp s folds to ss", "Stra\xC3\x9F" "e", "strasse"},
      {"Latin diacritics dropped", "Erdo\xC4\x9F" "an M\xC3\xA9" "decins", "erdogan medecins"},
      {"Arabic presentation-form ligature lam-alef", "\xEF\xBB\xBB", "\xD9\x84\xD8\xA7"},
      {"superscript two", "x\xC2\xB2", "x2"},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    CHECK(fold(c.in) == c.out);
  }
}

TEST_CASE("normalizer folds Arabic spelling variants", "[text][normalizer][ar]") {
  struct Case {
    const char* what;
    std::string in, out;
  };
  const std::vector<Case> cases{
      {"tashkeel removed", "عَزَّام", "عزام"},
      {"shadda alone removed", "عزّام", "عزام"},
      {"tanween removed", "هجوماً", "هجوما"},
      {"superscript alef removed", "هٰذا", "هذا"},
      {"tatweel removed", "حـــلـب", "حلب"},
      {"alef with hamza above", "أحمد", "احمد"},
      {"alef with hamza below", "إدلب", "ادلب"},
      {"alef with madda", "آبي", "ابي"},
      {"alef wasla", "ٱلله", "الله"},
      {"all alef forms", "أإآٱا", "ااااا"},
      {"alef maqsura to ya", "مصطفى", "مصطفي"},
      {"ta marbuta to ha", "الأشرفية", "الاشرفيه"},
      {"Persian kaf and ya", "\xDA\xA9\xDB\x8C", "\xD9\x83\xD9\x8A"},
      {"Arabic-Indic digits", "٢٠٢٦", "2026"},
      {"Eastern Arabic-Indic digits", "۱۲۳", "123"},
      {"Arabic comma, semicolon and question mark", "حلب، دمشق؛ لماذا؟", "حلب, دمشق; لماذا?"},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    CHECK(fold(c.in) == c.out);
  }
}

TEST_CASE("normalizer drops invisible format characters", "[text][normalizer]") {
  CHECK(fold("\xE2\x80\x8F" "حلب" "\xE2\x80\x8F") == "حلب");           // RLM
  CHECK(fold("\xE2\x80\x8E" "SDF") == "sdf");                            // LRM
  CHECK(fold("می\xE2\x80\x8Cخواهم") == "ميخواهم");                        // ZWNJ
  CHECK(fold("a\xE2\x80\x8B" "b") == "ab");                              // zero width space
  CHECK(fold("\xEF\xBB\xBF" "text") == "text");                          // BOM
  CHECK(fold("\xD8\x9C" "حلب") == "حلب");                                // Arabic letter mark
  CHECK(fold("co\xC2\xAD" "operate") == "cooperate");                    // soft hyphen
  CHECK(fold("\xE2\x80\xAB" "x" "\xE2\x80\xAC") == "x");                 // embedding controls
}

TEST_CASE("normalizer turns typographic quotes, dashes and spaces into ASCII", "[text][normalizer]") {
  CHECK(fold("SDF\xE2\x80\x99s") == "sdf's");
  CHECK(fold("\xE2\x80\x98quoted\xE2\x80\x99") == "'quoted'");
  CHECK(fold("\xE2\x80\x9C" "Aleppo" "\xE2\x80\x9D") == "\"aleppo\"");
  CHECK(fold("\xC2\xAB" "حلب" "\xC2\xBB") == "\"حلب\"");
  CHECK(fold("Sana\xCA\xBC" "a") == "sana'a");
  CHECK(fold("Sana`a") == "sana'a");
  CHECK(fold("2024\xE2\x80\x93" "2025") == "2024-2025");
  CHECK(fold("war\xE2\x80\x94" "again") == "war-again");
  CHECK(fold("Al\xE2\x80\x91Ghareeb") == "al-ghareeb");  // non-breaking hyphen
  CHECK(fold("El\xC2\xA0" "Fasher") == "el fasher");
}

TEST_CASE("normalizer drops invalid bytes instead of guessing", "[text][normalizer]") {
  auto n = normalizer().normalize("a\xFF" "b");
  CHECK(n.text == "ab");
  REQUIRE(n.toOriginal.size() == 3);
  CHECK(n.toOriginal[0] == 0);
  CHECK(n.toOriginal[1] == 2);
  CHECK(n.toOriginal[2] == 3);
}

TEST_CASE("fold and normalize give the same text", "[text][normalizer]") {
  for (std::string s : {"The SDF\xE2\x80\x99s fighters", "بالأشرفيّة، ١٢ قتيلاً", "", "Ａｌｅｐｐｏ"}) {
    CHECK(normalizer().normalize(s).text == fold(s));
  }
}

TEST_CASE("every output byte maps back to the original byte it came from", "[text][normalizer][offsets]") {
  SECTION("Arabic with shadda: عزّام") {
    std::string in = "عزّام";  // ع ز ّ ا م, two bytes each
    auto n = normalizer().normalize(in);
    CHECK(n.text == "عزام");
    checkOffsets(in, n);
    // ع at 0, ز at 2, the shadda at 4 is dropped, ا at 6, م at 8.
    CHECK(n.toOriginal == std::vector<uint32_t>{0, 0, 2, 2, 6, 6, 8, 8, 10});
  }
  SECTION("mixed scripts with folding that changes byte counts") {
    std::string in = "Gov. Azzam Al\xE2\x80\x91Ghar\xC3\xAE" "b (\xE2\x80\x8F" "عزّام الغريب) – ٢٠٢٦";
    auto n = normalizer().normalize(in);
    checkOffsets(in, n);
    // Each output character maps to the input character it came from.
    auto at = [&](std::string_view outNeedle) {
      auto p = n.text.find(outNeedle);
      REQUIRE(p != std::string::npos);
      return n.toOriginal[p];
    };
    CHECK(at("azzam") == in.find("Azzam"));
    CHECK(at("-ghar") == in.find("\xE2\x80\x91"));   // the non-breaking hyphen
    CHECK(at("ib (") == in.find("\xC3\xAE"));       // î -> i
    CHECK(at("عزام") == in.find("عزّام"));
    CHECK(at("الغريب") == in.find("الغريب"));
    CHECK(at("2026") == in.find("٢٠٢٦"));
    CHECK(at("- 2026") == in.find("\xE2\x80\x93"));  // the en dash
    // The span of a match in the output maps to the span of the original.
    auto b = n.text.find("عزام");
    auto e = b + std::string("عزام").size();
    CHECK(in.substr(n.toOriginal[b], n.toOriginal[e] - n.toOriginal[b]) == "عزّام");
  }
  SECTION("dropped characters leave no output byte") {
    std::string in = "\xE2\x80\x8F" "x";
    auto n = normalizer().normalize(in);
    CHECK(n.text == "x");
    CHECK(n.toOriginal == std::vector<uint32_t>{3, 4});
  }
  SECTION("one input character expanding to several output bytes") {
    std::string in = "\xEF\xAC\x81x";  // ﬁ ligature
    auto n = normalizer().normalize(in);
    CHECK(n.text == "fix");
    CHECK(n.toOriginal == std::vector<uint32_t>{0, 0, 3, 4});
  }
}
