// Everything akg knows about words, loaded once from graph_schemas/ and
// immutable afterwards (safe to share between threads): the ontology, the
// gazetteer, per-language function and cue words, relation rules, and one
// phrase trie over normalised tokens that finds all of them in one pass.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/lang.h"
#include "base/entity_type.h"
#include "base/string_hash.h"
#include "lexicon/phrase_trie.h"
#include "text/clitics.h"
#include "text/normalizer.h"

namespace akg {

struct RelationType {
  std::string name;
  std::set<EntityType> head, tail;
  std::set<std::string> headKinds, tailKinds;  // empty = any kind of the type
  bool symmetric = false;
  bool containment = false;  // head must be a smaller kind of place than tail (located_in)
  std::string family;
};

struct GazEntity {
  std::string id;
  EntityType type = EntityType::Location;
  std::string kind;
  std::vector<std::string> en, ar;   // names as written in the data
  std::string locatedIn, metonym, country, role;
  std::optional<std::pair<double, double>> coords;
  std::vector<std::string> demonymsEn, demonymsAr;
  bool commonNoun = false;  // English names may be written in lower case
  std::set<uint32_t> contextOnly;  // alias numbers (en then ar) that are also common words
                                   // ("طويلة" = long): matched only after a preposition or a cue
  std::string sourceFile;   // the gazetteer file it came from, for messages
  std::string label() const { return en.empty() ? ar.front() : en.front(); }
};

// Word classes of single normalised tokens (function words).
enum WordFlag : uint32_t {
  kStop = 1u << 0,         // never part of a name
  kNegation = 1u << 1,     // "not", "لم"
  kHypothetical = 1u << 2, // "threatened", "هدد"
  kReporting = 1u << 3,    // "said", "قال"
  kMember = 1u << 4,       // "fighters", "مقاتلي": transparent head before "of X"
  kConjunction = 1u << 5,  // "and", "و"
  kHonorific = 1u << 6,    // "Mr", "المهندس"
  kNonEntity = 1u << 7,    // capitalised but never a name (months, weekdays)
  kPreposition = 1u << 8,
  kParticle = 1u << 9,     // name-internal: "al", "bin", "abu", "عبد"
  kClauseBreak = 1u << 10, // "which", "while", "الذي": ends a slot search
  kDeterminer = 1u << 11,  // "the", "a"
  kSkip = 1u << 12,        // adjectives/quantifiers a slot may step over ("last", "northern")
  kPronoun = 1u << 13,     // "it", "they", "their"
  kGeneric = 1u << 14,     // "areas", "مناطق": may sit between a preposition and its name
  kPassiveAux = 1u << 15,  // "was", "were": a passive trigger swaps head and tail slots
  kRelative = 1u << 16,    // "which", "التي": the subject is the name before it
  kPeople = 1u << 17,      // "minorities", "community": a people's adjective before it names the people
  kNameConnector = 1u << 18,  // "of", "for" inside capitalised names ("Ministry of Health")
  kLightVerb = 1u << 22,   // "launched an attack": the subject acts through the noun after it
  kDirection = 1u << 23,   // "north", "جنوبي": "north of X", "جنوبي X" name a place
  kAuxiliary = 1u << 24,   // "had", "has": a finite clause of its own
  kVerbParticle = 1u << 25,  // "carried out", "stepped up"
  kCollective = 1u << 26,  // "groups", "militias": a body of its own, not a group's members
  kEvent = 1u << 21,       // "Operation": the capitalised name it opens is an event, no entity
  kHalt = 1u << 20,        // "لوقف", "to stop": negates only the trigger right after it ("لوقف الهجمات")
  kPartitive = 1u << 19,   // "one", "some" before "of": "X, one of the factions"
};

struct WordInfo {
  uint32_t flags = 0;
  std::string prepClass;                 // first preposition class ("from", "to", "in", ...)
  std::vector<std::string> prepClasses;  // every class the preposition belongs to ("على": on, against, over)
  bool isPrep(std::string_view cls) const {
    for (const auto& c : prepClasses)
      if (c == cls) return true;
    return false;
  }
};

struct Cue {
  EntityType type;
  std::string kind;
  enum Position { Before, After, Head } position;  // cue before the name, after it, or the name's last word
  bool partOfName = false;
  int maxTokens = 3;       // longest name the cue introduces
};

struct Title {
  std::string relation;          // leads | represents
  std::string relationForState;  // when the tail is a country or state ("foreign minister of Oman" represents it)
};

struct RoleNoun {
  std::string role;        // army, government, ...
  bool standalone = false; // resolves alone ("the army", "القوات الحكومية") to the article's country
};

struct RoleInfo {
  std::string kind;
  std::string en, ar;      // label parts: "army" / "الجيش"
};

struct Anaphor {
  std::optional<EntityType> type;
  std::set<std::string> kinds;
  int count = 1;           // "the two neighbourhoods" = 2
  std::string title;       // "the governor": a person with this title
  bool speaker = false;    // "we", "our": whoever is quoted, named after the quote or before it
  bool descriptorOnly = false;  // "the alliance": only an antecedent named with that noun
  std::set<std::string> notBefore;  // "there" is no place before "were": "there were clashes"
  bool nonState = false;   // "the group": never a state's own forces or ministries
};

struct RelationRule {
  std::string id;          // "<relation>/<n>" for messages
  std::string relation;
  std::vector<std::string> head, tail;  // slot names in priority order
  std::vector<std::string> passiveHead, passiveTail;  // used when the trigger is passive ("was attacked by")
  std::string anchor;  // "": trigger words; "title": every title word; "location": every place mention;
                       // "possessive": every "X's Y" with Y an actor, X the tail
  std::string personOwnerRelation;         // possessive: the relation a person X has to Y ("Haftar's army": leads)
  std::set<std::string> stateOwnerKinds;  // possessive: kinds of Y a country X may own ("Israel's security council")
  std::optional<Lang> lang;  // anchor rules: only for articles in this language
};

struct LangData {
  std::unordered_map<std::string, WordInfo, StringHash, StringEqual> words;
  std::vector<Cue> cues;
  std::vector<Title> titles;
  std::vector<RoleNoun> roles;
  std::vector<Anaphor> anaphors;
  std::vector<std::string> nisbaSuffixes;  // Arabic: ة ون ين ...
  std::vector<std::string> adjectiveEndings;      // Arabic: a lone word after a cue ending so is an adjective (ي، يه، يا)
  std::vector<std::string> nameBlockingPrefixes;  // Arabic: a first name word starting so is a preposition phrase (ل)
  const WordInfo* word(std::string_view norm) const {
    auto it = words.find(norm);
    return it == words.end() ? nullptr : &it->second;
  }
  bool has(std::string_view norm, WordFlag f) const {
    auto* w = word(norm);
    return w && (w->flags & f);
  }
};

class Lexicon {
 public:
  // Loads and validates graph_schemas/ at `dir`. Throws akg::Error whose
  // message names the file and the entry at fault.
  static Lexicon load(const std::string& dir);
  // Every problem found, one message each, without stopping at the first
  // (for `akg lexicon lint`).
  static std::vector<std::string> lint(const std::string& dir);

