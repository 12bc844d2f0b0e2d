// Relations from short sentences written for these tests, one construction
// per case, in English and Arabic, across several conflicts. Entities are
// gazetteer ids so the cases test relations, not recognition; "@Name" is a
// name outside the gazetteer, found by its alias. Compared as sets: the
// listed edges must be there, the "absent" ones must not.
#include <catch2/catch.hpp>

#include "../support/test_support.h"

using namespace akg;
using namespace akg::test;

// ------------------------------------------------------------------ English

TEST_CASE("English subject-verb-object sentences give head -> tail edges", "[extract][relations][en]") {
  SECTION("Sudan: seized") {
    checkExtraction({"The RSF seized El Fasher.", {"rsf", "el_fasher"}, {{"rsf", "controls", "el_fasher"}}});
  }
  SECTION("Yemen: attacked a city") {
    checkExtraction({"The Houthis attacked Marib on Tuesday.", {"houthis", "marib"}, {{"houthis", "attacked", "marib"}}});
  }
  SECTION("Gaza: took control of") {
    checkExtraction({"Israeli troops took control of Rafah at dawn.", {"idf", "rafah"}, {{"idf", "controls", "rafah"}}});
  }
  SECTION("Lebanon: withdrew from") {
    checkExtraction({"Hezbollah withdrew from the Litani area after the deal.", {"hezbollah", "litani"},
                     {{"hezbollah", "withdrew_from", "litani"}}});
  }
  SECTION("Somalia: attacked an actor") {
    checkExtraction({"Al-Shabaab attacked Somali army positions in Lower Shabelle.",
                     {"al_shabaab", "somali_army", "lower_shabelle"},
                     {{"al_shabaab", "attacked", "somali_army"}}});
  }
}

TEST_CASE("English passives swap the by-agent into the head", "[extract][relations][en][passive]") {
  SECTION("seized by") {
    checkExtraction({"El Fasher was seized by the RSF.", {"rsf", "el_fasher"}, {{"rsf", "controls", "el_fasher"}},
                     {{"el_fasher", "controls", "rsf"}}});
  }
  SECTION("shelled by") {
    checkExtraction({"Kadugli was shelled by the SPLM-N overnight.", {"splm_n", "kadugli"},
                     {{"splm_n", "attacked", "kadugli"}}});
  }
}

TEST_CASE("a passive mediation names both parties of the truce", "[extract][relations][en][passive]") {
  checkExtraction({"The ceasefire between the SAF and the RSF was brokered by the African Union.",
                   {"african_union", "saf", "rsf"},
                   {{"african_union", "mediated", "saf"},
                    {"african_union", "mediated", "rsf"},
                    {"saf", "agreement_with", "rsf"}},
                   {{"rsf", "mediated", "african_union"}}});
}

TEST_CASE("an active mediation names both parties of the truce", "[extract][relations][en]") {
  checkExtraction({"The African Union brokered a ceasefire between the SAF and the RSF.",
                   {"african_union", "saf", "rsf"},
                   {{"african_union", "mediated", "saf"},
                    {"african_union", "mediated", "rsf"},
                    {"saf", "agreement_with", "rsf"}}});
}

// Currently: "the army" resolves against Qatar, the only country named, to
// qatar_army, giving qatar -mediated-> qatar_army and
// qatar_army -agreement_with-> rsf.
TEST_CASE("a country that brokers a truce acts as a state", "[extract][relations][en][passive][!mayfail]") {
  // "Qatar" here is the state acting (gold kind "state"), and "the army" is
  // the Sudanese army: the other party is the RSF.
  checkExtraction({"The truce between the army and the RSF was brokered by Qatar.",
                   {"qatar", "saf", "rsf"},
                   {{"qatar", "mediated", "saf"}, {"qatar", "mediated", "rsf"}, {"saf", "agreement_with", "rsf"}},
                   {{"qatar_army", "agreement_with", "rsf"}}});
}

TEST_CASE("English nominal triggers take of-X as head and from/to-Y as tail", "[extract][relations][en][nominal]") {
  SECTION("the withdrawal of X from Y") {
    checkExtraction({"The withdrawal of the SDF from Aleppo was completed on Sunday.", {"sdf", "aleppo"},
                     {{"sdf", "withdrew_from", "aleppo"}}});
  }
  SECTION("the withdrawal of fighters of X from Y") {
    checkExtraction({"Residents watched the withdrawal of Radaa fighters from Mitiga airport.",
                     {"radaa", "mitiga_airport"},
                     {{"radaa", "withdrew_from", "mitiga_airport"}}});
  }
}

