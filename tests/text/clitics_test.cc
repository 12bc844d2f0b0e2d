#include <catch2/catch.hpp>

#include <algorithm>

#include "../support/test_support.h"
#include "text/clitics.h"

using namespace akg;
using namespace akg::test;

namespace {

std::string fold(std::string_view s) { return bundledLexicon().normalizer().fold(s); }

std::vector<std::string> stems(std::string_view word) {
  std::vector<std::string> out;
  for (const auto& f : procliticForms(fold(word), bundledLexicon().clitics())) out.push_back(f.stem);
  return out;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

const CliticForm* formWithStem(const std::vector<CliticForm>& forms, const std::string& stem) {
  for (const auto& f : forms)
    if (f.stem == stem) return &f;
  return nullptr;
}

std::string describe(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : " | ") + s;
  return out;
}

}  // namespace

TEST_CASE("proclitic forms list the token itself first", "[text][clitics][ar]") {
  auto forms = procliticForms(fold("بحلب"), bundledLexicon().clitics());
  REQUIRE_FALSE(forms.empty());
  CHECK(forms[0].stem == fold("بحلب"));
  CHECK(forms[0].conjunction.empty());
  CHECK(forms[0].preposition.empty());
}

TEST_CASE("proclitics are removed to find the name behind them", "[text][clitics][ar]") {
  struct Case {
    const char* token;
    const char* stem;  // normalised
    const char* conjunction;
    const char* preposition;
  };
  const std::vector<Case> cases{
      {"بحلب", "حلب", "", "ب"},
      {"وقسد", "قسد", "و", ""},
      {"للقوات", "القوات", "", "ل"},
      {"بالأشرفية", "الاشرفيه", "", "ب"},
      {"والشيخ", "الشيخ", "و", ""},
      {"وحماس", "حماس", "و", ""},
      {"فالجيش", "الجيش", "ف", ""},
      {"كالعادة", "العاده", "", "ك"},
      {"بالفاشر", "الفاشر", "", "ب"},
      {"ولحزب", "حزب", "و", "ل"},
  };
  for (const auto& c : cases) {
    INFO(c.token << " -> " << describe(stems(c.token)));
    auto forms = procliticForms(fold(c.token), bundledLexicon().clitics());
    const CliticForm* f = formWithStem(forms, c.stem);
    REQUIRE(f != nullptr);
    CHECK(f->conjunction == c.conjunction);
    CHECK(f->preposition == c.preposition);
  }
}

TEST_CASE("conjunction and preposition together: وبالمدينة", "[text][clitics][ar]") {
  auto forms = procliticForms(fold("وبالمدينة"), bundledLexicon().clitics());
  const CliticForm* withoutConj = formWithStem(forms, fold("بالمدينة"));
  REQUIRE(withoutConj != nullptr);
  CHECK(withoutConj->conjunction == "و");
  CHECK(withoutConj->preposition.empty());
  const CliticForm* both = formWithStem(forms, fold("المدينة"));
  REQUIRE(both != nullptr);
  CHECK(both->conjunction == "و");
  CHECK(both->preposition == "ب");
}

TEST_CASE("stems keep at least two letters", "[text][clitics][ar]") {
  for (const char* token : {"وب", "ول", "بل", "وبه", "لل", "ولي"}) {
    INFO(token << " -> " << describe(stems(token)));
    for (const auto& s : stems(token)) CHECK(codePoints(s) >= 2);
  }
  // "وبه": و + "به" is allowed (two letters), و + ب + "ه" is not.
  CHECK(contains(stems("وبه"), "به"));
  CHECK_FALSE(contains(stems("وبه"), "ه"));
  // Words with no clitic have only themselves.
  CHECK(stems("دمشق") == std::vector<std::string>{"دمشق"});
}

TEST_CASE("forms are unique", "[text][clitics][ar]") {
  for (const char* token : {"وبالمدينة", "للقوات", "ببيروت", "وولاية"}) {
    auto s = stems(token);
    auto sorted = s;
    std::sort(sorted.begin(), sorted.end());
    INFO(token << " -> " << describe(s));
    CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
  }
}

TEST_CASE("pronoun suffixes are removed from trigger words", "[text][clitics][ar]") {
  const auto& rules = bundledLexicon().clitics();
  SECTION("انسحابها -> انسحاب") {
    auto forms = suffixForms(fold("انسحابها"), rules);
    INFO(describe(forms));
    CHECK(contains(forms, "انسحاب"));
  }
  SECTION("a ta that was a ta marbuta comes back as ha: سيطرتها -> سيطره") {
    auto forms = suffixForms(fold("سيطرتها"), rules);
    INFO(describe(forms));
    CHECK(contains(forms, "سيطرت"));
    CHECK(contains(forms, fold("سيطرة")));
  }
  SECTION("the longest suffix is tried first: قواتهما") {
    auto forms = suffixForms(fold("قواتهما"), rules);
    INFO(describe(forms));
    REQUIRE_FALSE(forms.empty());
    CHECK(forms.front() == "قوات");
  }
  SECTION("stems shorter than three letters are not offered") {
    auto forms = suffixForms(fold("منها"), rules);
    INFO(describe(forms));
    CHECK_FALSE(contains(forms, "من"));
  }
  SECTION("a word without a suffix has no forms") {
    CHECK(suffixForms(fold("حلب"), rules).empty());
  }
}

TEST_CASE("codePoints counts characters, not bytes", "[text][clitics]") {
  CHECK(codePoints("") == 0);
  CHECK(codePoints("abc") == 3);
  CHECK(codePoints("حلب") == 3);
  CHECK(codePoints("\xF0\x9F\x98\x80") == 1);
}
