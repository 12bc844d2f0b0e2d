// Extraction quality against gold annotations, scored by the shared scorer
// (../shared/eval/score.py, SPEC.md beside it): `akg build --per-article`
// over a corpus, then score.py --json, then the thresholds below.
//
// Raise a threshold when extraction improves; never lower one to make a
// change pass. -1 means "printed, not checked".
#include <catch2/catch.hpp>

#include "../support/test_support.h"
#include "base/json_file.h"

using namespace akg;
using namespace akg::test;

namespace {

struct EvalSet {
  const char* name;
  const char* corpus;       // relative to the repository
  const char* gold;         // relative to the repository
  double entityF1PerLang;   // entities.by_lang.<lang>.micro.f1, every language
  double typedF1;           // relations.typed.all.micro.f1
  double pairF1;            // relations.pair.all.micro.f1
  double mergeShare;        // merged.share: cross-lingual entities on one node
  double typedF1PerLang;    // relations.typed.by_lang.<lang>.micro.f1, every language
};

// Issue 2 asks seeds entity >= 0.80, pair >= 0.50, merge >= 0.80; issue 3
// asks entity >= 0.92 per language, typed >= 0.70, merge >= 0.95 on the
// seeds and entity >= 0.85, typed >= 0.60 per language on the own set. Both
// sets meet them (seeds typed 0.740, en 0.772 / ar 0.679; own set typed
// en 0.624 / ar 0.626, pair 0.659): the floors are the numbers, and
// the seeds' per-language typed floor holds what Arabic reaches.
// clang-format off
const EvalSet kEvalSets[] = {
  //  name     corpus                     gold                          entity  typed  pair   merge  typed/lang
  {"seeds", "../shared/corpus/seeds", "../shared/eval/gold/seeds",      0.92,   0.70,  0.50,  0.95,  0.66},
  {"own",   "tests/eval/corpus",      "tests/eval/gold",                0.85,   0.60,  0.60,  0.95,  0.60},
  // Written without looking at akg's code or lexicons; akg is not tuned on
  // it, so it is printed, not held.
  {"blind", "tests/eval/blind/corpus", "tests/eval/blind/gold",         -1,     -1,    -1,    -1,    -1},
};
// clang-format on

const fs::path kRepo = AKG_SOURCE_DIR;
const char* kPython = "/usr/bin/python3";  // Debian's Python (STACK.md): the one on PATH may differ

fs::path scorer() { return sharedDir() / "eval" / "score.py"; }

// Walks an object path; null when a step is missing.
const rapidjson::Value* at(const rapidjson::Value& root, std::initializer_list<const char*> path) {
  const rapidjson::Value* v = &root;
  for (const char* key : path) {
    if (!v->IsObject()) return nullptr;
    auto it = v->FindMember(key);
    if (it == v->MemberEnd()) return nullptr;
    v = &it->value;
  }
  return v;
}

double number(const rapidjson::Value& root, std::initializer_list<const char*> path, const std::string& what) {
  const rapidjson::Value* v = at(root, path);
  INFO("score.py --json field " << what);
  REQUIRE(v != nullptr);
  if (v->IsNull()) return 0;  // score.py writes null when nothing was scored
  REQUIRE(v->IsNumber());
  return v->GetDouble();
}

std::string fmt(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", x);
  return buf;
}

void checkAtLeast(const std::string& what, double measured, double threshold) {
  if (threshold < 0) return;
  INFO(what << " = " << fmt(measured) << ", threshold " << fmt(threshold));
  CHECK(measured >= threshold);
}

void evaluate(const EvalSet& set) {
  const fs::path corpus = kRepo / set.corpus, gold = kRepo / set.gold;
  REQUIRE(fs::is_directory(corpus));
  REQUIRE(fs::is_directory(gold));

  TempDir tmp;
  auto per = tmp / "per", merged = tmp / "merged.json";
  auto build = runAkg({"build", "-q", "--per-article", per.string(), "-o", merged.string(), corpus.string()});
  INFO("akg build exit " << build.code << ": " << build.err);
  REQUIRE(build.code == 0);

  auto score = runShell(std::string(kPython) + " " + shellQuote(scorer().string()) + " --gold " +
                        shellQuote(gold.string()) + " --system " + shellQuote(per.string()) + " --merged " +
                        shellQuote(merged.string()) + " --json");
  INFO("score.py exit " << score.code << ": " << score.err);
  REQUIRE(score.code == 0);
  auto report = parseJson(score.out, "score.py --json");

  // Every gold article has its system graph, and every graph is readable.
  const rapidjson::Value* missing = at(report, {"missing_system_files"});
  REQUIRE(missing != nullptr);
  CHECK(missing->IsArray());
  CHECK(missing->Size() == 0);
  const rapidjson::Value* errors = at(report, {"system_errors"});
  REQUIRE(errors != nullptr);
  CHECK(errors->ObjectEmpty());

  const rapidjson::Value* langs = at(report, {"languages"});
  REQUIRE(langs != nullptr);
  REQUIRE(langs->IsObject());
  CHECK(langs->HasMember("en"));
  CHECK(langs->HasMember("ar"));

  int articles = static_cast<int>(number(report, {"articles"}, "articles"));
  std::string summary = std::string(set.name) + ": " + std::to_string(articles) + " articles; entity F1";
  std::vector<std::pair<std::string, double>> perLang;
  for (const auto& m : langs->GetObject()) {
    std::string lang = m.name.GetString();
    double f1 = number(report, {"entities", "by_lang", lang.c_str(), "micro", "f1"},
                       "entities.by_lang." + lang + ".micro.f1");
    perLang.emplace_back(lang, f1);
    summary += " " + lang + " " + fmt(f1);
  }
  double typed = number(report, {"relations", "typed", "all", "micro", "f1"}, "relations.typed.all.micro.f1");
  double family = number(report, {"relations", "family", "all", "micro", "f1"}, "relations.family.all.micro.f1");
  double pair = number(report, {"relations", "pair", "all", "micro", "f1"}, "relations.pair.all.micro.f1");
  double share = number(report, {"merged", "share"}, "merged.share");
  summary += "; relation F1 typed " + fmt(typed) + " family " + fmt(family) + " pair " + fmt(pair) +
             "; merged share " + fmt(share);
  const rapidjson::Value* ok = at(report, {"merged", "merged_ok"});
  const rapidjson::Value* ids = at(report, {"merged", "cross_lingual_ids"});
  if (ok && ids && ok->IsInt() && ids->IsInt())
    summary += " (" + std::to_string(ok->GetInt()) + "/" + std::to_string(ids->GetInt()) + ")";
  WARN(summary);

  for (const auto& [lang, f1] : perLang) {
    checkAtLeast(std::string(set.name) + " entity F1 " + lang, f1, set.entityF1PerLang);
    double typedLang = number(report, {"relations", "typed", "by_lang", lang.c_str(), "micro", "f1"},
                              "relations.typed.by_lang." + lang + ".micro.f1");
    WARN(set.name << " relation F1 typed " << lang << " " << fmt(typedLang));
    checkAtLeast(std::string(set.name) + " relation F1 typed " + lang, typedLang, set.typedF1PerLang);
  }
  checkAtLeast(std::string(set.name) + " relation F1 typed", typed, set.typedF1);
  checkAtLeast(std::string(set.name) + " relation F1 pair", pair, set.pairF1);
  checkAtLeast(std::string(set.name) + " merged share", share, set.mergeShare);
}

bool sharedScorerPresent() {
  if (fs::exists(scorer())) return true;
  WARN("SKIPPED: ../shared is missing beside the repository (" << sharedDir().string()
                                                               << "): no eval/score.py to score with");
  return false;
}

}  // namespace