TEST_CASE("coordinated places give one edge each", "[extract][relations][en][coordination]") {
  SECTION("from X and Y") {
    checkExtraction({"The RSF withdrew from Bara and Um Sumeima.", {"rsf", "bara", "um_sumeima"},
                     {{"rsf", "withdrew_from", "bara"}, {"rsf", "withdrew_from", "um_sumeima"}}});
  }
  SECTION("a list of three") {
    checkExtraction({"The army retook Bara, Um Rawaba and Um Sumeima.", {"saf", "bara", "um_rawaba", "um_sumeima"},
                     {{"saf", "controls", "bara"}, {"saf", "controls", "um_rawaba"}, {"saf", "controls", "um_sumeima"}}});
  }
}

// Currently: "Kazgil" makes no node (nothing types a capitalised word after
// "and" in a list of places).
TEST_CASE("a name outside the gazetteer listed with known places is a place too",
          "[extract][relations][en][coordination][!mayfail]") {
  checkExtraction({"The army retook Bara, Um Rawaba and Kazgil.", {"saf", "bara", "um_rawaba", "@Kazgil"},
                   {{"saf", "controls", "bara"}, {"saf", "controls", "um_rawaba"}, {"saf", "controls", "@Kazgil"}}});
}

// Currently: only the nearest subject, joint_forces_darfur -controls-> el_fasher.
TEST_CASE("coordinated subjects give one edge each", "[extract][relations][en][coordination][!mayfail]") {
  SECTION("seized") {
    checkExtraction({"The SAF and the Joint Forces seized El Fasher.", {"saf", "joint_forces_darfur", "el_fasher"},
                     {{"saf", "controls", "el_fasher"}, {"joint_forces_darfur", "controls", "el_fasher"}}});
  }
  SECTION("entered") {
    checkExtraction({"The SAF and the Joint Forces entered El Fasher.", {"saf", "joint_forces_darfur", "el_fasher"},
                     {{"saf", "controls", "el_fasher"}, {"joint_forces_darfur", "controls", "el_fasher"}}});
  }
}

TEST_CASE("clashes between X and Y give one symmetric edge", "[extract][relations][en][between]") {
  SECTION("Sudan") {
    checkExtraction({"Clashes broke out between the SAF and the RSF in Kordofan.", {"saf", "rsf", "kordofan"},
                     {{"saf", "clashed_with", "rsf"}}, {{"saf", "clashed_with", "kordofan"}}});
  }
  SECTION("Gaza") {
    checkExtraction({"Fighting between Hamas and the Israeli army continued in Rafah.", {"hamas", "idf", "rafah"},
                     {{"hamas", "clashed_with", "idf"}}});
  }
  SECTION("Libya") {
    checkExtraction({"Heavy clashes between Radaa and the 444th Brigade erupted in Tripoli overnight.",
                     {"radaa", "brigade_444", "tripoli"},
                     {{"radaa", "clashed_with", "brigade_444"}}});
  }
}

TEST_CASE("a title before or after a name gives leads", "[extract][relations][en][title]") {
  SECTION("Governor of X, Name (gazetteer person)") {
    checkExtraction({"The governor of Aleppo, Azzam al-Gharib, said the city was calm.",
                     {"azzam_al_ghareeb", "aleppo"},
                     {{"azzam_al_ghareeb", "leads", "aleppo"}}});
  }
  SECTION("Name, the governor of X") {
    checkExtraction({"Azzam al-Gharib, the governor of Aleppo, toured the city.", {"azzam_al_ghareeb", "aleppo"},
                     {{"azzam_al_ghareeb", "leads", "aleppo"}}});
  }
  SECTION("X leader Name") {
    checkExtraction({"Hezbollah leader Naim Qassem spoke on Friday.", {"naim_qassem", "hezbollah"},
                     {{"naim_qassem", "leads", "hezbollah"}}});
  }
}

// Currently: no node for the name between the commas and no leads edge.
TEST_CASE("a title names a person outside the gazetteer and what they lead",
          "[extract][relations][en][title][!mayfail]") {
  checkExtraction({"The Governor of North Darfur, Yasin Abdelkarim Musa, said the camps were full.",
                   {"north_darfur", "@Yasin Abdelkarim Musa"},
                   {{"@Yasin Abdelkarim Musa", "leads", "north_darfur"}}});
}

