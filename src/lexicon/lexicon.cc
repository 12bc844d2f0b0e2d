#include "lexicon/lexicon.h"

#include <algorithm>
#include <filesystem>
#include <regex>

#include "base/atomic_file.h"
#include "base/error.h"
#include "base/json_file.h"
#include "text/segmenter.h"

namespace akg {
namespace fs = std::filesystem;

// Reads graph_schemas/ into a Lexicon, collecting every problem with the file
// and entry it concerns instead of stopping at the first.
struct Lexicon::Loader {
  Lexicon& lx;
  std::vector<std::string>& problems;
  Segmenter segmenter;
  std::string file;         // the file being read, for messages
  std::string fileText;

  Loader(Lexicon& l, std::vector<std::string>& p) : lx(l), problems(p), segmenter(l.normalizer_) {}

  // `near` is text to point at; `last` points at its last occurrence (a duplicate).
  void problem(const std::string& msg, const std::string& near = {}, bool last = false) {
    std::string where = file;
    if (!near.empty()) {
      auto pos = last ? fileText.rfind(near) : fileText.find(near);
      if (pos != std::string::npos) {
        auto [line, col] = lineColumn(fileText, pos);
        where += ":" + std::to_string(line) + ":" + std::to_string(col);
      }
    }
    problems.push_back(where + ": " + msg);
  }

  std::optional<rapidjson::Document> open(const fs::path& path, bool required = true) {
    file = path.string();
    if (!fs::exists(path)) {
      if (required) problems.push_back(file + ": missing");
      return std::nullopt;
    }
    try {
      fileText = readFile(path);
      auto doc = parseJson(fileText, file);
      if (!doc.IsObject()) {
        problem("top level must be a JSON object");
        return std::nullopt;
      }
      return doc;
    } catch (const Error& e) {
      problems.push_back(e.what());
      return std::nullopt;
    }
  }

  // Tokens of a phrase, cut and folded exactly as article text is.
  std::vector<std::string> tokens(const std::string& phrase) {
    Document d = segmenter.segment(phrase);
    std::vector<std::string> out;
    for (const auto& t : d.tokens)
      if (!t.norm.empty()) out.push_back(t.norm);
    return out;
  }

  bool allCaps(const std::string& phrase) {
    Document d = segmenter.segment(phrase);
    bool any = false;
    for (const auto& t : d.tokens) {
      if (t.has(kPunct)) continue;
      if (!t.has(kLatin)) return false;
      if (t.has(kAllCaps)) { any = true; continue; }
      return false;
    }
    return any;
  }

  std::vector<std::string> strings(const rapidjson::Value& v, const std::string& what) {
    std::vector<std::string> out;
    if (!v.IsArray()) {
      problem(what + " must be an array of strings");
      return out;
    }
    for (const auto& s : v.GetArray()) {
      if (s.IsString() && s.GetStringLength() > 0) out.emplace_back(s.GetString(), s.GetStringLength());
      else problem(what + " must hold non-empty strings");
    }
    return out;
  }

