#include <catch2/catch.hpp>

#include "../support/test_support.h"
#include "base/error.h"
#include "lexicon/lexicon.h"
#include "text/segmenter.h"

using namespace akg;
using namespace akg::test;

namespace {

struct TrieMatch {
  std::string id;       // entity id, empty when no entity matched
  size_t tokens = 0;    // tokens the match covers
};

// The longest gazetteer name starting at the first token of `text`, walked
// through the lexicon's trie the way extraction walks it.
TrieMatch longestEntity(const Lexicon& lx, const std::string& text) {
  Segmenter seg(lx.normalizer());
  Document d = seg.segment(text);
  const PhraseTrie& trie = lx.trie();
  TrieMatch best;
  uint32_t node = trie.root();
  for (size_t k = 0; k < d.tokens.size(); ++k) {
    node = trie.step(node, trie.tokenId(d.tokens[k].norm));
    if (node == PhraseTrie::kNone) break;
    for (const auto& h : trie.hits(node))
      if (h.kind == PhraseKind::Entity) best = {lx.entities()[h.index].id, k + 1};
  }
  return best;
}

// A copy of the bundled graph_schemas to break.
struct SchemaCopy {
  TempDir dir;
  fs::path root;
  SchemaCopy() : root(dir / "graph_schemas") {
    fs::copy(AKG_SCHEMA_DIR, root, fs::copy_options::recursive);
  }
  fs::path gazetteer(const std::string& name) const { return root / "gazetteer" / name; }
};

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

size_t countContaining(const std::vector<std::string>& lines, const std::string& needle) {
  return static_cast<size_t>(std::count_if(lines.begin(), lines.end(),
                                           [&](const std::string& l) { return l.find(needle) != std::string::npos; }));
}

// Four broken entities in one file: line 3 unknown kind, line 4 duplicate id,
// line 5 located_in a missing id (line 2 is fine).
const char* kBadEntities =
    "{\"entities\": [\n"
    "  {\"id\": \"zz_fine\", \"type\": \"location\", \"kind\": \"town\", \"en\": [\"Zzfine\"], \"located_in\": \"syria\"},\n"
    "  {\"id\": \"zz_camp\", \"type\": \"location\", \"kind\": \"militia\", \"en\": [\"Zz Camp\"]},\n"
    "  {\"id\": \"aleppo\", \"type\": \"location\", \"kind\": \"city\", \"en\": [\"Zz Second Aleppo\"]},\n"
    "  {\"id\": \"zz_town\", \"type\": \"location\", \"kind\": \"town\", \"en\": [\"Zztown\"], \"located_in\": \"nowhere_land\"}\n"
    "]}\n";

// Not JSON: a missing comma on line 3, column 16.
const char* kBrokenJson =
    "{\n"
    "  \"entities\": [\n"
    "    {\"id\": \"x\" \"type\": \"location\"}\n"
    "  ]\n"
    "}\n";

}  // namespace

TEST_CASE("the bundled graph_schemas loads", "[lexicon]") {
  const Lexicon& lx = bundledLexicon();
  CHECK(lx.entities().size() > 500);
  CHECK(lx.trie().phraseCount() > 1000);
  CHECK_FALSE(lx.rules().empty());

  const GazEntity* aleppo = lx.entity("aleppo");
  REQUIRE(aleppo != nullptr);
  CHECK(aleppo->type == EntityType::Location);
  CHECK(aleppo->kind == "city");
  CHECK(aleppo->label() == "Aleppo");
  CHECK(std::find(aleppo->ar.begin(), aleppo->ar.end(), "حلب") != aleppo->ar.end());

  const GazEntity* rsf = lx.entity("rsf");
  REQUIRE(rsf != nullptr);
  CHECK(rsf->type == EntityType::Actor);
  CHECK(rsf->kind == "armed_group");

  CHECK(lx.entity("no_such_id") == nullptr);

  const RelationType* clashed = lx.relation("clashed_with");
  REQUIRE(clashed != nullptr);
  CHECK(clashed->symmetric);
  const RelationType* located = lx.relation("located_in");
  REQUIRE(located != nullptr);
  CHECK(located->containment);
  CHECK(lx.locationRank("district") < lx.locationRank("city"));
  CHECK(lx.locationRank("city") < lx.locationRank("country"));

  // Clitic rules come from lang/ar.json, already folded.
  CHECK_FALSE(lx.clitics().conjunctions.empty());
  CHECK_FALSE(lx.clitics().prepositions.empty());
  CHECK(lx.lang(Lang::En).has("not", kNegation));
  CHECK(lx.lang(Lang::Ar).has(lx.normalizer().fold("لم"), kNegation));
}

