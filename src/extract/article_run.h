// The working state of extracting one article (extract/extractor.h): the
// document, the lexicon matches, the mentions and their resolution. One
// ArticleRun lives for one Extractor::extract() call; its member functions
// are spread over the files of this folder by stage: lexicon scan
// (article_run.cc), names (names.cc), roles and demonyms (roles.cc),
// resolution (resolve.cc), the article graph (article_output.cc).
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "extract/extractor.h"
#include "extract/mention.h"

namespace akg {
namespace detail {

constexpr uint32_t kArabicIndex = 0x80000000u;

inline int hitPriority(PhraseKind k) {
  switch (k) {
    case PhraseKind::Entity: return 7;
    case PhraseKind::Role: return 6;
    case PhraseKind::Title: return 5;
    case PhraseKind::Trigger: return 4;
    case PhraseKind::Cue: return 3;
    case PhraseKind::Anaphor: return 2;
    case PhraseKind::Demonym: return 1;
    case PhraseKind::GivenName: return 0;
  }
  return 0;
}

// Byte offset in `raw` after `letters` letters, stepping over Arabic marks
// (tashkeel, tatweel) that the matching form dropped.
inline size_t skipLetters(std::string_view raw, size_t letters) {
  size_t i = 0;
  while (i < raw.size() && letters > 0) {
    size_t len;
    utf8::decode(raw, i, len);
    i += len;
    --letters;
    while (i < raw.size()) {
      char32_t next = utf8::decode(raw, i, len);
      if ((next >= 0x064B && next <= 0x065F) || next == 0x0670 || next == 0x0640) i += len;
      else break;
    }
  }
  return i;
}

// A lexicon match starting at token `first`, read through clitic form `form`.
struct Candidate {
  uint32_t first, last;
  PhraseHit hit;
  CliticForm form;
  bool suffixed = false;
};

}  // namespace detail

class ArticleRun {
  using Candidate = detail::Candidate;
  static constexpr uint32_t kArabicIndex = detail::kArabicIndex;

 public:
  ArticleRun(const Lexicon& lx, const ExtractOptions& opt, const NameKeyer& keyer, const Article& art, Document doc)
      : lx_(lx), L_(lx.lang(art.lang)), opt_(opt), keyer_(keyer), art_(art), doc_(std::move(doc)) {
    tokenMention_.assign(doc_.tokens.size(), -1);
    tokenAnnot_.assign(doc_.tokens.size(), -1);
    given_.assign(doc_.tokens.size(), 0);
    // Each token is looked up once: its function-word class and trie id.
    words_.resize(doc_.tokens.size());
    ids_.resize(doc_.tokens.size());
    for (size_t i = 0; i < doc_.tokens.size(); ++i) {
      words_[i] = L_.word(doc_.tokens[i].norm);
      ids_[i] = lx_.trie().tokenId(doc_.tokens[i].norm);
    }
  }

  ArticleGraph run();

 private:
  const Lexicon& lx_;
  const LangData& L_;
  const ExtractOptions& opt_;
  const NameKeyer& keyer_;
  const Article& art_;
  Document doc_;
  std::vector<Mention> mentions_;
  std::vector<Annotation> annots_;
  std::vector<int> tokenMention_, tokenAnnot_;
  std::vector<uint8_t> given_;
  std::vector<const WordInfo*> words_;  // function-word class of each token, or null
  std::vector<uint32_t> ids_;           // trie token id of each token
  std::vector<std::vector<Candidate>> candidates_;  // every lexicon match by start token
  std::string focusCountry_;
  std::map<std::string, std::string> lastRoleCountry_;  // role -> country of its last explicit mention ("Israeli army")

  const Token& tok(uint32_t i) const { return doc_.tokens[i]; }
  uint32_t sentenceEnd(uint32_t i) const { return doc_.sentences[tok(i).sentence].endToken; }
  bool free(uint32_t i) const { return tokenMention_[i] < 0 && tokenAnnot_[i] < 0; }
  const WordInfo* word(uint32_t i) const { return words_[i]; }
  bool is(uint32_t i, WordFlag f) const { return words_[i] && (words_[i]->flags & f); }
  bool isPunct(uint32_t i) const { return tok(i).has(kPunct); }
  // Written with a final ة (ta marbuta), which folding turns into ه.
  bool endsWithTaMarbuta(uint32_t i) const { return doc_.raw(tok(i)).ends_with("\xD8\xA9"); }
  bool isOf(uint32_t i) const { return i < doc_.tokens.size() && words_[i] && words_[i]->isPrep("of"); }