  std::string str(const rapidjson::Value& obj, const char* key) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd() || !it->value.IsString()) return {};
    return std::string(it->value.GetString(), it->value.GetStringLength());
  }

  void addPhrase(const std::string& phrase, PhraseHit hit) {
    auto toks = tokens(phrase);
    if (toks.empty()) return;
    lx.trie_.add(toks, hit);
  }

  // ---------------------------------------------------------------- ontology
  void loadOntology() {
    auto doc = open(fs::path(lx.dir_) / "ontology.json");
    if (!doc) return;
    auto& d = *doc;
    if (d.HasMember("types") && d["types"].IsObject()) {
      for (auto& m : d["types"].GetObject()) {
        std::string type = m.name.GetString();
        if (!parseEntityType(type)) problem("unknown type \"" + type + "\"", type);
        for (auto& k : strings(m.value, "types." + type)) lx.kinds_[type].insert(k);
      }
    } else {
      problem("\"types\" must be an object");
    }
    if (d.HasMember("location_rank") && d["location_rank"].IsObject())
      for (auto& m : d["location_rank"].GetObject())
        if (m.value.IsInt()) lx.locationRank_[m.name.GetString()] = m.value.GetInt();
    if (d.HasMember("implied_located_in") && d["implied_located_in"].IsObject()) {
      auto& il = d["implied_located_in"];
      if (il.HasMember("child_kinds")) for (auto& k : strings(il["child_kinds"], "implied_located_in.child_kinds")) lx.impliedChild_.insert(k);
      if (il.HasMember("parent_kinds")) for (auto& k : strings(il["parent_kinds"], "implied_located_in.parent_kinds")) lx.impliedParent_.insert(k);
    }
    if (d.HasMember("roles") && d["roles"].IsObject()) {
      for (auto& m : d["roles"].GetObject()) {
        RoleInfo r;
        r.kind = str(m.value, "kind");
        r.en = str(m.value, "en");
        r.ar = str(m.value, "ar");
        if (!validKind("actor", r.kind)) problem("role " + std::string(m.name.GetString()) + ": unknown actor kind \"" + r.kind + "\"", m.name.GetString());
        lx.roleInfo_[m.name.GetString()] = r;
      }
    }
    if (!d.HasMember("relations") || !d["relations"].IsArray()) {
      problem("\"relations\" must be an array");
      return;
    }
    for (auto& r : d["relations"].GetArray()) {
      RelationType rt;
      rt.name = str(r, "name");
      rt.family = str(r, "family");
      rt.symmetric = r.HasMember("symmetric") && r["symmetric"].IsBool() && r["symmetric"].GetBool();
      rt.containment = r.HasMember("containment") && r["containment"].IsBool() && r["containment"].GetBool();
      for (const char* side : {"head", "tail"}) {
        if (!r.HasMember(side)) { problem("relation " + rt.name + ": missing " + side, rt.name); continue; }
        for (auto& t : strings(r[side], rt.name + "." + side)) {
          auto et = parseEntityType(t);
          if (!et) problem("relation " + rt.name + ": unknown type \"" + t + "\"", rt.name);
          else (std::string(side) == "head" ? rt.head : rt.tail).insert(*et);
        }
      }
      if (r.HasMember("head_kinds")) for (auto& k : strings(r["head_kinds"], rt.name)) rt.headKinds.insert(k);
      if (r.HasMember("tail_kinds")) for (auto& k : strings(r["tail_kinds"], rt.name)) rt.tailKinds.insert(k);
      if (rt.name.empty()) problem("relation without a name");
      else lx.relations_.push_back(rt);
    }
  }

  bool validKind(const std::string& type, const std::string& kind) {
    auto it = lx.kinds_.find(type);
    return it != lx.kinds_.end() && it->second.count(kind);
  }

  // --------------------------------------------------------------- gazetteer
  void loadGazetteer() {
    fs::path dir = fs::path(lx.dir_) / "gazetteer";
    std::vector<fs::path> files;
    std::error_code ec;
    for (auto& e : fs::directory_iterator(dir, ec))
      if (e.path().extension() == ".json") files.push_back(e.path());
    if (ec) { problems.push_back(dir.string() + ": " + ec.message()); return; }
    std::sort(files.begin(), files.end());
    static const std::regex kId("[a-z0-9_]+");
    for (const auto& f : files) {
      auto doc = open(f);
      if (!doc) continue;
      if (!doc->HasMember("entities") || !(*doc)["entities"].IsArray()) {
        problem("\"entities\" must be an array");
        continue;
      }
      size_t n = 0;
      for (auto& e : (*doc)["entities"].GetArray()) {
        ++n;
        if (!e.IsObject()) { problem("entities[" + std::to_string(n - 1) + "] is not an object"); continue; }
        GazEntity g;
        g.sourceFile = file;
        g.id = str(e, "id");
        std::string near = "\"" + g.id + "\"";
        std::string what = "entity " + (g.id.empty() ? "#" + std::to_string(n - 1) : g.id);
        if (!std::regex_match(g.id, kId)) { problem(what + ": id must match [a-z0-9_]+", near); continue; }
        auto type = parseEntityType(str(e, "type"));
        if (!type) { problem(what + ": type must be \"actor\" or \"location\"", near); continue; }
        g.type = *type;
        g.kind = str(e, "kind");
        if (!validKind(std::string(toString(g.type)), g.kind)) {
          problem(what + ": unknown " + std::string(toString(g.type)) + " kind \"" + g.kind + "\"", near);
          continue;
        }
        if (e.HasMember("en")) g.en = strings(e["en"], what + ".en");
        if (e.HasMember("ar")) g.ar = strings(e["ar"], what + ".ar");
        if (g.en.empty() && g.ar.empty()) { problem(what + ": needs at least one name in \"en\" or \"ar\"", near); continue; }
        g.locatedIn = str(e, "located_in");
        g.metonym = str(e, "metonym");
        g.country = str(e, "country");
        g.role = str(e, "role");
        g.commonNoun = e.HasMember("common_noun") && e["common_noun"].IsBool() && e["common_noun"].GetBool();
        if (e.HasMember("common_words")) {
          uint32_t alias = 0;
          auto common = strings(e["common_words"], what + ".common_words");
          for (const auto* names : {&g.en, &g.ar})
            for (const auto& name : *names) {
              if (std::find(common.begin(), common.end(), name) != common.end()) g.contextOnly.insert(alias);
              ++alias;
            }
          for (const auto& c : common)
            if (std::find(g.en.begin(), g.en.end(), c) == g.en.end() && std::find(g.ar.begin(), g.ar.end(), c) == g.ar.end())
              problem(what + ": common_words \"" + c + "\" is not one of its names", near);
        }
        if (!g.role.empty() && !lx.roleInfo_.count(g.role)) problem(what + ": unknown role \"" + g.role + "\"", near);
        if (e.HasMember("coords")) {
          auto& c = e["coords"];
          if (c.IsArray() && c.Size() == 2 && c[0].IsNumber() && c[1].IsNumber() &&
              std::abs(c[0].GetDouble()) <= 90 && std::abs(c[1].GetDouble()) <= 180)
            g.coords = std::make_pair(c[0].GetDouble(), c[1].GetDouble());
          else
            problem(what + ": coords must be [latitude, longitude]", near);
        }
        if (e.HasMember("demonyms") && e["demonyms"].IsObject()) {
          auto& d = e["demonyms"];
          if (d.HasMember("en")) g.demonymsEn = strings(d["en"], what + ".demonyms.en");
          if (d.HasMember("ar")) g.demonymsAr = strings(d["ar"], what + ".demonyms.ar");
        }
        if (lx.entityIndex_.count(g.id)) { problem(what + ": duplicate id", near, true); continue; }
        lx.entityIndex_[g.id] = lx.entities_.size();
        lx.entities_.push_back(std::move(g));
      }
    }
    // References must resolve.
    for (const auto& g : lx.entities_) {
      file = "gazetteer";
      for (auto [field, ref] : {std::pair{"located_in", &g.locatedIn}, {"metonym", &g.metonym}, {"country", &g.country}})
        if (!ref->empty() && !lx.entityIndex_.count(*ref))
          problems.push_back(g.sourceFile + ": entity " + g.id + ": " + field + " \"" + *ref + "\" is not a gazetteer id");
      if (!g.role.empty() && !g.country.empty())
        lx.roleIndex_.emplace(std::make_pair(g.country, g.role), lx.entityIndex_[g.id]);
    }
    for (uint32_t i = 0; i < lx.entities_.size(); ++i) {
      const auto& g = lx.entities_[i];
      uint32_t alias = 0;
      for (const auto& names : {&g.en, &g.ar})
        for (const auto& name : *names) addPhrase(name, {PhraseKind::Entity, i, allCaps(name), g.commonNoun, alias++});
      for (const auto& d : g.demonymsEn) addPhrase(d, {PhraseKind::Demonym, i, false, false, i});
      for (const auto& d : g.demonymsAr) {
        // Arabic nisba adjectives: base, feminine and plural, with and without ال.
        std::string base = lx.normalizer_.fold(d);
        std::vector<std::string> forms{base};
        for (const auto& s : lx.ar_.nisbaSuffixes) forms.push_back(base + s);
        for (const auto& f : forms) {
          lx.trie_.add({f}, {PhraseKind::Demonym, i, false, false, i});
          lx.trie_.add({lx.clitics_.article + f}, {PhraseKind::Demonym, i, false, false, i});
        }
      }
    }
  }

  // ---------------------------------------------------------------- language
  void loadLang(Lang lang) {
    LangData& L = lang == Lang::En ? lx.en_ : lx.ar_;
    auto doc = open(fs::path(lx.dir_) / "lang" / (std::string(toString(lang)) + ".json"));
    if (!doc) return;
    auto& d = *doc;
    static const std::map<std::string, WordFlag> kFlags{
        {"stop", kStop}, {"negation", kNegation}, {"hypothetical", kHypothetical}, {"reporting", kReporting},
        {"member", kMember}, {"conjunction", kConjunction}, {"honorific", kHonorific},
        {"non_entity", kNonEntity}, {"particle", kParticle}, {"clause_break", kClauseBreak},
        {"determiner", kDeterminer}, {"skip", kSkip}, {"pronoun", kPronoun}, {"generic", kGeneric}, {"partitive", kPartitive}, {"halt", kHalt}, {"event", kEvent}, {"light_verb", kLightVerb}, {"direction", kDirection},
        {"auxiliary", kAuxiliary}, {"verb_particle", kVerbParticle}, {"collective", kCollective},
        {"passive_aux", kPassiveAux}, {"relative", kRelative}, {"people", kPeople}, {"name_connector", kNameConnector}};
    if (d.HasMember("words") && d["words"].IsObject()) {
      for (auto& m : d["words"].GetObject()) {
        auto f = kFlags.find(m.name.GetString());
        if (f == kFlags.end()) { problem(std::string("unknown word class \"") + m.name.GetString() + "\"", m.name.GetString()); continue; }
        for (auto& w : strings(m.value, m.name.GetString())) L.words[lx.normalizer_.fold(w)].flags |= f->second;
      }
    }
    if (d.HasMember("prepositions") && d["prepositions"].IsObject()) {
      for (auto& m : d["prepositions"].GetObject())
        for (auto& w : strings(m.value, m.name.GetString())) {
          auto& info = L.words[lx.normalizer_.fold(w)];
          info.flags |= kPreposition;
          if (info.prepClass.empty()) info.prepClass = m.name.GetString();
          if (!info.isPrep(m.name.GetString())) info.prepClasses.push_back(m.name.GetString());
        }
    }
    if (d.HasMember("cues") && d["cues"].IsArray()) {
      for (auto& c : d["cues"].GetArray()) {
        Cue cue;
        auto type = parseEntityType(str(c, "type"));
        cue.kind = str(c, "kind");
        if (!type || !validKind(str(c, "type"), cue.kind)) { problem("cue with bad type/kind \"" + cue.kind + "\"", cue.kind); continue; }
        cue.type = *type;
        std::string pos = str(c, "position");
        cue.position = pos == "before" ? Cue::Before : pos == "after" ? Cue::After : Cue::Head;
        if (pos != "before" && pos != "after" && pos != "head") problem("cue position must be before|after|head", pos);
        cue.partOfName = c.HasMember("part_of_name") && c["part_of_name"].IsBool() && c["part_of_name"].GetBool();
        if (c.HasMember("max_tokens") && c["max_tokens"].IsInt()) cue.maxTokens = c["max_tokens"].GetInt();
        auto idx = static_cast<uint32_t>(L.cues.size());
        L.cues.push_back(cue);
        if (c.HasMember("words")) for (auto& w : strings(c["words"], "cue words")) addPhrase(w, {PhraseKind::Cue, idx | (lang == Lang::Ar ? 0x80000000u : 0)});
      }
    }
    if (d.HasMember("titles") && d["titles"].IsArray()) {
      for (auto& t : d["titles"].GetArray()) {
        Title title{str(t, "relation"), str(t, "relation_for_state")};
        if (title.relation != "leads" && title.relation != "represents") problem("title relation must be leads|represents", title.relation);
        auto idx = static_cast<uint32_t>(L.titles.size());
        L.titles.push_back(title);
        if (t.HasMember("words"))
          for (auto& w : strings(t["words"], "title words")) {
            addPhrase(w, {PhraseKind::Title, idx | (lang == Lang::Ar ? 0x80000000u : 0)});
            // Arabic titles stand with or without the article: "رئيس" / "الرئيس".
            std::string folded = lx.normalizer_.fold(w);
            if (lang == Lang::Ar && !folded.starts_with(lx.clitics_.article))
              addPhrase(lx.clitics_.article + w, {PhraseKind::Title, idx | 0x80000000u});
          }
      }
    }
    if (d.HasMember("roles") && d["roles"].IsArray()) {
      for (auto& r : d["roles"].GetArray()) {
        RoleNoun rn{str(r, "role"), r.HasMember("standalone") && r["standalone"].IsBool() && r["standalone"].GetBool()};
        if (!lx.roleInfo_.count(rn.role)) problem("unknown role \"" + rn.role + "\"", rn.role);
        auto idx = static_cast<uint32_t>(L.roles.size());
        L.roles.push_back(rn);
        if (r.HasMember("words")) for (auto& w : strings(r["words"], "role words")) addPhrase(w, {PhraseKind::Role, idx | (lang == Lang::Ar ? 0x80000000u : 0)});
      }
    }
    if (d.HasMember("anaphors") && d["anaphors"].IsArray()) {
      for (auto& a : d["anaphors"].GetArray()) {
        Anaphor an;
        if (auto t = str(a, "type"); !t.empty()) an.type = parseEntityType(t);
        if (a.HasMember("kinds")) for (auto& k : strings(a["kinds"], "anaphor kinds")) an.kinds.insert(k);
        if (a.HasMember("count") && a["count"].IsInt()) an.count = a["count"].GetInt();
        an.title = str(a, "title");
        an.speaker = a.HasMember("speaker") && a["speaker"].IsBool() && a["speaker"].GetBool();
        an.descriptorOnly = a.HasMember("descriptor_only") && a["descriptor_only"].IsBool() && a["descriptor_only"].GetBool();
        an.nonState = a.HasMember("non_state") && a["non_state"].IsBool() && a["non_state"].GetBool();
        if (a.HasMember("not_before"))
          for (auto& w : strings(a["not_before"], "anaphor.not_before")) an.notBefore.insert(w);  // compared with lower-cased token norms
        auto idx = static_cast<uint32_t>(L.anaphors.size());
        L.anaphors.push_back(an);
        if (a.HasMember("words")) for (auto& w : strings(a["words"], "anaphor words")) addPhrase(w, {PhraseKind::Anaphor, idx | (lang == Lang::Ar ? 0x80000000u : 0)});
      }
    }
    if (d.HasMember("clitics") && d["clitics"].IsObject()) {
      auto& c = d["clitics"];
      auto fold = [&](const char* k) {
        std::vector<std::string> out;
        if (c.HasMember(k)) for (auto& w : strings(c[k], k)) out.push_back(lx.normalizer_.fold(w));
        return out;
      };
      lx.clitics_.conjunctions = fold("conjunctions");
      lx.clitics_.prepositions = fold("prepositions");
      lx.clitics_.suffixes = fold("suffixes");
      // Longest suffix first so "هما" is tried before "ه".
      std::sort(lx.clitics_.suffixes.begin(), lx.clitics_.suffixes.end(), [](auto& a, auto& b) { return a.size() > b.size(); });
    }
    if (d.HasMember("nisba_suffixes")) for (auto& s : strings(d["nisba_suffixes"], "nisba_suffixes")) L.nisbaSuffixes.push_back(lx.normalizer_.fold(s));
    if (d.HasMember("adjective_endings")) for (auto& s : strings(d["adjective_endings"], "adjective_endings")) L.adjectiveEndings.push_back(lx.normalizer_.fold(s));
    if (d.HasMember("name_blocking_prefixes")) for (auto& s : strings(d["name_blocking_prefixes"], "name_blocking_prefixes")) L.nameBlockingPrefixes.push_back(lx.normalizer_.fold(s));
    if (d.HasMember("name_particles")) {
      for (auto& p : strings(d["name_particles"], "name_particles"))
        (lang == Lang::En ? lx.particlesLatin_ : lx.particlesArabic_).insert(lx.normalizer_.fold(p));
    }
    if (d.HasMember("name_rewrites") && d["name_rewrites"].IsObject())
      for (auto& m : d["name_rewrites"].GetObject())
        if (m.value.IsString()) lx.rewritesLatin_[lx.normalizer_.fold(m.name.GetString())] = lx.normalizer_.fold(m.value.GetString());
  }

  void loadGivenNames() {
    auto doc = open(fs::path(lx.dir_) / "lang" / "given_names.json", false);
    if (!doc) return;
    for (const char* l : {"en", "ar"})
      if (doc->HasMember(l))
        for (auto& n : strings((*doc)[l], l)) addPhrase(n, {PhraseKind::GivenName, 0});
  }

  // --------------------------------------------------------------- relations
  void loadRules() {
    auto doc = open(fs::path(lx.dir_) / "relations.json");
    if (!doc) return;
    if (!doc->HasMember("rules") || !(*doc)["rules"].IsArray()) { problem("\"rules\" must be an array"); return; }
    static const std::set<std::string> kSlots{"subject", "object", "left", "right", "adjacent_left",
                                              "adjacent_right", "between", "parties", "after_clause", "sentence_subject",
                                              "appositive_left", "suffix_owner"};
    size_t n = 0;
    for (auto& r : (*doc)["rules"].GetArray()) {
      RelationRule rule;
      rule.relation = str(r, "relation");
      rule.id = rule.relation + "/" + std::to_string(n++);
      rule.anchor = str(r, "anchor");
      if (auto l = str(r, "lang"); !l.empty()) {
        rule.lang = parseLang(l);
        if (!rule.lang) problem("rule " + rule.id + ": unknown language \"" + l + "\"", l);
      }
      if (!rule.anchor.empty() && rule.anchor != "title" && rule.anchor != "location" && rule.anchor != "possessive")
        problem("rule " + rule.id + ": anchor must be \"title\", \"location\" or \"possessive\"", rule.anchor);
      rule.personOwnerRelation = str(r, "person_owner_relation");
      if (!rule.personOwnerRelation.empty() && !lx.relation(rule.personOwnerRelation))
        problem("rule " + rule.id + ": unknown relation \"" + rule.personOwnerRelation + "\"", rule.personOwnerRelation);
      if (r.HasMember("state_owner_kinds"))
        for (auto& k : strings(r["state_owner_kinds"], rule.id + ".state_owner_kinds")) rule.stateOwnerKinds.insert(k);
      if (rule.anchor != "title" && !lx.relation(rule.relation)) { problem("rule " + rule.id + ": unknown relation \"" + rule.relation + "\"", rule.relation); continue; }
      for (const char* side : {"head", "tail", "passive_head", "passive_tail"}) {
        std::string sd = side;
        if (!r.HasMember(side)) {
          if (rule.anchor == "possessive") continue;
          if (sd == "tail" || (sd == "head" && rule.anchor != "location")) problem("rule " + rule.id + ": missing " + sd, rule.relation);
          continue;
        }
        auto& dest = sd == "head" ? rule.head : sd == "tail" ? rule.tail : sd == "passive_head" ? rule.passiveHead : rule.passiveTail;
        for (auto& s : strings(r[side], rule.id + "." + sd)) {
          if (!kSlots.count(s) && !s.starts_with("prep:")) problem("rule " + rule.id + ": unknown slot \"" + s + "\"", s);
          dest.push_back(s);
        }
      }
      auto idx = static_cast<uint32_t>(lx.rules_.size());
      lx.rules_.push_back(rule);
      if (r.HasMember("triggers") && r["triggers"].IsObject()) {
        for (auto& m : r["triggers"].GetObject()) {
          if (!parseLang(m.name.GetString())) { problem("rule " + rule.id + ": unknown language \"" + std::string(m.name.GetString()) + "\""); continue; }
          for (auto& t : strings(m.value, rule.id + " triggers")) addPhrase(t, {PhraseKind::Trigger, idx});
        }
      }
    }
  }

  void loadTranslit() {
    fs::path p = fs::path(lx.dir_) / "translit" / "name_key.rules";
    file = p.string();
    try {
      lx.translitRules_ = readFile(p);
    } catch (const Error& e) {
      problems.push_back(e.what());
    }
  }
};

