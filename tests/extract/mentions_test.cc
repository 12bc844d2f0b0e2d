// Which entities an article names and how they resolve: gazetteer names in
// both scripts, acronyms, clitics, names outside the gazetteer, metonymy and
// role nouns. Sentences written for these tests.
#include <catch2/catch.hpp>
#include <set>

#include "../support/test_support.h"

using namespace akg;
using namespace akg::test;

namespace {

bool hasAlias(const ArticleNode& n, const std::string& alias) {
  return std::find(n.aliases.begin(), n.aliases.end(), alias) != n.aliases.end();
}

std::string aliasesOf(const ArticleNode& n) {
  std::string out;
  for (const auto& a : n.aliases) out += (out.empty() ? "" : " | ") + a;
  return out;
}

}  // namespace

TEST_CASE("gazetteer names are found in English with their type and kind", "[extract][mentions][en]") {
  ArticleGraph g = extractText("The Syrian Democratic Forces left Sheikh Maqsoud in Aleppo on Sunday.");
  INFO(describe(nodeIds(g)));
  CHECK(nodeIds(g) == std::set<std::string>{"sdf", "sheikh_maqsoud", "aleppo"});
  const ArticleNode* sdf = findNode(g, "sdf");
  REQUIRE(sdf != nullptr);
  CHECK(sdf->type == EntityType::Actor);
  CHECK(sdf->kind == "armed_group");
  CHECK(sdf->inGazetteer);
  CHECK(sdf->label == "Syrian Democratic Forces");
  const ArticleNode* sm = findNode(g, "sheikh_maqsoud");
  REQUIRE(sm != nullptr);
  CHECK(sm->type == EntityType::Location);
  CHECK(sm->kind == "district");
  const ArticleNode* aleppo = findNode(g, "aleppo");
  REQUIRE(aleppo != nullptr);
  CHECK(aleppo->coords.has_value());
}

TEST_CASE("the longest gazetteer name wins over the names inside it", "[extract][mentions]") {
  SECTION("English") {
    ArticleGraph g = extractText("Syrian Democratic Forces fighters left the city.");
    CHECK(nodeIds(g).count("sdf") == 1);
    CHECK(nodeIds(g).count("syria") == 0);
  }
  SECTION("Arabic") {
    ArticleGraph g = extractText("غادر مقاتلو قوات سوريا الديمقراطية المدينة.");
    CHECK(nodeIds(g).count("sdf") == 1);
    CHECK(nodeIds(g).count("syria") == 0);
  }
}

TEST_CASE("an acronym in brackets is the same node as the name before it", "[extract][mentions][en]") {
  ArticleGraph g = extractText("The Rapid Support Forces (RSF) entered Bara. The RSF then moved north.");
  CHECK(nodeIds(g) == std::set<std::string>{"rsf", "bara"});
  const ArticleNode* rsf = findNode(g, "rsf");
  REQUIRE(rsf != nullptr);
  INFO(aliasesOf(*rsf));
  CHECK(hasAlias(*rsf, "Rapid Support Forces"));
  CHECK(hasAlias(*rsf, "RSF"));
  CHECK(rsf->mentions == 3);
}

TEST_CASE("acronyms written in capitals do not match lower-case words", "[extract][mentions][en]") {
  ArticleGraph g = extractText("Residents told us the convoy left Aden.");
  CHECK(nodeIds(g).count("united_states") == 0);
  CHECK(nodeIds(g).count("aden") == 1);
}

TEST_CASE("Arabic names are found behind proclitics and keep their written form as alias", "[extract][mentions][ar]") {
  ArticleGraph g = extractText("اشتبكت القوات الإسرائيلية وحماس بالقرب من رفح، وتقدمت للقوات الإسرائيلية تعزيزات بالفاشر.");
  auto ids = nodeIds(g);
  INFO(describe(ids));
  CHECK(ids.count("hamas") == 1);
  CHECK(ids.count("idf") == 1);
  CHECK(ids.count("rafah") == 1);
  CHECK(ids.count("el_fasher") == 1);
  const ArticleNode* hamas = findNode(g, "hamas");
  REQUIRE(hamas != nullptr);
  INFO(aliasesOf(*hamas));
  CHECK(hasAlias(*hamas, "حماس"));
  CHECK_FALSE(hasAlias(*hamas, "وحماس"));
  const ArticleNode* fasher = findNode(g, "el_fasher");
  REQUIRE(fasher != nullptr);
  INFO(aliasesOf(*fasher));
  CHECK(hasAlias(*fasher, "الفاشر"));
  CHECK_FALSE(hasAlias(*fasher, "بالفاشر"));
}