TEST_CASE("every relation of ontology.json has rules or an anchor and every rule a known relation", "[lexicon]") {
  const Lexicon& lx = bundledLexicon();
  for (const auto& r : lx.rules()) {
    INFO(r.id);
    if (r.anchor == "title") continue;
    CHECK(lx.relation(r.relation) != nullptr);
  }
}

TEST_CASE("gazetteer names match longest first through the trie", "[lexicon][trie]") {
  const Lexicon& lx = bundledLexicon();
  struct Case {
    std::string text;
    std::string id;
    size_t tokens;
  };
  const std::vector<Case> cases{
      {"Syrian Democratic Forces withdrew", "sdf", 3},
      {"Syria is a country", "syria", 1},
      {"Rapid Support Forces attacked", "rsf", 3},
      {"North Darfur governor", "north_darfur", 2},
      {"El Fasher fell", "el_fasher", 2},
      {"Sheikh Maqsoud neighbourhood", "sheikh_maqsoud", 3},
      {"Sheikh Maqsoud and Ashrafiyeh", "sheikh_maqsoud", 2},
      {"Deir ez-Zor countryside", "deir_ez_zor_countryside", 5},
      {"Deir ez-Zor city", "deir_ez_zor", 5},
      {"قوات سوريا الديمقراطية انسحبت", "sdf", 3},
      {"سوريا", "syria", 1},
      {"حي الشيخ مقصود", "sheikh_maqsoud", 3},
      {"الشيخ مقصود", "sheikh_maqsoud", 2},
      {"قوات الدعم السريع", "rsf", 3},
      {"الدعم السريع", "rsf", 2},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto m = longestEntity(lx, c.text);
    CHECK(m.id == c.id);
    CHECK(m.tokens == c.tokens);
  }
}

TEST_CASE("Syrian Democratic Forces beats Syrian", "[lexicon][trie]") {
  const Lexicon& lx = bundledLexicon();
  const PhraseTrie& trie = lx.trie();
  const auto& n = lx.normalizer();
  uint32_t syrian = trie.step(trie.root(), trie.tokenId(n.fold("Syrian")));
  REQUIRE(syrian != PhraseTrie::kNone);
  // "Syrian" alone is a demonym, not a gazetteer name.
  for (const auto& h : trie.hits(syrian)) CHECK(h.kind != PhraseKind::Entity);
  auto m = longestEntity(lx, "Syrian Democratic Forces");
  CHECK(m.id == "sdf");
  CHECK(m.tokens == 3);
}

TEST_CASE("the trie returns kNone for unknown tokens and paths", "[lexicon][trie]") {
  PhraseTrie trie;
  trie.add({"el", "fasher"}, {PhraseKind::Entity, 7});
  trie.add({"el", "fasher"}, {PhraseKind::Entity, 7});  // duplicates are kept once
  trie.add({"el"}, {PhraseKind::Entity, 3});
  CHECK(trie.phraseCount() == 2);
  uint32_t el = trie.step(trie.root(), trie.tokenId("el"));
  REQUIRE(el != PhraseTrie::kNone);
  REQUIRE(trie.hits(el).size() == 1);
  CHECK(trie.hits(el)[0].index == 3);
  uint32_t fasher = trie.step(el, trie.tokenId("fasher"));
  REQUIRE(fasher != PhraseTrie::kNone);
  REQUIRE(trie.hits(fasher).size() == 1);
  CHECK(trie.hits(fasher)[0].index == 7);
  CHECK(trie.tokenId("geneina") == PhraseTrie::kNone);
  CHECK(trie.step(el, trie.tokenId("geneina")) == PhraseTrie::kNone);
  CHECK(trie.step(trie.root(), trie.tokenId("fasher")) == PhraseTrie::kNone);
}