TEST_CASE("negated statements give no edge", "[extract][relations][en][negation]") {
  SECTION("did not withdraw") {
    checkExtraction({"Hezbollah fighters did not withdraw from the Litani area.", {"hezbollah", "litani"}, {},
                     {{"hezbollah", "withdrew_from", "litani"}}});
  }
  SECTION("denied attacking") {
    checkExtraction({"The RSF denied it attacked Tawila.", {"rsf", "tawila"}, {}, {{"rsf", "attacked", "tawila"}}});
  }
  SECTION("not yet withdrawn") {
    checkExtraction({"The army has not yet withdrawn from Bara.", {"saf", "bara"}, {}, {{"saf", "withdrew_from", "bara"}}});
  }
  SECTION("never entered") {
    checkExtraction({"The RSF never entered El Obeid.", {"rsf", "el_obeid"}, {}, {{"rsf", "controls", "el_obeid"}}});
  }
  SECTION("only threatened") {
    checkExtraction({"The Houthis threatened to attack Eilat.", {"houthis", "eilat"}, {},
                     {{"houthis", "attacked", "eilat"}}});
  }
}

TEST_CASE("negated edges are kept and flagged with keepNegated", "[extract][relations][en][negation]") {
  ExtractOptions keep;
  keep.keepNegated = true;
  ArticleGraph g = extractText("Hezbollah fighters did not withdraw from the Litani area.", keep);
  bool found = false;
  for (const auto& e : g.edges)
    if (e.source == "hezbollah" && e.relation == "withdrew_from" && e.target == "litani") {
      found = true;
      CHECK(e.negated);
    }
  CHECK(found);
}

// Trigger words listed under two rules (entered: moved_to and controls;
// deployed: moved_to and present_in; تمركزت: controls and present_in).
TEST_CASE("a trigger shared by two relations applies the rule that fits", "[extract][relations]") {
  SECTION("entered X") {
    checkExtraction({"Israeli troops entered Rafah at dawn.", {"idf", "rafah"}, {{"idf", "controls", "rafah"}}});
  }
  SECTION("تمركزت X بـY") {
    checkExtraction({"تمركزت قوات الدعم السريع بالفاشر.", {"rsf", "el_fasher"}, {{"rsf", "present_in", "el_fasher"}}});
  }
  SECTION("deployed in X") {
    checkExtraction({"The RSF deployed in El Fasher.", {"rsf", "el_fasher"}, {{"rsf", "present_in", "el_fasher"}}});
  }
}

// Currently: only saf -withdrew_from-> bara.
TEST_CASE("withdrew from X to Y gives withdrew_from and moved_to", "[extract][relations][en][!mayfail]") {
  checkExtraction({"The army withdrew from Bara to El Obeid.", {"saf", "bara", "el_obeid"},
                   {{"saf", "withdrew_from", "bara"}, {"saf", "moved_to", "el_obeid"}}});
}

// ------------------------------------------------------------------- Arabic

TEST_CASE("Arabic verb-first sentences give head -> tail edges", "[extract][relations][ar]") {
  SECTION("Sudan: سيطرت قوات الدعم السريع على مدينة الفاشر") {
    checkExtraction({"سيطرت قوات الدعم السريع على مدينة الفاشر.", {"rsf", "el_fasher"},
                     {{"rsf", "controls", "el_fasher"}}});
  }
  SECTION("Sudan: دخل الجيش السوداني مدينة بارا") {
    checkExtraction({"دخل الجيش السوداني مدينة بارا صباح الأحد.", {"saf", "bara"}, {{"saf", "controls", "bara"}}});
  }
  SECTION("Syria: انسحبت قسد من دير حافر") {
    checkExtraction({"انسحبت قسد من دير حافر بعد منتصف الليل.", {"sdf", "deir_hafer"},
                     {{"sdf", "withdrew_from", "deir_hafer"}}});
  }
}

TEST_CASE("Arabic verb-first attacks on a place", "[extract][relations][ar]") {
  SECTION("Yemen: هاجم الحوثيون مدينة مأرب") {
    checkExtraction({"هاجم الحوثيون مدينة مأرب.", {"houthis", "marib"}, {{"houthis", "attacked", "marib"}},
                     {{"marib", "attacked", "houthis"}}});
  }
  SECTION("Lebanon: قصف الجيش الإسرائيلي بلدة الخيام") {
    checkExtraction({"قصف الجيش الإسرائيلي بلدة الخيام فجر اليوم.", {"idf", "khiam"}, {{"idf", "attacked", "khiam"}}});
  }
}

TEST_CASE("Arabic nominal triggers: انسحاب X من Y", "[extract][relations][ar][nominal]") {
  SECTION("Syria") {
    checkExtraction({"اكتمل انسحاب قوات سوريا الديمقراطية من حلب مساء الأحد.", {"sdf", "aleppo"},
                     {{"sdf", "withdrew_from", "aleppo"}}});
  }
  SECTION("Libya") {
    checkExtraction({"بدأ انسحاب جهاز الردع من مطار معيتيقة.", {"radaa", "mitiga_airport"},
                     {{"radaa", "withdrew_from", "mitiga_airport"}}});
  }
}