TEST_CASE("ل before ال: للقوات الإسرائيلية is القوات الإسرائيلية", "[extract][mentions][ar]") {
  ArticleGraph g = extractText("أعلن المتحدث باسم حماس تسليم الأسرى للقوات الإسرائيلية.");
  const ArticleNode* idf = findNode(g, "idf");
  REQUIRE(idf != nullptr);
  INFO(aliasesOf(*idf));
  CHECK(hasAlias(*idf, "القوات الإسرائيلية"));
}

TEST_CASE("Arabic names keep their diacritics in aliases and match without them", "[extract][mentions][ar]") {
  ArticleGraph g = extractText("وصل محافظ حلب عزّام الغريب إلى حيّ الشيخ مقصود.");
  auto ids = nodeIds(g);
  INFO(describe(ids));
  CHECK(ids.count("azzam_al_ghareeb") == 1);
  CHECK(ids.count("sheikh_maqsoud") == 1);
  const ArticleNode* azzam = findNode(g, "azzam_al_ghareeb");
  REQUIRE(azzam != nullptr);
  INFO(aliasesOf(*azzam));
  CHECK(hasAlias(*azzam, "عزّام الغريب"));
}

TEST_CASE("people outside the gazetteer are found through titles", "[extract][mentions][en]") {
  SECTION("Governor Name") {
    ArticleGraph g = extractText("Governor Yasin Abdelkarim Musa visited El Fasher.");
    std::string id = nodeNamed(g, "Yasin Abdelkarim Musa");
    REQUIRE_FALSE(id.empty());
    CHECK(id.rfind("x:", 0) == 0);
    const ArticleNode* n = findNode(g, id);
    REQUIRE(n != nullptr);
    CHECK(n->type == EntityType::Actor);
    CHECK(n->kind == "person");
    CHECK(n->label == "Yasin Abdelkarim Musa");
    CHECK_FALSE(n->inGazetteer);
    CHECK_FALSE(n->translitKey.empty());
  }
  SECTION("the title, Name,") {
    ArticleGraph g = extractText("The mayor, Yasin Abdelkarim Musa, visited El Fasher.");
    std::string id = nodeNamed(g, "Yasin Abdelkarim Musa");
    REQUIRE_FALSE(id.empty());
    const ArticleNode* n = findNode(g, id);
    REQUIRE(n != nullptr);
    CHECK(n->kind == "person");
  }
}

// Currently: no node for "Tarig Osman Hamid" (only joint_forces_darfur).
TEST_CASE("a title after the name marks a person: Name, the spokesman of X", "[extract][mentions][en][!mayfail]") {
  ArticleGraph g = extractText("Tarig Osman Hamid, the spokesman of the Joint Forces, denied the report.");
  INFO(describe(nodeIds(g)));
  std::string id = nodeNamed(g, "Tarig Osman Hamid");
  REQUIRE_FALSE(id.empty());
  const ArticleNode* n = findNode(g, id);
  REQUIRE(n != nullptr);
  CHECK(n->kind == "person");
  checkExtraction({"Tarig Osman Hamid, the spokesman of the Joint Forces, denied the report.",
                   {"@Tarig Osman Hamid", "joint_forces_darfur"},
                   {{"@Tarig Osman Hamid", "represents", "joint_forces_darfur"}}});
}

// Currently: no person node; the "." token after Mr/Gen/Dr ends the name
// chunk, so the honorific no longer types the name after it.
TEST_CASE("an honorific written with a full stop marks a person: Mr. Name, Gen. Name", "[extract][mentions][en][!mayfail]") {
  for (const std::string text : {"Mr. Yasin Abdelkarim Musa visited El Fasher.",
                                 "Gen. Yasin Abdelkarim Musa visited El Fasher.",
                                 "Dr. Yasin Abdelkarim Musa visited El Fasher."}) {
    ArticleGraph g = extractText(text);
    INFO(text << " -> " << describe(nodeIds(g)));
    std::string id = nodeNamed(g, "Yasin Abdelkarim Musa");
    CHECK_FALSE(id.empty());
    if (const ArticleNode* n = findNode(g, id)) CHECK(n->kind == "person");
  }
}

