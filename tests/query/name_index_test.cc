#include <catch2/catch.hpp>

#include "query/graph_loader.h"
#include "query/name_index.h"

using namespace akg;
using namespace akg::query;

namespace {

const KnowledgeGraph& fixture() {
  static auto kg = loadGraph(AKG_SOURCE_DIR "/tests/data/query/fixture.json");
  return *kg;
}

std::string idOf(const NameMatch& m) {
  REQUIRE(m.status == NameMatch::Status::Unique);
  return fixture().graph()[m.candidates.front()].id;
}

}  // namespace

TEST_CASE("normalizeName folds case, articles and punctuation", "[query][names]") {
  CHECK(normalizeName("The Syrian Democratic Forces") == "syrian democratic forces");
  CHECK(normalizeName("  SDF ") == "sdf");
  CHECK(normalizeName("al-Ghareeb") == "ghareeb");
  CHECK(normalizeName("Al Hasakah") == "hasakah");
  CHECK(normalizeName("north-east Syria") == "north east syria");
  CHECK(normalizeName("Ba'ath") == "baath");
  CHECK(normalizeName("U.S.") == "u s");
  CHECK(normalizeName("al") == "al");  // nothing follows: the word stays
}

TEST_CASE("normalizeName removes Latin diacritics", "[query][names]") {
  CHECK(normalizeName("Kobanê") == "kobane");
  CHECK(normalizeName("Ḥalab") == "halab");
  CHECK(normalizeName("ʿAfrin") == "afrin");
}

TEST_CASE("normalizeName folds Arabic alef, ya, ta marbuta, tashkeel and tatweel", "[query][names][ar]") {
  CHECK(normalizeName("الأشرفية") == normalizeName("الاشرفيه"));
  CHECK(normalizeName("إدلب") == "ادلب");
  CHECK(normalizeName("آمد") == "امد");
  CHECK(normalizeName("ٱلرقة") == "رقه");
  CHECK(normalizeName("مصطفى") == "مصطفي");
  CHECK(normalizeName("الشَّيْخ مَقْصُود") == "شيخ مقصود");
  CHECK(normalizeName("قـــسد") == "قسد");
  CHECK(normalizeName("الحسكة") == "حسكه");
}

TEST_CASE("a name finds its node by any label or alias in either language", "[query][names][ar]") {
  NameIndex index(fixture());
  SECTION("English forms") {
    CHECK(idOf(index.lookup("SDF")) == "sdf");
    CHECK(idOf(index.lookup("sdf")) == "sdf");
    CHECK(idOf(index.lookup("syrian democratic forces")) == "sdf");
    CHECK(idOf(index.lookup("The Syrian Democratic Forces")) == "sdf");
    CHECK(idOf(index.lookup("Sheikh Maksoud")) == "sheikh_maqsoud");
    CHECK(idOf(index.lookup("Fashir")) == "el_fasher");  // "al-Fashir" without its article
  }
  SECTION("Arabic forms") {
    CHECK(idOf(index.lookup("قسد")) == "sdf");
    CHECK(idOf(index.lookup("قوات سوريا الديمقراطية")) == "sdf");
    CHECK(idOf(index.lookup("حلب")) == "aleppo");
    CHECK(idOf(index.lookup("الاشرفيه")) == "ashrafiyeh");  // plain alef, ha for ta marbuta
    CHECK(idOf(index.lookup("أشرفية")) == "ashrafiyeh");     // no article, hamza on the alef
    CHECK(idOf(index.lookup("الشيخ مقصود")) == "sheikh_maqsoud");  // the alias carries tashkeel
    CHECK(idOf(index.lookup("مجلس منبج العسكري")) == "x:مجلس_منبج_العسكري");
  }
  SECTION("an Arabic proclitic written onto the name") {
    NameMatch m = index.lookup("وقسد");
    CHECK(idOf(m) == "sdf");
    CHECK(m.how == "clitic");
    CHECK(idOf(index.lookup("بحلب")) == "aleppo");
  }
  SECTION("ids") {
    CHECK(idOf(index.lookup("sheikh_maqsoud")) == "sheikh_maqsoud");
    CHECK(index.lookup("deir_hafer").how == "id");
  }
}

TEST_CASE("a unique prefix or set of words finds a node", "[query][names]") {
  NameIndex index(fixture());
  NameMatch prefix = index.lookup("Deir");
  CHECK(idOf(prefix) == "deir_hafer");
  CHECK(prefix.how == "prefix");
  NameMatch token = index.lookup("Barrack");
  CHECK(idOf(token) == "tom_barrack");
  CHECK(token.how == "token");
  CHECK(idOf(index.lookup("Ghareeb")) == "azzam_al_ghareeb");
  CHECK(idOf(index.lookup("الغريب")) == "azzam_al_ghareeb");
}

TEST_CASE("a name shared by two nodes is ambiguous and lists both", "[query][names]") {
  NameIndex index(fixture());
  for (const char* name : {"Damascus", "دمشق"}) {
    NameMatch m = index.lookup(name);
    REQUIRE(m.status == NameMatch::Status::Ambiguous);
    std::vector<std::string> ids;
    for (auto v : m.candidates) ids.push_back(fixture().graph()[v].id);
    std::sort(ids.begin(), ids.end());
    CHECK(ids == std::vector<std::string>{"damascus", "syrian_government"});
  }
  // A prefix shared by several nodes is ambiguous too.
  CHECK(index.lookup("Syrian").status == NameMatch::Status::Ambiguous);
}

TEST_CASE("an unknown name suggests the closest names", "[query][names]") {
  NameIndex index(fixture());
  NameMatch m = index.lookup("Alepo");
  REQUIRE(m.status == NameMatch::Status::Unknown);
  CHECK(m.candidates.empty());
  REQUIRE_FALSE(m.suggestions.empty());
  CHECK(fixture().graph()[m.suggestions.front().vertex].id == "aleppo");
  CHECK(m.suggestions.front().distance == 1);

  NameMatch ar = index.lookup("قصد");
  REQUIRE(ar.status == NameMatch::Status::Unknown);
  REQUIRE_FALSE(ar.suggestions.empty());
  CHECK(fixture().graph()[ar.suggestions.front().vertex].id == "sdf");

  NameMatch nothing = index.lookup("Zanzibar Liberation Front");
  CHECK(nothing.status == NameMatch::Status::Unknown);
  CHECK(nothing.suggestions.empty());
}