TEST_CASE("Arabic proclitics are removed from names: بالفاشر, وحماس", "[extract][relations][ar][clitics]") {
  SECTION("ب as the preposition in") {
    checkExtraction({"تنتشر قوات الدعم السريع بالفاشر منذ أشهر.", {"rsf", "el_fasher"},
                     {{"rsf", "present_in", "el_fasher"}}});
  }
  SECTION("و joining a second party") {
    checkExtraction({"اشتبكت القوات الإسرائيلية وحماس في رفح.", {"idf", "hamas", "rafah"},
                     {{"idf", "clashed_with", "hamas"}}});
  }
  SECTION("و on the verb") {
    checkExtraction({"وسيطرت قسد على بلدة دير حافر.", {"sdf", "deir_hafer"}, {{"sdf", "controls", "deir_hafer"}}});
  }
}

TEST_CASE("Arabic coordination: حيي الأشرفية والشيخ مقصود", "[extract][relations][ar][coordination]") {
  checkExtraction({"انسحبت قسد من حيي الأشرفية والشيخ مقصود.", {"sdf", "ashrafiyeh", "sheikh_maqsoud"},
                   {{"sdf", "withdrew_from", "ashrafiyeh"}, {"sdf", "withdrew_from", "sheikh_maqsoud"}}});
}

TEST_CASE("Arabic clashes between X and Y", "[extract][relations][ar][between]") {
  checkExtraction({"تجددت الاشتباكات بين الجيش السوداني وقوات الدعم السريع في كردفان.", {"saf", "rsf", "kordofan"},
                   {{"saf", "clashed_with", "rsf"}}});
}

TEST_CASE("Arabic titles: محافظ حلب عزّام الغريب", "[extract][relations][ar][title]") {
  checkExtraction({"زار محافظ حلب عزّام الغريب حي الشيخ مقصود.", {"azzam_al_ghareeb", "aleppo", "sheikh_maqsoud"},
                   {{"azzam_al_ghareeb", "leads", "aleppo"}}});
}

TEST_CASE("Arabic negation: لم تنسحب gives no edge", "[extract][relations][ar][negation]") {
  SECTION("لم") {
    checkExtraction({"لم تنسحب قوات الدعم السريع من الفاشر.", {"rsf", "el_fasher"}, {},
                     {{"rsf", "withdrew_from", "el_fasher"}}});
  }
  SECTION("the same sentence without لم gives the edge") {
    checkExtraction({"انسحبت قوات الدعم السريع من الفاشر.", {"rsf", "el_fasher"}, {{"rsf", "withdrew_from", "el_fasher"}}});
  }
  SECTION("نفت") {
    checkExtraction({"نفت حركة الشباب أنها هاجمت مدينة بيدوا.", {"al_shabaab", "baidoa"}, {},
                     {{"al_shabaab", "attacked", "baidoa"}}});
  }
}

// Currently fails: "ولم" is looked up whole, and only "لم" is a negation word.
TEST_CASE("Arabic negation behind a conjunction: ولم تنسحب gives no edge", "[extract][relations][ar][negation][!mayfail]") {
  checkExtraction({"ولم تنسحب قوات الدعم السريع من الفاشر.", {"rsf", "el_fasher"}, {},
                   {{"rsf", "withdrew_from", "el_fasher"}}});
}

TEST_CASE("Arabic reported speech with أن or إن is not a negation", "[extract][relations][ar][negation]") {
  SECTION("قالت ... إن") {
    checkExtraction({"وقالت حماس إن القوات الإسرائيلية انسحبت من خان يونس.", {"hamas", "idf", "khan_younis"},
                     {{"idf", "withdrew_from", "khan_younis"}}});
  }
  SECTION("أكد ... أن") {
    checkExtraction({"وأكد الجيش اللبناني أن قواته دخلت بلدة الخيام.", {"lebanese_army", "khiam"},
                     {{"lebanese_army", "controls", "khiam"}}});
  }
}

TEST_CASE("edge evidence quotes the sentence as written", "[extract][relations][evidence]") {
  std::string text = " date 2026-01-11\nقالت مصادر محلية. سيطرت قوّات الدعم السريع على مدينة الفاشر.";
  Article a = makeArticle(text, "fasher-ar");
  Extractor ex(bundledLexicon());
  ArticleGraph g = ex.extract(a);
  CHECK(g.articleId == "fasher-ar");
  CHECK(g.lang == Lang::Ar);
  CHECK(g.date == "2026-01-11");
  const ArticleEdge* edge = nullptr;
  for (const auto& e : g.edges)
    if (e.source == "rsf" && e.relation == "controls" && e.target == "el_fasher") edge = &e;
  REQUIRE(edge != nullptr);
  const Evidence& ev = edge->evidence;
  CHECK(ev.article == "fasher-ar");
  CHECK(ev.sentence == 1);
  CHECK(ev.text == "سيطرت قوّات الدعم السريع على مدينة الفاشر.");
  CHECK(text.substr(ev.begin, ev.end - ev.begin) == ev.text);
  CHECK(ev.date == "2026-01-11");
  CHECK(ev.lang == Lang::Ar);
  CHECK(ev.trigger == "سيطرت");
}