TEST_CASE("extraction on the shared seed articles reaches the thresholds", "[eval][seeds]") {
  const EvalSet& set = kEvalSets[0];
  if (!sharedScorerPresent()) return;
  if (!fs::is_directory(kRepo / set.corpus) || !fs::is_directory(kRepo / set.gold)) {
    WARN("SKIPPED: ../shared is missing the seed corpus or its gold files");
    return;
  }
  evaluate(set);
}

TEST_CASE("extraction on the project's own English and Arabic set reaches the thresholds", "[eval][own]") {
  const EvalSet& set = kEvalSets[1];
  // The set is in the repository and must be complete.
  size_t en = 0, ar = 0;
  for (const auto& e : fs::directory_iterator(kRepo / set.corpus)) {
    auto stem = e.path().stem().string();
    INFO(e.path().string());
    CHECK(fs::exists(kRepo / set.gold / (stem + ".json")));
    if (stem.rfind("en_", 0) == 0) ++en;
    if (stem.rfind("ar_", 0) == 0) ++ar;
  }
  CHECK(en > 0);
  CHECK(ar > 0);
  if (!sharedScorerPresent()) return;
  evaluate(set);
}

TEST_CASE("extraction on the blind set is measured and printed", "[eval][blind]") {
  if (!sharedScorerPresent()) return;
  evaluate(kEvalSets[2]);
}

TEST_CASE("the scorer reads an empty system as zero, so the thresholds can fail", "[eval][own]") {
  if (!sharedScorerPresent()) return;
  TempDir tmp;
  fs::create_directory(tmp / "empty");
  auto score = runShell(std::string(kPython) + " " + shellQuote(scorer().string()) + " --gold " +
                        shellQuote((kRepo / "tests/eval/gold").string()) + " --system " +
                        shellQuote((tmp / "empty").string()) + " --json");
  INFO(score.err);
  REQUIRE(score.code == 0);
  auto report = parseJson(score.out, "score.py --json");
  CHECK(number(report, {"entities", "by_lang", "en", "micro", "f1"}, "entities.by_lang.en.micro.f1") == 0);
  CHECK(number(report, {"entities", "by_lang", "ar", "micro", "f1"}, "entities.by_lang.ar.micro.f1") == 0);
  CHECK(number(report, {"relations", "typed", "all", "micro", "f1"}, "relations.typed.all.micro.f1") == 0);
  const rapidjson::Value* missing = at(report, {"missing_system_files"});
  REQUIRE(missing != nullptr);
  CHECK(missing->Size() == number(report, {"articles"}, "articles"));
}