  const Normalizer& normalizer() const { return normalizer_; }
  const PhraseTrie& trie() const { return trie_; }
  const CliticRules& clitics() const { return clitics_; }
  const LangData& lang(Lang l) const { return l == Lang::En ? en_ : ar_; }

  const std::vector<GazEntity>& entities() const { return entities_; }
  const GazEntity* entity(const std::string& id) const;
  const RelationType* relation(const std::string& name) const;
  const std::vector<RelationType>& relations() const { return relations_; }
  const std::vector<RelationRule>& rules() const { return rules_; }
  const std::map<std::string, std::set<std::string>>& kinds() const { return kinds_; }
  const std::map<std::string, RoleInfo>& roles() const { return roleInfo_; }
  // The entity with this (country, role), if the gazetteer has one.
  const GazEntity* roleEntity(const std::string& country, const std::string& role) const;
  // Size rank of location kinds (district 1 ... country 5) for containment.
  int locationRank(const std::string& kind) const;
  // Kinds for which a gazetteer parent mentioned in the same article implies
  // located_in (ontology.json "implied_located_in").
  const std::set<std::string>& impliedChildKinds() const { return impliedChild_; }
  const std::set<std::string>& impliedParentKinds() const { return impliedParent_; }
  const std::string& translitRules() const { return translitRules_; }
  const std::set<std::string>& nameParticlesLatin() const { return particlesLatin_; }
  const std::map<std::string, std::string>& nameRewritesLatin() const { return rewritesLatin_; }
  const std::set<std::string>& nameParticlesArabic() const { return particlesArabic_; }
  std::string dir() const { return dir_; }

 private:
  struct Loader;
  std::string dir_;
  Normalizer normalizer_;
  PhraseTrie trie_;
  CliticRules clitics_;
  LangData en_, ar_;
  std::vector<GazEntity> entities_;
  std::unordered_map<std::string, size_t> entityIndex_;
  std::vector<RelationType> relations_;
  std::vector<RelationRule> rules_;
  std::map<std::string, std::set<std::string>> kinds_;
  std::map<std::string, RoleInfo> roleInfo_;
  std::map<std::pair<std::string, std::string>, size_t> roleIndex_;
  std::map<std::string, int> locationRank_;
  std::set<std::string> impliedChild_, impliedParent_;
  std::string translitRules_;
  std::set<std::string> particlesLatin_, particlesArabic_;
  std::map<std::string, std::string> rewritesLatin_;
};

}  // namespace akg