TEST_CASE("gazetteer problems make load throw an Error naming the file", "[lexicon][errors]") {
  SchemaCopy schema;
  SECTION("bad JSON gives file:line:col") {
    auto file = schema.gazetteer("zz_broken.json");
    writeBytes(file, kBrokenJson);
    CHECK_THROWS_WITH(Lexicon::load(schema.root.string()),
                      file.string() + ":3:16: Missing a comma or '}' after an object member.");
  }
  SECTION("unknown kind") {
    auto file = schema.gazetteer("zz_bad.json");
    writeBytes(file,
               "{\"entities\": [\n"
               "  {\"id\": \"zz_camp\", \"type\": \"location\", \"kind\": \"militia\", \"en\": [\"Zz Camp\"]}\n"
               "]}\n");
    CHECK_THROWS_WITH(Lexicon::load(schema.root.string()),
                      file.string() + ":2:10: entity zz_camp: unknown location kind \"militia\"");
  }
  SECTION("duplicate id") {
    auto file = schema.gazetteer("zz_bad.json");
    writeBytes(file,
               "{\"entities\": [\n"
               "  {\"id\": \"aleppo\", \"type\": \"location\", \"kind\": \"city\", \"en\": [\"Zz Second Aleppo\"]}\n"
               "]}\n");
    CHECK_THROWS_WITH(Lexicon::load(schema.root.string()), file.string() + ":2:10: entity aleppo: duplicate id");
  }
  SECTION("entities is not an array") {
    auto file = schema.gazetteer("zz_bad.json");
    writeBytes(file, "{\"entities\": {}}\n");
    CHECK_THROWS_WITH(Lexicon::load(schema.root.string()),
                      Catch::StartsWith(file.string()) && Catch::Contains("\"entities\" must be an array"));
  }
  SECTION("a missing schema directory") {
    auto missing = (schema.dir / "nowhere").string();
    CHECK_THROWS_WITH(Lexicon::load(missing), missing + ": schema directory not found");
  }
}

TEST_CASE("located_in a missing id makes load throw an Error naming the file", "[lexicon][errors]") {
  SchemaCopy schema;
  auto file = schema.gazetteer("zz_bad.json");
  writeBytes(file,
             "{\"entities\": [\n"
             "  {\"id\": \"zz_town\", \"type\": \"location\", \"kind\": \"town\", \"en\": [\"Zztown\"], "
             "\"located_in\": \"nowhere_land\"}\n"
             "]}\n");
  CHECK_THROWS_WITH(Lexicon::load(schema.root.string()),
                    Catch::StartsWith(file.string()) && Catch::Contains("entity zz_town") &&
                        Catch::Contains("located_in \"nowhere_land\""));
}

// Currently fails: the position is found by searching the file for the id
// string, which finds the first entry (line 2), not the duplicate (line 3).
TEST_CASE("a duplicate id inside one file points at the second entry", "[lexicon][errors][!mayfail]") {
  SchemaCopy schema;
  auto file = schema.gazetteer("zz_bad.json");
  writeBytes(file,
             "{\"entities\": [\n"
             "  {\"id\": \"zz_one\", \"type\": \"location\", \"kind\": \"town\", \"en\": [\"Zzone\"]},\n"
             "  {\"id\": \"zz_one\", \"type\": \"location\", \"kind\": \"town\", \"en\": [\"Zzother\"]}\n"
             "]}\n");
  CHECK_THROWS_WITH(Lexicon::load(schema.root.string()), file.string() + ":3:10: entity zz_one: duplicate id");
}