TEST_CASE("extraction is a pure function of article and lexicon", "[extract][relations]") {
  std::string text = "The RSF withdrew from Bara and Um Sumeima. Clashes between the SAF and the RSF continued in Kordofan.";
  Extractor a(bundledLexicon()), b(bundledLexicon());
  auto first = a.extract(makeArticle(text));
  auto again = a.extract(makeArticle(text));
  auto other = b.extract(makeArticle(text));
  CHECK(nodeIds(first) == nodeIds(again));
  CHECK(edgeTriples(first) == edgeTriples(again));
  CHECK(nodeIds(first) == nodeIds(other));
  CHECK(edgeTriples(first) == edgeTriples(other));
}

// ------------------------------------------------------ ownership and membership

TEST_CASE("a possessive makes the owned group affiliated with its owner", "[extract][relations][en][possessive]") {
  SECTION("a group owns a unit") {
    checkExtraction({"Islamic Jihad's Al-Quds Brigades fired rockets at dawn.", {"pij", "al_quds_brigades"},
                     {{"al_quds_brigades", "affiliated_with", "pij"}}});
  }
  SECTION("a person's force is the one they lead") {
    checkExtraction({"Khalifa Haftar's Libyan National Army moved towards Sirte.", {"khalifa_haftar", "lna"},
                     {{"khalifa_haftar", "leads", "lna"}}, {{"lna", "affiliated_with", "khalifa_haftar"}}});
  }
  SECTION("a country's name before a rebel group says where it is from, not whom it serves") {
    checkExtraction({"Yemen's Houthis fired a missile at a tanker.", {"houthis"}, {},
                     {{"houthis", "affiliated_with", "yemen"}}});
  }
}

TEST_CASE("an appositive faction or affiliate noun ties the name to its parent", "[extract][relations][possessive]") {
  SECTION("English: one of the factions in") {
    checkExtraction({"Kataib Hezbollah, one of the largest factions in the PMF, denied the attack.",
                     {"kataib_hezbollah", "pmf"}, {{"kataib_hezbollah", "affiliated_with", "pmf"}}});
  }
  SECTION("English: the armed wing of") {
    checkExtraction({"The Al-Quds Brigades, the armed wing of Islamic Jihad, claimed the ambush.",
                     {"al_quds_brigades", "pij"}, {{"al_quds_brigades", "affiliated_with", "pij"}}});
  }
  SECTION("Arabic: أحد أبرز فصائل") {
    checkExtraction({"أعلنت كتائب حزب الله، أحد أبرز فصائل الحشد الشعبي، مسؤوليتها عن الهجوم.",
                     {"kataib_hezbollah", "pmf"}, {{"kataib_hezbollah", "affiliated_with", "pmf"}}});
  }
}

TEST_CASE("a group that includes members makes them affiliated with it", "[extract][relations][membership]") {
  checkExtraction({"The Quad, which includes Egypt, Saudi Arabia and the UAE, proposed a truce.",
                   {"quad_sudan", "egypt", "saudi_arabia", "united_arab_emirates"},
                   {{"egypt", "affiliated_with", "quad_sudan"},
                    {"saudi_arabia", "affiliated_with", "quad_sudan"},
                    {"united_arab_emirates", "affiliated_with", "quad_sudan"}}});
  checkExtraction({"تدفع المجموعة الرباعية، التي تضم مصر والسعودية، باتجاه هدنة.",
                   {"quad_sudan", "egypt", "saudi_arabia"},
                   {{"egypt", "affiliated_with", "quad_sudan"}, {"saudi_arabia", "affiliated_with", "quad_sudan"}}});
}

TEST_CASE("a halt word negates only the action it names, not the deal around it", "[extract][relations][ar][negation]") {
  // "an agreement to stop the fighting, mediated by the council": the
  // mediation and the agreement stand; the fighting is what stops.
  checkExtraction({"توصلت حكومة الوحدة الوطنية وجهاز الردع إلى اتفاق لوقف القتال بوساطة المجلس الرئاسي.",
                   {"gnu", "radaa", "presidential_council"},
                   {{"gnu", "agreement_with", "radaa"},
                    {"presidential_council", "mediated", "gnu"},
                    {"presidential_council", "mediated", "radaa"}},
                   {{"gnu", "clashed_with", "radaa"}}});
}