TEST_CASE("places outside the gazetteer are found through cue words", "[extract][mentions]") {
  SECTION("بلدة X") {
    ArticleGraph g = extractText("قصفت قوات الدعم السريع بلدة أبو قرنين قرب الأبيض.");
    std::string id = nodeNamed(g, "أبو قرنين");
    INFO(describe(nodeIds(g)));
    REQUIRE_FALSE(id.empty());
    const ArticleNode* n = findNode(g, id);
    REQUIRE(n != nullptr);
    CHECK(n->type == EntityType::Location);
    CHECK(n->kind == "town");
  }
  SECTION("X village") {
    ArticleGraph g = extractText("The RSF shelled Abu Qarnain village on Friday.");
    std::string id = nodeNamed(g, "Abu Qarnain");
    INFO(describe(nodeIds(g)));
    REQUIRE_FALSE(id.empty());
    const ArticleNode* n = findNode(g, id);
    REQUIRE(n != nullptr);
    CHECK(n->type == EntityType::Location);
    CHECK(n->kind == "town");
  }
  SECTION("the X district") {
    ArticleGraph g = extractText("The RSF entered the Karkar district on Monday.");
    std::string id = nodeNamed(g, "Karkar");
    INFO(describe(nodeIds(g)));
    REQUIRE_FALSE(id.empty());
    const ArticleNode* n = findNode(g, id);
    REQUIRE(n != nullptr);
    CHECK(n->kind == "district");
  }
}

// "the town" / "the village" must not be read as anaphors pointing back to
// an earlier place when a "town of" cue follows.
TEST_CASE("the town of X names a new town, not an earlier place", "[extract][mentions][en]") {
  SECTION("the town of X") {
    ArticleGraph g = extractText("The RSF shelled the town of Abu Qarnain near El Obeid.");
    INFO(describe(nodeIds(g)));
    std::string id = nodeNamed(g, "Abu Qarnain");
    REQUIRE_FALSE(id.empty());
    const ArticleNode* n = findNode(g, id);
    REQUIRE(n != nullptr);
    CHECK(n->kind == "town");
    checkExtraction({"The RSF shelled the town of Abu Qarnain near El Obeid.", {"rsf", "@Abu Qarnain", "el_obeid"},
                     {{"rsf", "attacked", "@Abu Qarnain"}}});
  }
  SECTION("the village of X after another place") {
    checkExtraction({"The army held Tawila. The RSF shelled the village of Abu Qarnain.", {"tawila", "@Abu Qarnain"},
                     {{"rsf", "attacked", "@Abu Qarnain"}}, {{"rsf", "attacked", "tawila"}}});
  }
}

TEST_CASE("a capital that acts is its government, a capital as a place stays a place", "[extract][mentions][metonymy]") {
  SECTION("Damascus said") {
    ArticleGraph g = extractText("Damascus said the talks would continue next week.");
    CHECK(nodeIds(g).count("syrian_government") == 1);
    CHECK(nodeIds(g).count("damascus") == 0);
  }
  SECTION("in Damascus") {
    ArticleGraph g = extractText("Several people were wounded in Damascus on Monday.");
    CHECK(nodeIds(g).count("damascus") == 1);
    CHECK(nodeIds(g).count("syrian_government") == 0);
  }
}

// Currently: the capital is read as its government in object position:
// al_shabaab -attacked-> somali_government, and Tripoli becomes gnu.
TEST_CASE("a capital that is attacked or shaken is the city", "[extract][mentions][metonymy][!mayfail]") {
  SECTION("attacked Mogadishu") {
    checkExtraction({"Al-Shabaab attacked Mogadishu overnight.", {"al_shabaab", "mogadishu"},
                     {{"al_shabaab", "attacked", "mogadishu"}},
                     {{"al_shabaab", "attacked", "somali_government"}}});
  }
  SECTION("clashes shook Tripoli") {
    ArticleGraph g = extractText("Heavy clashes between Radaa and the 444th Brigade shook Tripoli overnight.");
    INFO(describe(nodeIds(g)));
    CHECK(nodeIds(g).count("tripoli") == 1);
    CHECK(nodeIds(g).count("gnu") == 0);
  }
}