TEST_CASE("lint lists every problem and load reports the first with a count", "[lexicon][errors]") {
  SchemaCopy schema;
  auto bad = schema.gazetteer("zz_bad.json");
  auto broken = schema.gazetteer("zz_broken.json");
  writeBytes(bad, kBadEntities);
  writeBytes(broken, kBrokenJson);

  auto problems = Lexicon::lint(schema.root.string());
  INFO(joined(problems));
  CHECK(problems.size() == 4);
  CHECK(countContaining(problems, bad.string() + ":3:10: entity zz_camp: unknown location kind \"militia\"") == 1);
  CHECK(countContaining(problems, bad.string() + ":4:10: entity aleppo: duplicate id") == 1);
  CHECK(countContaining(problems, broken.string() + ":3:16: Missing a comma or '}' after an object member.") == 1);
  CHECK(countContaining(problems, "entity zz_town: located_in \"nowhere_land\" is not a gazetteer id") == 1);
  // The valid entity of the same file raises nothing.
  CHECK(countContaining(problems, "zz_fine") == 0);

  CHECK_THROWS_WITH(Lexicon::load(schema.root.string()),
                    Catch::StartsWith(bad.string() + ":3:10: entity zz_camp: unknown location kind") &&
                        Catch::EndsWith("(and 3 more problems: run `akg lexicon lint`)"));
}

TEST_CASE("lint finds located_in cycles and names shared by two entities", "[lexicon][errors]") {
  SchemaCopy schema;
  writeBytes(schema.gazetteer("zz_loop.json"),
             "{\"entities\": [\n"
             "  {\"id\": \"zz_a\", \"type\": \"location\", \"kind\": \"district\", \"en\": [\"Zza\"], \"located_in\": \"zz_b\"},\n"
             "  {\"id\": \"zz_b\", \"type\": \"location\", \"kind\": \"city\", \"en\": [\"Zzb\"], \"located_in\": \"zz_a\"},\n"
             "  {\"id\": \"zz_c\", \"type\": \"location\", \"kind\": \"town\", \"en\": [\"Zza\"]}\n"
             "]}\n");
  auto problems = Lexicon::lint(schema.root.string());
  INFO(joined(problems));
  CHECK(countContaining(problems, "located_in chain loops") >= 1);
  CHECK(countContaining(problems, "name \"zza\" belongs to several entities: zz_a, zz_c") == 1);
}

TEST_CASE("akg lexicon lint passes on the bundled schema", "[lexicon][cli]") {
  auto r = runAkg({"lexicon", "lint", "--schema", AKG_SCHEMA_DIR});
  INFO(r.out << r.err);
  CHECK(r.code == 0);
  CHECK(r.out.empty());
  CHECK_THAT(r.err, Catch::Contains("no problems"));
}

TEST_CASE("akg lexicon lint prints one line per problem and exits 1", "[lexicon][cli][errors]") {
  SchemaCopy schema;
  writeBytes(schema.gazetteer("zz_bad.json"), kBadEntities);
  writeBytes(schema.gazetteer("zz_broken.json"), kBrokenJson);
  auto r = runAkg({"lexicon", "lint", "--schema", schema.root.string()});
  INFO(r.out << r.err);
  CHECK(r.code == 1);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 4);
  CHECK_THAT(r.out, Catch::Contains("zz_broken.json:3:16:"));
  CHECK_THAT(r.err, Catch::Contains("4 problems"));
}

TEST_CASE("akg build refuses a broken schema with exit 1 and the file in the message", "[lexicon][cli][errors]") {
  SchemaCopy schema;
  writeBytes(schema.gazetteer("zz_broken.json"), kBrokenJson);
  writeBytes(schema.dir / "a.txt", "The RSF entered Bara.");
  auto r = runAkg({"build", "-q", "--schema", schema.root.string(), (schema.dir / "a.txt").string()});
  CHECK(r.code == 1);
  CHECK_THAT(r.err, Catch::Contains("zz_broken.json:3:16"));
  CHECK(r.out.empty());
}