TEST_CASE("the subject is found past a participle phrase and coordination past an appositive", "[extract][relations][en]") {
  checkExtraction({"The SPLM-N, led by Abdelaziz al-Hilu, has shelled Kadugli, the capital of South Kordofan, "
                   "and the nearby town of Dilling.",
                   {"splm_n", "kadugli", "dilling"},
                   {{"splm_n", "attacked", "kadugli"}, {"splm_n", "attacked", "dilling"}},
                   {{"abdelaziz_al_hilu", "attacked", "kadugli"}}});
}

TEST_CASE("a verb-first mediator's chair is not a party to the mediation", "[extract][relations][ar]") {
  checkExtraction({"اتفقت حكومة الوحدة الوطنية وجهاز الردع على هدنة بوساطة المجلس الرئاسي برئاسة محمد المنفي.",
                   {"gnu", "radaa", "presidential_council"},
                   {{"presidential_council", "mediated", "gnu"}},
                   {{"presidential_council", "mediated", "mohamed_al_menfi"}}});
}

TEST_CASE("a pronoun never labels a node", "[extract][resolve]") {
  ArticleGraph g = extractText("Officials called the strike an attack on our people. The Iraqi government condemned it.");
  for (const auto& n : g.nodes) {
    INFO(n.id);
    CHECK(n.label != "our");
  }
}

TEST_CASE("the sayer is not the actor of a reported clause with its own subject", "[extract][relations][en][reported]") {
  checkExtraction({"The United Nations said thousands of people had fled El Fasher since Sunday.",
                   {"united_nations", "el_fasher"}, {}, {{"united_nations", "withdrew_from", "el_fasher"}}});
  // A bare object of the reporting verb is still the sayer's own act.
  checkExtraction({"The African Union announced on Friday efforts to broker a truce between the SAF and the RSF.",
                   {"african_union", "saf", "rsf"}, {{"african_union", "mediated", "saf"}}});
}

TEST_CASE("a leader's troops are the force he leads", "[extract][relations][en][resolve]") {
  checkExtraction({"Army chief Abdel Fattah al-Burhan said his troops had withdrawn from El Fasher.",
                   {"saf", "abdel_fattah_al_burhan", "el_fasher"},
                   {{"saf", "withdrew_from", "el_fasher"}},
                   {{"abdel_fattah_al_burhan", "withdrew_from", "el_fasher"}}});
}

TEST_CASE("\"the Iran-aligned group\" is the group named before, affiliated with its patron", "[extract][resolve][en]") {
  checkExtraction({"The Houthis fired two missiles at a tanker on Monday. Yahya Saree, the military spokesman "
                   "of the Iran-aligned group, said its forces hit the ship.",
                   {"houthis", "yahya_saree", "iran"},
                   {{"yahya_saree", "represents", "houthis"}, {"houthis", "affiliated_with", "iran"}}});
  // Plural, indefinite: unnamed groups known by their patron stay one node of their own.
  ArticleGraph g = extractText("Iran-backed militias attacked the base.");
  CHECK(findNode(g, "iran_affiliated_groups") != nullptr);
}

TEST_CASE("a descriptor with an adjective points back like the bare descriptor", "[extract][resolve][en]") {
  checkExtraction({"Fighters of the Hadramawt Tribal Alliance took the oil fields on Monday. On Thursday Saudi Arabia "
                   "brokered a truce between the STC and the tribal alliance.",
                   {"hadramawt_tribal_alliance", "saudi_arabia", "stc"},
                   {{"saudi_arabia", "mediated", "hadramawt_tribal_alliance"},
                    {"saudi_arabia", "mediated", "stc"}}});
}

TEST_CASE("a nearer name behind another of the rule's prepositions is the argument", "[extract][relations][en]") {
  checkExtraction({"The RSF tightened their grip on El Fasher, the capital of North Darfur state, on Monday.",
                   {"rsf", "el_fasher", "north_darfur"},
                   {{"rsf", "controls", "el_fasher"}},
                   {{"rsf", "controls", "north_darfur"}}});
}

TEST_CASE("\"there\" is the finest place of the nearest sentence, unless it opens an existential", "[extract][resolve][en]") {
  checkExtraction({"Forces of the STC took control of Seiyun, the main city of the Wadi Hadramawt valley, after troops of "
                   "the First Military Region withdrew from their headquarters there.",
                   {"stc", "seiyun", "first_military_region"},
                   {{"first_military_region", "withdrew_from", "seiyun"}},
                   {{"first_military_region", "withdrew_from", "wadi_hadramawt"}}});
  checkExtraction({"The RSF entered Bara. There were clashes with the army.", {"rsf", "bara"}, {},
                   {{"rsf", "present_in", "bara"}}});
}