  std::string prepClassOf(const std::string& prep) const;

  void scan();

  static bool better(const Candidate& a, const Candidate& b);

  // English gazetteer names must look like names: some capital letter, and
  // all capitals for acronyms ("US" but not "us").
  bool latinNameOk(uint32_t first, uint32_t last, const PhraseHit& hit) const;

  uint32_t strippedBegin(uint32_t i, const CliticForm& form) const;

  std::string surfaceOf(uint32_t first, uint32_t last, uint32_t begin) const;

  void place(const Candidate& c);

  int addMention(Mention&& m);
  // A mention of tokens [first, last) whose text starts at byte `begin`
  // (after any clitic), with sentence, span and surface filled in.
  Mention spanMention(uint32_t first, uint32_t last, uint32_t begin, EntityType type, const std::string& kind,
                      MentionSource source) const;

  const Annotation* annotAt(uint32_t i, PhraseKind kind) const;
  // A title word, including "the spokesman" before it is told apart from an anaphor.
  bool titleAt(uint32_t i) const;
  const Cue* cueAt(uint32_t i) const;
  bool placeContext(uint32_t i, const CliticForm& form) const;

  void recogniseNames();

  // Capitalised words seen away from a sentence start: evidence that a
  // sentence-initial word is a name, not just capitalised.
  std::set<std::string> capitalisedInside() const;

  bool chunkable(uint32_t k) const;

  void englishNames();

  void nameFromChunk(uint32_t a, uint32_t b, const Sentence& s, const std::set<std::string>& inside);

  // Arabic has no capitals: names are found after cue words (حي، مدينة،
  // وزارة...) and from given names.
  bool arabicNameToken(uint32_t k) const;

  void arabicNames();

  bool nisbaAdjective(uint32_t k) const;

  bool startsWithConjunction(uint32_t k) const;

  bool hasAttachedPreposition(uint32_t k) const;

  // The country a demonym token names ("Syrian", "السوداني"); peoples
  // ("Kurdish") have no state institutions to resolve to.
  int countryOfDemonym(uint32_t i) const;

  int countryMentionAt(uint32_t i) const;

  void computeFocusCountry();

  void recogniseRolesAndDemonyms();

  // The country or people a demonym annotation names, as a mention.
  void addDemonymMention(const Annotation& a);

  // "Damascus-affiliated factions", "Iran-backed militias", "الفصائل التابعة
  // لحكومة دمشق": unnamed groups known by their patron are one node per
  // patron, affiliated with it.
  bool groupNoun(uint32_t k) const;
  bool affiliationTrigger(uint32_t k) const;

  void recogniseAffiliatedGroups();

  void recogniseAliases();

  void addAlias(uint32_t first, uint32_t last, int referent, MentionSource source, const CliticForm& form);

  void recogniseAnaphors();
  void recogniseModifiedDescriptors();
  void arabicNamesAfterTitles();
  bool stateInstitution(const Mention& m) const;
  bool dateline(const Mention& m) const;

  // The title the word at token k is, if the trie knows it as one.
  std::optional<PhraseHit> titleHit(uint32_t k) const;

  void reindex();

  bool afterLocationPreposition(const Mention& m) const;

  void resolve();

  void resolveAnaphors();

  // "In calls with Turkish President Erdogan, Barrack said": Erdogan is not
  // the subject a later "he" refers to.
  bool insidePrepositionalPhrase(const Mention& m) const;

  // Whether a person mention sits next to this title word ("governor").
  bool titledAs(const Mention& person, const std::string& title) const;

  // One line per sentence: [mentions as text|id|kind] and <annotations>.
  std::string explain() const;

  ArticleGraph build(std::vector<ArticleEdge> edges);

  // A district and its city both named: the gazetteer's located_in is read
  // as stated. Evidence is the first sentence naming both, else the child's.
  void addImpliedContainment(ArticleGraph& g, const std::map<std::string, size_t>& index);

  // "chad_army" -> "Chadian army" / "الجيش التشادي", from demonyms and role labels.
  std::string synthesizedRoleLabel(const std::string& id, Lang lang) const;
};

}  // namespace akg