Lexicon Lexicon::load(const std::string& dir) {
  std::vector<std::string> problems;
  Lexicon lx;
  lx.dir_ = dir;
  if (!fs::is_directory(dir)) throw Error(dir + ": schema directory not found");
  Loader loader(lx, problems);
  loader.loadOntology();
  loader.loadLang(Lang::En);
  loader.loadLang(Lang::Ar);
  loader.loadGazetteer();
  loader.loadGivenNames();
  loader.loadRules();
  loader.loadTranslit();
  lx.trie_.freeze();
  if (!problems.empty()) {
    std::string msg = problems.front();
    if (problems.size() > 1) msg += " (and " + std::to_string(problems.size() - 1) + " more problems: run `akg lexicon lint`)";
    throw Error(msg);
  }
  return lx;
}

std::vector<std::string> Lexicon::lint(const std::string& dir) {
  std::vector<std::string> problems;
  if (!fs::is_directory(dir)) return {dir + ": schema directory not found"};
  Lexicon lx;
  lx.dir_ = dir;
  Loader loader(lx, problems);
  loader.loadOntology();
  loader.loadLang(Lang::En);
  loader.loadLang(Lang::Ar);
  loader.loadGazetteer();
  loader.loadGivenNames();
  loader.loadRules();
  loader.loadTranslit();
  // Checks beyond what loading needs.
  std::map<std::string, std::vector<std::string>> byName;
  for (const auto& g : lx.entities_) {
    for (const auto* names : {&g.en, &g.ar})
      for (const auto& n : *names) {
        auto key = lx.normalizer_.fold(n);
        auto& owners = byName[key];
        if (std::find(owners.begin(), owners.end(), g.id) == owners.end()) owners.push_back(g.id);
      }
    if (g.type == EntityType::Location && !g.locatedIn.empty()) {
      const GazEntity* parent = lx.entity(g.locatedIn);
      if (parent && parent->type != EntityType::Location)
        problems.push_back("gazetteer: entity " + g.id + ": located_in \"" + g.locatedIn + "\" is not a location");
      // Cycles in located_in.
      std::set<std::string> seen{g.id};
      for (const GazEntity* p = parent; p && !p->locatedIn.empty(); p = lx.entity(p->locatedIn)) {
        if (!seen.insert(p->id).second) {
          problems.push_back("gazetteer: entity " + g.id + ": located_in chain loops at \"" + p->id + "\"");
          break;
        }
      }
    }
  }
  for (const auto& [name, owners] : byName)
    if (owners.size() > 1) {
      std::string ids;
      for (const auto& o : owners) ids += (ids.empty() ? "" : ", ") + o;
      problems.push_back("gazetteer: name \"" + name + "\" belongs to several entities: " + ids);
    }
  return problems;
}

const GazEntity* Lexicon::entity(const std::string& id) const {
  auto it = entityIndex_.find(id);
  return it == entityIndex_.end() ? nullptr : &entities_[it->second];
}

const RelationType* Lexicon::relation(const std::string& name) const {
  for (const auto& r : relations_)
    if (r.name == name) return &r;
  return nullptr;
}

const GazEntity* Lexicon::roleEntity(const std::string& country, const std::string& role) const {
  auto it = roleIndex_.find({country, role});
  return it == roleIndex_.end() ? nullptr : &entities_[it->second];
}

int Lexicon::locationRank(const std::string& kind) const {
  auto it = locationRank_.find(kind);
  return it == locationRank_.end() ? 0 : it->second;
}

}  // namespace akg