TEST_CASE("a verb-first subject is found past a time phrase between commas", "[extract][relations][ar]") {
  checkExtraction({"خرجت، فجر اليوم الأحد، الدفعة الأخيرة من مقاتلي حركة الشباب، من مدينة جوهر باتجاه شبيلي الوسطى.",
                   {"al_shabaab", "jowhar", "middle_shabelle"},
                   {{"al_shabaab", "withdrew_from", "jowhar"}, {"al_shabaab", "moved_to", "middle_shabelle"}}});
}

TEST_CASE("withdrawing from one place to another is also a move; \"to the north of\" is not a destination", "[extract][relations][en]") {
  checkExtraction({"The SDF withdrew from Deir Hafer to Raqqa on Sunday.", {"sdf", "deir_hafer", "raqqa"},
                   {{"sdf", "withdrew_from", "deir_hafer"}, {"sdf", "moved_to", "raqqa"}}});
  checkExtraction({"Army units fell back from Bara to the north of El Obeid.", {"bara", "el_obeid"}, {},
                   {{"saf", "moved_to", "el_obeid"}}});
}

TEST_CASE("a participle with \"by\" qualifies the words right before it", "[extract][relations][en][passive]") {
  // The governor is not backed by the UNDP: the programme is.
  checkExtraction({"Governor Babagana Zulum praised a resettlement programme backed by the United Nations Development "
                   "Programme.",
                   {"undp"}, {}, {}});
  ArticleGraph g = extractText("Governor Babagana Zulum praised a resettlement programme backed by the United Nations "
                               "Development Programme.");
  for (const auto& [s, rel, t] : edgeTriples(g)) CHECK_FALSE((rel == "affiliated_with" && t == "undp"));
  // An apposition and a relative clause still reach their name.
  checkExtraction({"The SPLM-N (SPLM-N) led by Abdelaziz al-Hilu shelled Kadugli.", {"splm_n", "abdelaziz_al_hilu"},
                   {{"abdelaziz_al_hilu", "leads", "splm_n"}}});
  checkExtraction({"The 444 Brigade, which is aligned with the GNU and commanded by Mahmoud Hamza, took the district.",
                   {"brigade_444", "gnu"}, {{"brigade_444", "affiliated_with", "gnu"}}});
}

TEST_CASE("another predicate's phrases are its own; an adjectival participle is no predicate", "[extract][relations][en]") {
  // Not: the governor accused the UNDP (it backs the programme).
  ArticleGraph g = extractText("Governor Babagana Zulum accused the insurgents of targeting farmers who had returned "
                               "under a programme backed by the United Nations Development Programme.");
  for (const auto& [s, rel, t] : edgeTriples(g)) CHECK_FALSE(rel == "accused");
  // "trapped civilians" does not end the evacuation's phrases.
  checkExtraction({"The deal ensures the evacuation of wounded, trapped civilians and fighters from Sheikh Maqsoud to "
                   "north and east Syria, the SDF said.",
                   {"sheikh_maqsoud"}, {}, {}});
}

TEST_CASE("every form of a withdrawal is a withdrawal, and a move only with a destination", "[extract][relations][en]") {
  // "withdrawing from" is a trigger phrase of both rules: neither may lose it.
  for (const char* text : {"The SDF began withdrawing from Deir Hafer on Saturday.",
                           "The SDF were withdrawing from Deir Hafer on Saturday.",
                           "The SDF has withdrawn from Deir Hafer.", "The SDF retreated from Deir Hafer."}) {
    INFO(text);
    checkExtraction({text, {"sdf", "deir_hafer"}, {{"sdf", "withdrew_from", "deir_hafer"}}});
  }
  checkExtraction({"Hundreds of fighters were evacuated to Raqqa.", {"raqqa"}, {}, {}});
  ArticleGraph g = extractText("The SDF fighters were evacuated to Raqqa.");
  CHECK_FALSE(hasEdge(edgeTriples(g), {"sdf", "withdrew_from", "raqqa"}));
}

TEST_CASE("a parenthetical sayer is not the subject; a verb coordinated after it shares the sentence's", "[extract][relations][en][reported]") {
  checkExtraction({"The Syrian army entered Deir Hafer hours after the last SDF convoy left, the Defence Ministry said, "
                   "and took control of the Tishrin Dam.",
                   {"syrian_army", "deir_hafer", "tishreen_dam"},
                   {{"syrian_army", "controls", "tishreen_dam"}},
                   {{"syrian_defence_ministry", "controls", "tishreen_dam"}, {"sdf", "controls", "tishreen_dam"}}});
}

