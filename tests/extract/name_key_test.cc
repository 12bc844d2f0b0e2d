#include <catch2/catch.hpp>

#include "../support/test_support.h"
#include "extract/name_key.h"

using namespace akg;
using namespace akg::test;

namespace {

std::string keyOf(const std::string& name) {
  static const NameKeyer keyer(bundledLexicon());
  return keyer.key(bundledLexicon().normalizer().fold(name));
}

}  // namespace

TEST_CASE("name keys meet across scripts and spellings", "[extract][name_key][ar]") {
  const std::vector<std::vector<std::string>> groups{
      {"عزّام الغريب", "عزام الغريب", "Azzam al-Gharib", "Azzam Al-Ghareeb", "Azzam al Gharib"},
      {"نور الدين البابا", "Nour al-Din al-Baba", "Noureddine al-Baba", "Nur al-Din al-Baba"},
      {"منير المحمد", "Munir al-Mohammad", "Mounir al-Mohammed"},
      {"محمد حمدان دقلو", "Mohamed Hamdan Dagalo", "Mohammed Hamdan Dagalo"},
      {"عبد الرحيم دقلو", "Abdel Rahim Dagalo", "Abdelrahim Dagalo"},
      {"خليفة حفتر", "Khalifa Haftar", "Khalifa Hafter"},
      {"مظلوم عبدي", "Mazloum Abdi", "Mazlum Abdi"},
  };
  for (const auto& group : groups) {
    const std::string first = keyOf(group.front());
    INFO(group.front() << " -> " << first);
    CHECK_FALSE(first.empty());
    for (size_t i = 1; i < group.size(); ++i) {
      INFO(group[i] << " -> " << keyOf(group[i]));
      CHECK(keyOf(group[i]) == first);
    }
  }
}

TEST_CASE("name keys differ for clearly different names", "[extract][name_key]") {
  const std::vector<std::string> names{"Azzam al-Gharib", "Munir al-Mohammad", "Nour al-Din al-Baba",
                                       "Mohamed Hamdan Dagalo", "Abdel Rahim Dagalo", "Khalifa Haftar",
                                       "Mazloum Abdi", "Ahmed al-Sharaa", "Naim Qassem", "ياسر العطا",
                                       "شمس الدين كباشي", "منى الحسن"};
  std::map<std::string, std::string> byKey;
  for (const auto& n : names) {
    auto k = keyOf(n);
    INFO(n << " -> " << k);
    REQUIRE_FALSE(k.empty());
    auto [it, fresh] = byKey.emplace(k, n);
    INFO("same key as " << it->second);
    CHECK(fresh);
  }
}

TEST_CASE("name keys drop articles and particles", "[extract][name_key]") {
  CHECK(keyOf("al-Baba") == keyOf("Baba"));
  CHECK(keyOf("البابا") == keyOf("بابا"));
  // The key is ASCII consonants only.
  for (const std::string name : {"عزّام الغريب", "Noureddine al-Baba", "Erdoğan"}) {
    auto k = keyOf(name);
    INFO(name << " -> " << k);
    for (char c : k) CHECK((c >= 'a' && c <= 'z'));
  }
}

TEST_CASE("names too short for a safe key give an empty key", "[extract][name_key]") {
  CHECK(keyOf("Al").empty());
  CHECK(keyOf("Abu").empty());
  CHECK(keyOf("").empty());
  CHECK(keyOf("!!").empty());
}

// Currently fails: name_rewrites are tried in alphabetical order, so "abdu"
// rewrites "abdul" to "abdl" before "abdul" is tried ("Abdul Rahim" ->
// bdlrhm, "Abdel Rahim" -> bdrhm).
TEST_CASE("Abdel, Abdul and Abdur spellings share one key", "[extract][name_key][!mayfail]") {
  CHECK(keyOf("Abdul Rahim Dagalo") == keyOf("عبد الرحيم دقلو"));
  CHECK(keyOf("Abdul Rahim") == keyOf("Abdel Rahim"));
  CHECK(keyOf("Abdur Rahman al-Mahrami") == keyOf("عبد الرحمن المحرمي"));
}

TEST_CASE("a unit's number is part of its key, its ordinal suffix is not", "[extract][name_key]") {
  CHECK(keyOf("153 Task Force Battalion") != keyOf("154 Task Force Battalion"));
  CHECK(keyOf("26th Brigade") == keyOf("26 Brigade"));
  CHECK(keyOf("الفرقة 22 مشاة") != keyOf("الفرقة 16 مشاة"));
}