TEST_CASE("role nouns resolve to the institution of the article's country", "[extract][mentions][roles]") {
  SECTION("the army in Sudan") {
    ArticleGraph g = extractText("The army entered Bara after the RSF withdrew from El Obeid.");
    CHECK(nodeIds(g).count("saf") == 1);
  }
  SECTION("the army in Lebanon") {
    ArticleGraph g = extractText("The army deployed in Khiam and Naqoura after Hezbollah left.");
    CHECK(nodeIds(g).count("lebanese_army") == 1);
    CHECK(nodeIds(g).count("saf") == 0);
  }
  SECTION("الجيش in Yemen") {
    ArticleGraph g = extractText("تقدم الجيش في مأرب بعد معارك مع الحوثيين.");
    CHECK(nodeIds(g).count("yemeni_army") == 1);
  }
}

TEST_CASE("capitalised words that are not names make no node", "[extract][mentions][en]") {
  ArticleGraph g = extractText("Yesterday was quiet in Mogadishu. Meanwhile, Residents said Monday was calm.");
  CHECK(nodeIds(g) == std::set<std::string>{"mogadishu"});
}

TEST_CASE("English and Arabic names of a gazetteer entity give the same node id", "[extract][mentions]") {
  struct Pair {
    std::string en, ar, id;
  };
  const std::vector<Pair> pairs{
      {"The SDF left Aleppo.", "غادرت قسد حلب.", "sdf"},
      {"Hezbollah fired rockets.", "أطلق حزب الله صواريخ.", "hezbollah"},
      {"Al-Shabaab attacked the base.", "هاجمت حركة الشباب القاعدة.", "al_shabaab"},
      {"The Houthis fired missiles.", "أطلق الحوثيون صواريخ.", "houthis"},
      {"Residents fled El Fasher.", "فر السكان من الفاشر.", "el_fasher"},
  };
  for (const auto& p : pairs) {
    INFO(p.en << " / " << p.ar);
    CHECK(nodeIds(extractText(p.en)).count(p.id) == 1);
    CHECK(nodeIds(extractText(p.ar)).count(p.id) == 1);
  }
}

TEST_CASE("a word that is both a trigger and a cue still names a patron's groups", "[extract][mentions][en]") {
  ArticleGraph g = extractText("Damascus government-affiliated factions attacked the Asayish in Aleppo.");
  CHECK(findNode(g, "syrian_government_affiliated_groups") != nullptr);
  CHECK(hasEdge(edgeTriples(g), {"syrian_government_affiliated_groups", "attacked", "asayish"}));
}

TEST_CASE("a state role named inside a descriptor wins over the descriptor", "[extract][mentions][en]") {
  // "the ministry" alone points back; "the Ministry of Interior" names the
  // interior ministry of the country the article is about.
  ArticleGraph g = extractText("Clashes erupted in Aleppo on Tuesday. The Ministry of Interior said two people were killed.");
  CHECK(findNode(g, "syrian_interior_ministry") != nullptr);
}

TEST_CASE("a place name that is also a common word counts only where a place is expected", "[extract][mentions][ar]") {
  // طويلة is the Darfur town and the adjective "long".
  CHECK(findNode(extractText("قالت إن القوات ستبقى لفترة طويلة في المنطقة."), "tawila") == nullptr);
  CHECK(findNode(extractText("نزح آلاف المدنيين من الفاشر إلى طويلة."), "tawila") != nullptr);
  CHECK(findNode(extractText("وصل النازحون إلى بلدة طويلة أمس."), "tawila") != nullptr);
}

TEST_CASE("a word written with ta marbuta carries no ه pronoun suffix", "[extract][mentions][ar]") {
  // محافظة (governorate) folds to محافظه, which would read "its governor".
  ArticleGraph g = extractText("اعتقلت القوات الإسرائيلية محمود بشارات في بلدة طمون بمحافظة طوباس.");
  for (const auto& [s, rel, t] : edgeTriples(g)) {
    INFO(s << " " << rel << " " << t);
    CHECK(rel != "leads");
  }
}

TEST_CASE("unit numbers and demonyms belong to an organisation's name; operations are no entities", "[extract][mentions][en]") {
  ArticleGraph g = extractText(
      "Gunmen stormed a base of the 153 Task Force Battalion in Kirawa, said a spokesman for Operation Hadin Kai. "
      "Troops regained the town with support from the Nigerian Air Force and the 26th Task Force Brigade.");
  bool battalion = false, brigade = false, airForce = false;
  for (const auto& n : g.nodes) {
    INFO(n.id << " " << n.label);
    CHECK(n.label.find("Hadin Kai") == std::string::npos);
    battalion = battalion || n.label == "153 Task Force Battalion";
    brigade = brigade || n.label == "26th Task Force Brigade";
    airForce = airForce || n.label == "Nigerian Air Force";
  }
  CHECK(battalion);
  CHECK(brigade);
  CHECK(airForce);
}