TEST_CASE("a mediator with no named sides mediated for the sentence's armed actors", "[extract][relations][en]") {
  checkExtraction({"The SDF began withdrawing from Deir Hafer on Saturday under a deal brokered by US envoy Tom Barrack.",
                   {"sdf", "tom_barrack", "deir_hafer"},
                   {{"tom_barrack", "mediated", "sdf"}, {"sdf", "withdrew_from", "deir_hafer"}}});
}

TEST_CASE("across a reporting verb, a leader's words describe his force's move", "[extract][relations][en][reported]") {
  checkExtraction({"SDF commander Mazloum Abdi said the redeployment to Raqqa was agreed with Damascus.",
                   {"sdf", "mazloum_abdi", "raqqa"},
                   {{"sdf", "moved_to", "raqqa"}},
                   {{"mazloum_abdi", "moved_to", "raqqa"}}});
}

TEST_CASE("a noun after \"the\" has no subject of its own unless a light verb lends one", "[extract][relations][en]") {
  // Aoun condemned the strike; he did not strike anyone.
  ArticleGraph g = extractText("Lebanese President Joseph Aoun condemned the strike and called on the United States and "
                               "France to act.");
  for (const auto& [s, rel, t] : edgeTriples(g)) CHECK_FALSE((s == "joseph_aoun" && rel == "attacked"));
  // "launched an attack", "carried out an air strike": the subject is the attacker.
  checkExtraction({"The Houthis launched an attack on Marib on Tuesday.", {"houthis", "marib"},
                   {{"houthis", "attacked", "marib"}}});
  checkExtraction({"AFRICOM said it had carried out an air strike against al-Shabaab.", {"africom", "al_shabaab"},
                   {{"africom", "attacked", "al_shabaab"}}});
  // "that controls" is a verb after a relative pronoun, not a noun after "that".
  checkExtraction({"Radaa, an armed group that controls Mitiga airport, denied the report.", {"radaa", "mitiga_airport"},
                   {{"radaa", "controls", "mitiga_airport"}}});
}

TEST_CASE("an attribution after a comma is neither an argument nor a list member", "[extract][relations][en][reported]") {
  ArticleGraph g = extractText("Israeli jets struck Nabatieh, killing two members of Hezbollah, the Lebanese health "
                               "ministry said.");
  for (const auto& [s, rel, t] : edgeTriples(g)) CHECK(t != "lebanese_health_ministry");
}

TEST_CASE("\"the group\" is never a state's own forces", "[extract][resolve][en]") {
  ArticleGraph g = extractText("Hezbollah fired rockets at Metula on Friday. The Israeli military said it had targeted "
                               "a depot used by the group's Radwan Force.");
  CHECK(hasEdge(edgeTriples(g), {"radwan_force", "affiliated_with", "hezbollah"}));
  CHECK_FALSE(hasEdge(edgeTriples(g), {"radwan_force", "affiliated_with", "idf"}));
}

TEST_CASE("a past verb right after \"and\" has the subject of the predicate before it", "[extract][relations][en]") {
  checkExtraction({"The Israeli military said it had targeted a depot used by the Radwan Force and accused Hezbollah "
                   "of violating the ceasefire.",
                   {"idf", "radwan_force", "hezbollah"},
                   {{"idf", "accused", "hezbollah"}},
                   {{"radwan_force", "accused", "hezbollah"}}});
}

TEST_CASE("\"the latter\", the text's own word for a place, and no dateline antecedents", "[extract][resolve][ar]") {
  // الأخيرة is the RSF; المدينة is Bara, called a city in the text; the
  // dateline's Khartoum is where the report was filed.
  checkExtraction({"الخرطوم – أعلن الجيش السوداني استعادة السيطرة على مدينة بارا بعد معارك مع قوات الدعم السريع، "
                   "في حين قالت الأخيرة إنها انسحبت من المدينة إلى مواقع جديدة.",
                   {"saf", "rsf", "bara"},
                   {{"rsf", "withdrew_from", "bara"}},
                   {{"rsf", "withdrew_from", "khartoum"}}});
}

TEST_CASE("subjects and demonyms coordinated before the verb all act", "[extract][relations][en]") {
  checkExtraction({"Hamas and Islamic Jihad attacked Sderot on Monday.", {"hamas", "pij", "sderot"},
                   {{"hamas", "attacked", "sderot"}, {"pij", "attacked", "sderot"}}});
  checkExtraction({"Egyptian and Qatari mediators met Hamas negotiators in Cairo.", {"egypt", "qatar", "hamas"},
                   {{"egypt", "mediated", "hamas"}, {"qatar", "mediated", "hamas"}}});
}