TEST_CASE("Arabic people are found after a title or a rank, whatever their given name", "[extract][mentions][ar]") {
  ArticleGraph g = extractText("وزار حاكم ولاية بورنو باباغانا زولوم بلدة بولكا، والتقى العميد كينيدي أوغوتشوكو في مايدوغوري.");
  std::set<std::string> people;
  for (const auto& n : g.nodes)
    if (n.kind == "person") people.insert(n.label);
  CHECK(people.count("باباغانا زولوم") == 1);
  CHECK(people.count("كينيدي أوغوتشوكو") == 1);
  CHECK(hasEdge(edgeTriples(g), {nodeNamed(g, "باباغانا زولوم"), "leads", "borno"}));
  // A quantifier after a title is no name.
  ArticleGraph h = extractText("دعا رئيس المجلس جميع الأطراف إلى الهدوء.");
  for (const auto& n : h.nodes) CHECK(n.label.find("جميع") == std::string::npos);
}

TEST_CASE("a lower-case place word after a capitalised name heads it", "[extract][mentions][en]") {
  ArticleGraph g = extractText("Government forces retook the Al-Kadaha hills and moved towards the Hamrin mountains on Sunday.");
  std::set<std::string> labels;
  for (const auto& n : g.nodes)
    if (n.type == EntityType::Location) labels.insert(n.label);
  CHECK(labels.count("Al-Kadaha hills") == 1);
  CHECK(labels.count("Hamrin mountains") == 1);
}

TEST_CASE("an Arabic word with ال carries no pronoun suffix", "[extract][mentions][ar]") {
  // الرئيسي is "main", not رئيس + ي "my president".
  ArticleGraph g = extractText("استعادت القوات الحكومية تلال الكدحة المطلة على الطريق الرئيسي المؤدي إلى عدن.");
  for (const auto& [s, rel, t] : edgeTriples(g)) CHECK(rel != "leads");
  bool hills = false;  // "تلال" is a place cue
  for (const auto& n : g.nodes) hills = hills || n.label.starts_with("الكدحة");
  CHECK(hills);
}

TEST_CASE("the UN's Arabic adjective names the UN", "[extract][mentions][ar]") {
  checkExtraction({"وصل المبعوث الأممي هانس غروندبرغ إلى مسقط.", {"united_nations", "hans_grundberg", "muscat"},
                   {{"hans_grundberg", "represents", "united_nations"}}});
}

TEST_CASE("Arabic unnamed groups known by their patron, past an adjective", "[extract][mentions][ar]") {
  ArticleGraph g = extractText("نشر المجلس الانتقالي الجنوبي قوات عقب اشتباكات مع مسلحين قبليين موالين للحكومة اليمنية.");
  CHECK(findNode(g, "yemeni_government_affiliated_groups") != nullptr);
  CHECK_FALSE(hasEdge(edgeTriples(g), {"stc", "clashed_with", "yemeni_government"}));
}

TEST_CASE("English groups named by their patron after the noun", "[extract][mentions][en]") {
  ArticleGraph g = extractText("Armed groups loyal to the Government of National Unity clashed with the Radaa force in Tripoli.");
  CHECK(findNode(g, "gnu_affiliated_groups") != nullptr);
  CHECK(hasEdge(edgeTriples(g), {"gnu_affiliated_groups", "affiliated_with", "gnu"}));
  // Fighters affiliated with a group are that group's own.
  ArticleGraph h = extractText("Syrian forces clashed with fighters affiliated with the SDF in Aleppo.");
  CHECK(findNode(h, "sdf_affiliated_groups") == nullptr);
}

TEST_CASE("Arabic: a direction names a place; a name's later words do not end in ta marbuta", "[extract][mentions][ar]") {
  ArticleGraph g = extractText("اندلعت اشتباكات بين مجموعات مسلحة موالية لحكومة الوحدة الوطنية وجهاز الردع جنوبي العاصمة الليبية.");
  CHECK(findNode(g, "gnu_affiliated_groups") != nullptr);
  CHECK(hasEdge(edgeTriples(g), {"gnu_affiliated_groups", "clashed_with", "radaa"}));
  ArticleGraph h = extractText("نفى المتحدث باسم الجيش الوطني الليبي أحمد المسماري مشاركة قواته في القتال.");
  CHECK_FALSE(nodeNamed(h, "أحمد المسماري").empty());
}
