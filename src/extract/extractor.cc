#include "extract/extractor.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "base/utf8.h"
#include "extract/mention.h"
#include "extract/relations.h"

namespace akg {

namespace {

constexpr uint32_t kArabicIndex = 0x80000000u;

int hitPriority(PhraseKind k) {
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
size_t skipLetters(std::string_view raw, size_t letters) {
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

struct Candidate {
  uint32_t first, last;
  PhraseHit hit;
  CliticForm form;
  bool suffixed = false;
};

}  // namespace

// All the work on one article; lives for one extract() call.
class ArticleRun {
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

  ArticleGraph run() {
    scan();
    recogniseNames();
    recogniseRolesAndDemonyms();
    recogniseAffiliatedGroups();
    recogniseAliases();
    recogniseAnaphors();
    for (auto& m : mentions_)
      if (m.patron >= 0) m.patronSpan = {mentions_[m.patron].first, mentions_[m.patron].last};
    // Longer mentions after shorter ones at the same start, so that the
    // token map points at the enclosing one.
    std::stable_sort(mentions_.begin(), mentions_.end(), [](const Mention& a, const Mention& b) {
      return a.first != b.first ? a.first < b.first : a.last < b.last;
    });
    reindex();
    resolve();
    RelationFinder finder(lx_, L_, opt_, doc_, mentions_, annots_, tokenMention_, tokenAnnot_, art_);
    auto edges = finder.find();
    ArticleGraph g = build(std::move(edges));
    if (opt_.explain) g.trace = explain();
    return g;
  }

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
  bool isOf(uint32_t i) const { return i < doc_.tokens.size() && words_[i] && words_[i]->isPrep("of"); }

  std::string prepClassOf(const std::string& prep) const {
    if (prep.empty()) return {};
    auto* w = L_.word(prep);
    return w ? w->prepClass : std::string();
  }

  // ------------------------------------------------------------ trie scan
  void scan() {
    const auto& trie = lx_.trie();
    // Every match starting at each token; the longest wins unless a longer
    // name starting inside it needs its tokens ("قائد قوات الدعم السريع":
    // the title "قائد" stays, "قائد قوات" gives way to the name).
    std::vector<std::vector<Candidate>>& found = candidates_;
    found.assign(doc_.tokens.size(), {});
    for (uint32_t i = 0; i < doc_.tokens.size(); ++i) {
      const Token& t = tok(i);
      if (t.has(kPunct) && t.norm != "-") continue;
      std::vector<CliticForm> forms;
      if (t.has(kArabic)) forms = procliticForms(t.norm, lx_.clitics());
      else if (ids_[i] == PhraseTrie::kNone) continue;  // no phrase starts with it
      else forms.push_back({t.norm, {}, {}});
      uint32_t end = sentenceEnd(i);
      auto consider = [&](uint32_t last, const PhraseHit& hit, const CliticForm& form, bool suffixed = false) {
        if (hit.kind == PhraseKind::GivenName) {
          if (last == i + 1) given_[i] = 1;
          return;
        }
        if (hit.kind == PhraseKind::Entity && !latinNameOk(i, last, hit)) return;
        found[i].push_back(Candidate{i, last, hit, form, suffixed});
      };
      for (size_t f = 0; f < forms.size(); ++f) {
        const CliticForm& form = forms[f];
        uint32_t node = trie.step(trie.root(), f == 0 ? ids_[i] : trie.tokenId(form.stem));
        uint32_t j = i + 1;
        while (node != PhraseTrie::kNone) {
          for (const auto& h : trie.hits(node)) consider(j, h, form);
          if (j >= end) break;
          node = trie.step(node, ids_[j]);
          ++j;
        }
        // Trigger words carry pronoun suffixes in Arabic: "انسحابها".
        if (t.has(kArabic)) {
          for (const auto& stem : suffixForms(form.stem, lx_.clitics())) {
            uint32_t n = trie.step(trie.root(), trie.tokenId(stem));
            if (n == PhraseTrie::kNone) continue;
            for (const auto& h : trie.hits(n))
              if (h.kind == PhraseKind::Trigger || h.kind == PhraseKind::Title) consider(i + 1, h, form, true);
          }
        }
      }
      std::sort(found[i].begin(), found[i].end(), [](const Candidate& a, const Candidate& b) { return better(a, b); });
    }
    auto longestEntityFrom = [&](uint32_t k) -> uint32_t {
      uint32_t last = 0;
      for (const auto& c : found[k])
        if (c.hit.kind == PhraseKind::Entity) last = std::max(last, c.last);
      return last;
    };
    for (uint32_t i = 0; i < doc_.tokens.size();) {
      const Candidate* pick = nullptr;
      for (const auto& c : found[i]) {
        bool displaced = false;
        for (uint32_t k = i + 1; k < c.last && !displaced; ++k)
          displaced = c.hit.kind != PhraseKind::Entity && longestEntityFrom(k) > c.last;
        if (!displaced) { pick = &c; break; }
      }
      if (!pick) { ++i; continue; }
      place(*pick);
      i = pick->last;
    }
  }

  static bool better(const Candidate& a, const Candidate& b) {
    if (a.last != b.last) return a.last > b.last;
    if (hitPriority(a.hit.kind) != hitPriority(b.hit.kind)) return hitPriority(a.hit.kind) > hitPriority(b.hit.kind);
    return a.form.stem.size() > b.form.stem.size();  // prefer the unstripped reading
  }

  // English gazetteer names must look like names: some capital letter, and
  // all capitals for acronyms ("US" but not "us").
  bool latinNameOk(uint32_t first, uint32_t last, const PhraseHit& hit) const {
    bool latin = false, capital = false;
    for (uint32_t k = first; k < last; ++k) {
      const Token& t = tok(k);
      if (!t.has(kLatin)) continue;
      latin = true;
      if (t.has(kCapital) || t.has(kAllCaps)) capital = true;
      // Short acronyms only in capitals ("US", not "us"); longer ones are
      // also written as words ("Sana", "Nato").
      if (hit.upperOnly && !t.has(kAllCaps) && t.norm.size() > 1 && (t.norm.size() < 4 || !t.has(kCapital))) return false;
    }
    return !latin || capital || hit.anyCase;
  }

  uint32_t strippedBegin(uint32_t i, const CliticForm& form) const {
    size_t letters = codePoints(form.conjunction) + codePoints(form.preposition);
    std::string_view raw = doc_.raw(tok(i));
    return tok(i).begin + static_cast<uint32_t>(skipLetters(raw, letters));
  }

  std::string surfaceOf(uint32_t first, uint32_t last, uint32_t begin) const {
    std::string s(doc_.text.substr(begin, tok(last - 1).end - begin));
    for (char& c : s)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return s;
  }

  void place(const Candidate& c) {
    uint32_t begin = strippedBegin(c.first, c.form);
    if (c.hit.kind == PhraseKind::Entity) {
      const GazEntity& g = lx_.entities()[c.hit.index];
      Mention m;
      m.first = c.first;
      m.last = c.last;
      m.sentence = tok(c.first).sentence;
      m.begin = begin;
      m.end = tok(c.last - 1).end;
      m.type = g.type;
      m.kind = g.kind;
      m.source = MentionSource::Gazetteer;
      m.entity = static_cast<int>(c.hit.index);
      m.surface = surfaceOf(c.first, c.last, begin);
      // "للقوات" is ل + "القوات": the name as the lexicon writes it.
      if (c.form.stem.starts_with(lx_.clitics().article) && !lx_.normalizer().fold(m.surface).starts_with(lx_.clitics().article))
        m.surface = lx_.clitics().article + m.surface.substr(std::min(m.surface.size(), size_t(2)));
      m.prepClass = prepClassOf(c.form.preposition);
      m.prep = c.form.preposition.empty() ? nullptr : L_.word(c.form.preposition);
      m.conjoined = !c.form.conjunction.empty();
      addMention(std::move(m));
      return;
    }
    Annotation a;
    a.first = c.first;
    a.last = c.last;
    a.hit = c.hit;
    if (c.hit.kind == PhraseKind::Trigger)
      for (const auto& other : candidates_[c.first])
        if (other.hit.kind == PhraseKind::Trigger && other.last == c.last &&
            std::find(a.rules.begin(), a.rules.end(), other.hit.index) == a.rules.end())
          a.rules.push_back(other.hit.index);
    a.prepClass = prepClassOf(c.form.preposition);
    a.conjoined = !c.form.conjunction.empty();
    a.suffixed = c.suffixed;
    int idx = static_cast<int>(annots_.size());
    annots_.push_back(a);
    for (uint32_t k = c.first; k < c.last; ++k) tokenAnnot_[k] = idx;
  }

  int addMention(Mention&& m) {
    int idx = static_cast<int>(mentions_.size());
    for (uint32_t k = m.first; k < m.last; ++k) tokenMention_[k] = idx;
    mentions_.push_back(std::move(m));
    return idx;
  }

  const Annotation* annotAt(uint32_t i, PhraseKind kind) const {
    if (i >= doc_.tokens.size() || tokenAnnot_[i] < 0) return nullptr;
    const Annotation& a = annots_[tokenAnnot_[i]];
    return a.hit.kind == kind ? &a : nullptr;
  }
  // A title word, including "the spokesman" before it is told apart from an anaphor.
  bool titleAt(uint32_t i) const {
    if (annotAt(i, PhraseKind::Title)) return true;
    auto* a = annotAt(i, PhraseKind::Anaphor);
    return a && !L_.anaphors[a->hit.index & ~kArabicIndex].title.empty();
  }
  const Cue* cueAt(uint32_t i) const {
    auto* a = annotAt(i, PhraseKind::Cue);
    return a ? &L_.cues[a->hit.index & ~kArabicIndex] : nullptr;
  }

  // ------------------------------------------------------ names by pattern
  void recogniseNames() {
    std::vector<std::pair<uint32_t, uint32_t>> found;
    if (art_.lang == Lang::En) englishNames();
    arabicNames();
  }

  // Capitalised words seen away from a sentence start: evidence that a
  // sentence-initial word is a name, not just capitalised.
  std::set<std::string> capitalisedInside() const {
    std::set<std::string> out;
    for (const auto& s : doc_.sentences)
      for (uint32_t k = s.firstToken + 1; k < s.endToken; ++k)
        if (tok(k).has(kCapital) && !isPunct(k - 1)) out.insert(tok(k).norm);
    return out;
  }

  bool chunkable(uint32_t k) const {
    const Token& t = tok(k);
    if (!t.has(kLatin) || !(t.has(kCapital) || t.has(kAllCaps))) return false;
    if (tokenMention_[k] >= 0) return false;
    if (tokenAnnot_[k] >= 0) {
      const Cue* cue = cueAt(k);
      if (cue && cue->position == Cue::Head) return true;
      // Capitalised role and trigger words inside names: "Sudan Shield
      // Forces", "Sudan Liberation Movement".
      bool inside = t.has(kCapital) && k > 0 && (tok(k - 1).has(kCapital) || tok(k - 1).has(kAllCaps)) &&
                    !isPunct(k - 1) && tok(k).sentence == tok(k - 1).sentence && !is(k - 1, kDeterminer) &&
                    !is(k - 1, kStop) && k - 1 != doc_.sentences[tok(k).sentence].firstToken;
      return inside && (annotAt(k, PhraseKind::Role) || annotAt(k, PhraseKind::Trigger));
    }
    if (is(k, kNonEntity)) return false;
    return true;
  }

  void englishNames() {
    auto inside = capitalisedInside();
    for (const auto& s : doc_.sentences) {
      uint32_t k = s.firstToken;
      while (k < s.endToken) {
        if (!chunkable(k) || (is(k, kHonorific) && !(k + 1 < s.endToken && chunkable(k + 1)))) { ++k; continue; }
        uint32_t a = k, b = k;
        while (b < s.endToken) {
          if (chunkable(b)) { ++b; continue; }
          // Connectors inside names: "al-Baba", "Abu Dhabi", "Ministry of Health".
          bool connector = (tok(b).norm == "-" || is(b, kParticle) || is(b, kNameConnector)) &&
                           b + 1 < s.endToken && chunkable(b + 1) && b > a;
          if (tok(b).norm == "-" && b > a && b + 1 < s.endToken && tok(b + 1).has(kLatin) && is(b - 1, kParticle)) connector = true;
          if (is(b, kParticle) && b + 2 < s.endToken && tok(b + 1).norm == "-" && chunkable(b + 2)) connector = true;
          if (tok(b).norm == "." && b > a && is(b - 1, kHonorific) && b + 1 < s.endToken && chunkable(b + 1)) connector = true;
          if (!connector) break;
          ++b;
        }
        k = b;
        nameFromChunk(a, b, s, inside);
      }
    }
  }

  void nameFromChunk(uint32_t a, uint32_t b, const Sentence& s, const std::set<std::string>& inside) {
    bool person = false;
    // Honorifics and determiners are not part of the name but type it.
    while (a < b && (is(a, kHonorific) || is(a, kDeterminer) || is(a, kStop) || tok(a).norm == "-" || tok(a).norm == ".")) {
      if (is(a, kHonorific)) person = true;
      else if (a == s.firstToken || isPunct(a - 1)) { /* sentence-initial function word */ }
      ++a;
    }
    while (b > a && (tok(b - 1).norm == "-" || is(b - 1, kParticle) || is(b - 1, kNameConnector))) --b;
    if (a >= b) return;
    // A lone capitalised word at a sentence start is a name only if the
    // article also capitalises it elsewhere.
    bool initial = a == s.firstToken || (a > s.firstToken && isPunct(a - 1) && tok(a - 1).norm != "-" && tok(a - 1).norm != ",");
    if (initial && b - a == 1 && !inside.count(tok(a).norm) && !given_[a]) return;
    // "the Ministry", "the Brigade": a cue word alone names nothing.
    if (b - a == 1 && tokenAnnot_[a] >= 0) return;
    if (b - a == 1 && codePoints(tok(a).norm) < 2) return;
    std::optional<EntityType> type;
    std::string kind;
    if (const Cue* cue = cueAt(b - 1); cue && cue->position == Cue::Head) { type = cue->type; kind = cue->kind; }
    if (auto* role = annotAt(b - 1, PhraseKind::Role); !type && role) {
      type = EntityType::Actor;
      kind = lx_.roles().at(L_.roles[role->hit.index & ~kArabicIndex].role).kind;
    }
    if (!type && b < s.endToken) if (const Cue* cue = cueAt(b); cue && cue->position == Cue::After) { type = cue->type; kind = cue->kind; }
    if (!type && a > s.firstToken) {
      uint32_t p = a - 1;
      if (is(p, kDeterminer) && p > s.firstToken) p--;
      if (const Cue* cue = cueAt(p); cue && cue->position == Cue::Before) { type = cue->type; kind = cue->kind; }
      else if (annotAt(p, PhraseKind::Title) || (p > s.firstToken && annotAt(p - 1, PhraseKind::Title) && tok(p).norm == ",")) person = true;
    }
    if (!type && a >= 2 && isOf(a - 1)) {
      if (auto* an = annotAt(a - 2, PhraseKind::Anaphor)) {
        const Anaphor& x = L_.anaphors[an->hit.index & ~kArabicIndex];
        if (x.type == EntityType::Location && !x.kinds.empty()) { type = EntityType::Location; kind = *x.kinds.begin(); }
      }
    }
    if (given_[a]) person = true;
    // "Mazloum Abdi, the SDF commander": a title right after the name.
    if (!type && !person && b + 1 < s.endToken && tok(b).norm == ",") {
      for (uint32_t k = b + 1; k < std::min(b + 5, s.endToken); ++k)
        if (titleAt(k)) { person = true; break; }
    }
    // "The Governor of North Darfur, Yasin Abdelkarim Musa": a title a few words back.
    if (!type && !person && a > s.firstToken + 1 && tok(a - 1).norm == ",") {
      for (uint32_t k = a - 1; k > s.firstToken && a - k < 8;) {
        --k;
        if (titleAt(k)) { person = true; break; }
        if (!(tokenMention_[k] >= 0 || is(k, kDeterminer) || is(k, kSkip) || isOf(k))) break;
      }
    }
    if (!type && person) { type = EntityType::Actor; kind = "person"; }
    if (!type && a > s.firstToken) {
      const WordInfo* w = word(a - 1);
      if (w && (w->flags & kPreposition) && (w->prepClass == "in" || w->prepClass == "from" || w->prepClass == "to" || w->prepClass == "near")) {
        type = EntityType::Location;
        kind = "town";
      }
    }
    if (!type) return;
    // "Sudan Liberation Movement": a country name opening an organisation's name.
    if (*type == EntityType::Actor && kind != "person" && a > s.firstToken && tokenMention_[a - 1] >= 0) {
      Mention& prev = mentions_[tokenMention_[a - 1]];
      static const std::set<std::string> kPlaceKinds{"country", "region", "governorate", "city", "town"};
      if (prev.last == a && prev.source == MentionSource::Gazetteer && kPlaceKinds.count(prev.kind) &&
          prev.type == EntityType::Location && tok(prev.first).has(kCapital)) {
        prev.dropped = true;
        for (uint32_t t = prev.first; t < prev.last; ++t) tokenMention_[t] = -1;
        a = prev.first;
      }
    }
    Mention m;
    m.first = a;
    m.last = b;
    m.sentence = tok(a).sentence;
    m.begin = tok(a).begin;
    m.end = tok(b - 1).end;
    m.type = *type;
    m.kind = kind;
    m.source = kind == "person" ? MentionSource::Person : MentionSource::Capitalised;
    m.surface = surfaceOf(a, b, m.begin);
    addMention(std::move(m));
  }

  // Arabic has no capitals: names are found after cue words (حي، مدينة،
  // وزارة...) and from given names.
  bool arabicNameToken(uint32_t k, bool first) const {
    const Token& t = tok(k);
    if (!t.has(kArabic) || !free(k)) return false;
    if (is(k, kStop) || is(k, kPreposition) || is(k, kReporting) || is(k, kNegation) || is(k, kClauseBreak)) return false;
    if (!first && codePoints(t.norm) >= 2 && lx_.clitics().conjunctions.size() &&
        std::any_of(lx_.clitics().conjunctions.begin(), lx_.clitics().conjunctions.end(),
                    [&](const std::string& c) { return t.norm.starts_with(c) && !L_.word(t.norm.substr(c.size())); }) &&
        false)
      return false;
    return true;
  }

  void arabicNames() {
    // Cue-introduced names, with coordination: "حيي الأشرفية والشيخ مقصود".
    for (size_t ai = 0; ai < annots_.size(); ++ai) {
      const Annotation a = annots_[ai];
      if (a.hit.kind != PhraseKind::Cue || !(a.hit.index & kArabicIndex)) continue;
      const Cue& cue = L_.cues[a.hit.index & ~kArabicIndex];
      if (cue.position != Cue::Before) continue;
      uint32_t end = sentenceEnd(a.first);
      uint32_t k = a.last;
      bool firstName = true;
      while (k < end) {
        if (tokenMention_[k] >= 0) {
          // Already a known name: the cue only confirms it; coordination goes on.
          Mention& m = mentions_[tokenMention_[k]];
          k = m.last;
          firstName = false;
          if (k < end && tokenMention_[k] < 0 && startsWithConjunction(k)) continue;
          break;
        }
        uint32_t start = k;
        uint32_t stop = std::min<uint32_t>(end, start + cue.maxTokens);
        uint32_t j = start;
        const std::string& firstNorm = tok(start).norm;
        bool blocked = false;
        for (const auto& pre : L_.nameBlockingPrefixes)
          blocked = blocked || (firstNorm.starts_with(pre) && !firstNorm.starts_with(lx_.clitics().article));
        if (blocked) break;  // "لمراقبة": a preposition, not a name
        while (j < stop && arabicNameToken(j, j == start)) {
          if (j > start && startsWithConjunction(j)) break;
          if (j > start && hasAttachedPreposition(j)) break;
          ++j;
        }
        if (j == start) break;
        // "مبنى سكني", "مستشفى ميدانياً": a lone adjective is a description, not a name.
        if (j == start + 1 && nisbaAdjective(start)) break;
        uint32_t nameFirst = cue.partOfName && firstName ? a.first : start;
        Mention m;
        m.first = nameFirst;
        m.last = j;
        m.sentence = tok(start).sentence;
        CliticForm form{tok(start).norm, {}, {}};
        if (startsWithConjunction(start) && !firstName) {
          form.conjunction = lx_.clitics().conjunctions.front();
          for (const auto& c : lx_.clitics().conjunctions)
            if (tok(start).norm.starts_with(c)) form.conjunction = c;
          m.conjoined = true;
        }
        m.begin = nameFirst == start ? strippedBegin(start, form) : tok(nameFirst).begin;
        if (nameFirst != start) {
          // The cue belongs to the name; an attached clitic on it does not.
          CliticForm cf{tok(a.first).norm, a.conjoined ? "x" : "", {}};
          m.begin = strippedBegin(a.first, cf);
          if (!a.prepClass.empty()) m.begin = tok(a.first).begin + static_cast<uint32_t>(skipLetters(doc_.raw(tok(a.first)), a.conjoined + 1));
        }
        m.end = tok(j - 1).end;
        m.type = cue.type;
        m.kind = cue.kind;
        m.source = MentionSource::Cue;
        m.surface = surfaceOf(m.first, m.last, m.begin);
        if (nameFirst != start) {
          for (uint32_t t = a.first; t < a.last; ++t) tokenAnnot_[t] = -1;
        }
        addMention(std::move(m));
        firstName = false;
        k = j;
        if (k < end && startsWithConjunction(k) && cue.position == Cue::Before) continue;
        break;
      }
    }
    // Personal names from given names: "عزام الغريب", "عبد الفتاح البرهان".
    for (uint32_t i = 0; i < doc_.tokens.size(); ++i) {
      if (!given_[i] || !free(i) || !tok(i).has(kArabic)) continue;
      // Folding makes the preposition "على" look like the name "علي".
      if (is(i, kStop) || is(i, kPreposition)) continue;
      uint32_t end = sentenceEnd(i);
      uint32_t j = i + 1;
      while (j < end && j < i + 4 && arabicNameToken(j, false) && !startsWithConjunction(j) && !hasAttachedPreposition(j)) ++j;
      while (j > i + 1 && is(j - 1, kParticle)) --j;
      if (j == i + 1) continue;  // a lone given name is too weak
      Mention m;
      m.first = i;
      m.last = j;
      m.sentence = tok(i).sentence;
      m.begin = tok(i).begin;
      m.end = tok(j - 1).end;
      m.type = EntityType::Actor;
      m.kind = "person";
      m.source = MentionSource::Person;
      m.surface = surfaceOf(i, j, m.begin);
      addMention(std::move(m));
      i = j - 1;
    }
  }

  bool nisbaAdjective(uint32_t k) const {
    const std::string& n = tok(k).norm;
    if (given_[k]) return false;
    for (const auto& e : L_.adjectiveEndings)
      if (n.ends_with(e) && codePoints(n) > 3) return true;
    return false;
  }

  bool startsWithConjunction(uint32_t k) const {
    const std::string& n = tok(k).norm;
    if (!tok(k).has(kArabic)) return false;
    for (const auto& c : lx_.clitics().conjunctions)
      if (n.size() > c.size() + 2 && n.starts_with(c) && !L_.word(n)) return true;
    return false;
  }

  bool hasAttachedPreposition(uint32_t k) const {
    const std::string& n = tok(k).norm;
    if (!tok(k).has(kArabic) || n.starts_with(lx_.clitics().article)) return false;
    for (const auto& p : lx_.clitics().prepositions)
      if (n.size() > p.size() + 4 && n.starts_with(p) && n.substr(p.size()).starts_with(lx_.clitics().article)) return true;
    return false;
  }

  // ------------------------------------------------- roles and demonyms
  // The country a demonym token names ("Syrian", "السوداني"); peoples
  // ("Kurdish") have no state institutions to resolve to.
  int countryOfDemonym(uint32_t i) const {
    auto* a = annotAt(i, PhraseKind::Demonym);
    if (!a || lx_.entities()[a->hit.extra].kind != "country") return -1;
    return static_cast<int>(a->hit.extra);
  }

  int countryMentionAt(uint32_t i) const {
    if (i >= doc_.tokens.size() || tokenMention_[i] < 0) return -1;
    const Mention& m = mentions_[tokenMention_[i]];
    if (m.entity < 0 || lx_.entities()[m.entity].kind != "country") return -1;
    return m.entity;
  }

  void computeFocusCountry() {
    std::map<std::string, int> votes;
    for (const auto& m : mentions_) {
      if (m.entity < 0) continue;
      const GazEntity* g = &lx_.entities()[m.entity];
      // Foreign envoys and leaders say little about where the story is.
      if (g->kind == "person") continue;
      if (m.last < doc_.tokens.size() && annotAt(m.last, PhraseKind::Title)) continue;
      if (!g->country.empty()) { votes[g->country] += 1; continue; }
      for (int hops = 0; g && hops < 6; ++hops) {
        if (g->kind == "country") { votes[g->id] += 1; break; }
        g = g->locatedIn.empty() ? nullptr : lx_.entity(g->locatedIn);
      }
    }
    for (const auto& a : annots_)
      if (a.hit.kind == PhraseKind::Demonym) votes[lx_.entities()[a.hit.extra].id] += 1;
    int best = 0;
    for (const auto& [id, n] : votes)
      if (n > best) { best = n; focusCountry_ = id; }
  }

  void recogniseRolesAndDemonyms() {
    computeFocusCountry();
    std::vector<std::pair<uint32_t, std::pair<std::string, std::string>>> named;  // token, (role, country)
    for (const auto& m : mentions_)
      if (m.entity >= 0 && !lx_.entities()[m.entity].role.empty() && !lx_.entities()[m.entity].country.empty())
        named.push_back({m.first, {lx_.entities()[m.entity].role, lx_.entities()[m.entity].country}});
    std::sort(named.begin(), named.end());
    size_t nextNamed = 0;
    for (size_t ai = 0; ai < annots_.size(); ++ai) {
      Annotation a = annots_[ai];
      while (nextNamed < named.size() && named[nextNamed].first < a.first) {
        lastRoleCountry_[named[nextNamed].second.first] = named[nextNamed].second.second;
        ++nextNamed;
      }
      if (a.hit.kind == PhraseKind::Role) {
        if (tokenMention_[a.first] >= 0) continue;  // inside a name ("Sudan Shield Forces")
        const RoleNoun& role = L_.roles[a.hit.index & ~kArabicIndex];
        uint32_t first = a.first, last = a.last;
        std::string country;
        // Demonym before (English "Syrian forces") or after (Arabic "القوات السورية").
        if (first > 0 && countryOfDemonym(first - 1) >= 0) {
          country = lx_.entities()[countryOfDemonym(first - 1)].id;
          --first;
        } else if (countryOfDemonym(last) >= 0) {
          country = lx_.entities()[countryOfDemonym(last)].id;
          ++last;
        } else if (first >= 2 && tok(first - 1).has(kPossessive) && countryMentionAt(first - 2) >= 0) {
          country = lx_.entities()[countryMentionAt(first - 2)].id;  // "Syria's army"
        } else if (last + 1 < doc_.tokens.size() && isOf(last) && countryMentionAt(last + 1) >= 0 &&
                   !(mentions_[tokenMention_[last + 1]].last < doc_.tokens.size() &&
                     tok(mentions_[tokenMention_[last + 1]].last).has(kPossessive))) {
          country = lx_.entities()[countryMentionAt(last + 1)].id;
        } else if (art_.lang == Lang::Ar && countryMentionAt(last) >= 0) {
          country = lx_.entities()[countryMentionAt(last)].id;  // "حكومة السودان"
        } else if (role.standalone) {
          country = lastRoleCountry_.count(role.role) ? lastRoleCountry_[role.role] : focusCountry_;
        }
        if (country.empty()) continue;
        for (uint32_t k = first; k < last; ++k) tokenAnnot_[k] = -1;
        Mention m;
        m.first = first;
        m.last = last;
        m.sentence = tok(first).sentence;
        m.begin = a.first == first ? strippedBegin(first, CliticForm{tok(first).norm, a.conjoined ? "x" : "", a.prepClass.empty() ? "" : "x"}) : tok(first).begin;
        m.end = tok(last - 1).end;
        m.prepClass = a.prepClass;
        m.conjoined = a.conjoined;
        m.source = MentionSource::Role;
        const RoleInfo& info = lx_.roles().at(role.role);
        m.type = EntityType::Actor;
        m.kind = info.kind;
        if (first != a.first || last != a.last) lastRoleCountry_[role.role] = country;
        if (const GazEntity* g = lx_.roleEntity(country, role.role)) {
          m.entity = static_cast<int>(g - lx_.entities().data());
          m.kind = g->kind;
          m.nodeId = g->id;
        } else {
          m.nodeId = country + "_" + role.role;
          m.title = country;  // remembered for the synthesized label
        }
        m.surface = surfaceOf(first, last, m.begin);
        addMention(std::move(m));
        mentions_.back().title = mentions_.back().entity < 0 ? country + "|" + role.role : "";
      }
    }
    // "بوساطة مصرية وقطرية", "Qatari mediation": a demonym next to a trigger
    // names the country that acts.
    for (size_t ai = 0; ai < annots_.size(); ++ai) {
      const Annotation& a = annots_[ai];
      if (a.hit.kind != PhraseKind::Demonym || tokenAnnot_[a.first] != static_cast<int>(ai)) continue;
      if (lx_.entities()[a.hit.extra].kind != "country") continue;
      bool nextToTrigger = false;
      if (art_.lang == Lang::Ar) {
        // Walk left over other demonyms to the trigger: "بوساطة مصرية قطرية".
        for (uint32_t k = a.first; k > 0;) {
          --k;
          if (annotAt(k, PhraseKind::Trigger)) { nextToTrigger = true; break; }
          if (!annotAt(k, PhraseKind::Demonym) && tokenMention_[k] < 0) break;
          if (a.first - k > 6) break;
        }
      } else {
        uint32_t k = a.last;
        if (k < doc_.tokens.size() && tok(k).norm == "-") ++k;
        nextToTrigger = annotAt(k, PhraseKind::Trigger) != nullptr;
      }
      if (!nextToTrigger) continue;
      addDemonymMention(a);
    }
    // "Alawite and Druze minorities", "المكون الكردي": a people's adjective
    // next to a people noun names the people.
    for (size_t ai = 0; ai < annots_.size(); ++ai) {
      const Annotation& a = annots_[ai];
      if (a.hit.kind != PhraseKind::Demonym || tokenAnnot_[a.first] != static_cast<int>(ai)) continue;
      if (lx_.entities()[a.hit.extra].kind != "population") continue;
      bool people = false;
      uint32_t end = sentenceEnd(a.first);
      for (uint32_t k = a.last; k < end && k < a.last + 4 && !people; ++k) {
        if (is(k, kPeople)) people = true;
        else if (!(is(k, kConjunction) || tokenMention_[k] >= 0 || annotAt(k, PhraseKind::Demonym) || tok(k).norm == ",")) break;
      }
      if (art_.lang == Lang::Ar && a.first > 0 && is(a.first - 1, kPeople)) people = true;
      if (!people) continue;
      addDemonymMention(a);
    }
    // "Turkish President X": the demonym names the country the person leads.
    for (size_t ai = 0; ai < annots_.size(); ++ai) {
      const Annotation& a = annots_[ai];
      if (a.hit.kind != PhraseKind::Demonym || tokenAnnot_[a.first] != static_cast<int>(ai)) continue;
      bool beforeTitle = annotAt(a.last, PhraseKind::Title) ||
                         (a.last + 1 < doc_.tokens.size() && is(a.last, kSkip) && annotAt(a.last + 1, PhraseKind::Title));
      bool afterTitle = art_.lang == Lang::Ar && a.first > 0 && annotAt(a.first - 1, PhraseKind::Title);
      if (!beforeTitle && !afterTitle) continue;
      addDemonymMention(a);
    }
  }

  // The country or people a demonym annotation names, as a mention.
  void addDemonymMention(const Annotation& a) {
    const GazEntity& g = lx_.entities()[a.hit.extra];
    Mention m;
    m.first = a.first;
    m.last = a.last;
    m.sentence = tok(a.first).sentence;
    m.begin = strippedBegin(a.first, CliticForm{tok(a.first).norm, a.conjoined ? "x" : "", {}});
    m.end = tok(a.last - 1).end;
    m.type = g.type;
    m.kind = g.kind;
    m.entity = static_cast<int>(a.hit.extra);
    m.source = MentionSource::Demonym;
    m.conjoined = a.conjoined;
    m.surface = surfaceOf(a.first, a.last, m.begin);
    tokenAnnot_[a.first] = -1;
    addMention(std::move(m));
  }

  // ------------------------------------------------ affiliated groups
  // "Damascus-affiliated factions", "Iran-backed militias", "الفصائل التابعة
  // لحكومة دمشق": unnamed groups known by their patron are one node per
  // patron, affiliated with it.
  bool groupNoun(uint32_t k) const {
    if (k >= doc_.tokens.size() || tokenMention_[k] >= 0) return false;
    if (const Cue* c = cueAt(k); c && c->type == EntityType::Actor && c->kind == "armed_group") return true;
    return is(k, kMember) && !tok(k).has(kPossessive);
  }
  bool affiliationTrigger(uint32_t k) const {
    auto* a = annotAt(k, PhraseKind::Trigger);
    return a && lx_.rules()[a->hit.index].relation == "affiliated_with";
  }

  void recogniseAffiliatedGroups() {
    size_t n = mentions_.size();
    for (size_t mi = 0; mi < n; ++mi) {
      const Mention x = mentions_[mi];
      if (x.dropped || x.type != EntityType::Actor && x.entity < 0) continue;
      uint32_t end = sentenceEnd(x.first);
      int first = -1, last = -1;
      if (art_.lang == Lang::En && x.last < end && tok(x.last).norm == "-" && affiliationTrigger(x.last)) {
        uint32_t k = annots_[tokenAnnot_[x.last]].last;
        while (k < end && k < x.last + 5 && (is(k, kSkip) || tok(k).norm == "-" || (tok(k).has(kLatin) && !groupNoun(k) && !isPunct(k) && tokenMention_[k] < 0 && tokenAnnot_[k] < 0 && !tok(k).has(kCapital) && k + 1 < end && groupNoun(k + 1))))
          ++k;
        if (groupNoun(k)) { first = static_cast<int>(x.first); last = static_cast<int>(k + 1); }
      } else if (art_.lang == Lang::Ar && x.first >= 2 && affiliationTrigger(x.first - 1) && groupNoun(x.first - 2)) {
        first = static_cast<int>(x.first - 2);
        last = static_cast<int>(x.last);
      }
      if (first < 0) continue;
      Mention m;
      m.first = first;
      m.last = last;
      m.sentence = x.sentence;
      m.begin = tok(first).begin;
      m.end = tok(last - 1).end;
      m.type = EntityType::Actor;
      m.kind = "armed_group";
      m.source = MentionSource::Capitalised;
      m.surface = surfaceOf(first, last, m.begin);
      m.patron = static_cast<int>(mi);
      for (uint32_t k = first; k < static_cast<uint32_t>(last); ++k) tokenAnnot_[k] = -1;
      int idx = addMention(std::move(m));
      (void)idx;
    }
  }

  // ------------------------------------------ acronyms and short forms
  void recogniseAliases() {
    // "Rapid Support Forces (RSF)" / "قوات سوريا الديمقراطية (قسد)".
    std::unordered_map<std::string, int> dict;  // normalised form -> mention index
    size_t n = mentions_.size();
    for (size_t mi = 0; mi < n; ++mi) {
      const Mention& m = mentions_[mi];
      uint32_t k = m.last;
      if (k + 2 < doc_.tokens.size() && tok(k).norm == "(") {
        uint32_t close = k + 1;
        while (close < std::min<uint32_t>(k + 5, sentenceEnd(k)) && tok(close).norm != ")") ++close;
        if (close < doc_.tokens.size() && tok(close).norm == ")" && close > k + 1) {
          bool freeInside = true;
          for (uint32_t t = k + 1; t < close; ++t) freeInside = freeInside && free(t) && !isPunct(t);
          if (freeInside && (close - k - 1 == 1)) {
            std::string key;
            for (uint32_t t = k + 1; t < close; ++t) key += (key.empty() ? "" : " ") + tok(t).norm;
            dict[key] = static_cast<int>(mi);
            addAlias(k + 1, close, static_cast<int>(mi), MentionSource::Alias, CliticForm{});
          }
        }
      }
      // Short forms of people: the family name alone ("Al-Ghareeb", "Barrack", "الغريب").
      if (m.kind == "person" && m.last - m.first >= 2) {
        uint32_t a = m.last - 1;
        if (a >= 2 && tok(a - 1).norm == "-" && is(a - 2, kParticle)) a -= 2;
        std::string key;
        for (uint32_t t = a; t < m.last; ++t) key += (key.empty() ? "" : " ") + tok(t).norm;
        if (codePoints(key) >= 3 && !L_.word(key) && !dict.count(key)) dict[key] = static_cast<int>(mi);
      }
    }
    if (dict.empty()) return;
    size_t maxLen = 3;
    for (uint32_t i = 0; i < doc_.tokens.size(); ++i) {
      if (!free(i) || isPunct(i)) continue;
      std::vector<CliticForm> forms;
      if (tok(i).has(kArabic)) forms = procliticForms(tok(i).norm, lx_.clitics());
      else forms.push_back({tok(i).norm, {}, {}});
      bool done = false;
      for (size_t len = maxLen; len >= 1 && !done; --len) {
        if (i + len > sentenceEnd(i)) continue;
        bool allFree = true;
        for (uint32_t t = i; t < i + len; ++t) allFree = allFree && free(t);
        if (!allFree) continue;
        for (const auto& f : forms) {
          std::string key = f.stem;
          for (uint32_t t = i + 1; t < i + len; ++t) key += " " + tok(t).norm;
          auto it = dict.find(key);
          if (it == dict.end()) continue;
          // Latin short forms must be capitalised like names.
          if (tok(i).has(kLatin) && !tok(i).has(kCapital) && !tok(i).has(kAllCaps) && !is(i, kParticle)) continue;
          if (mentions_[it->second].first <= i && i < mentions_[it->second].last) continue;
          addAlias(i, static_cast<uint32_t>(i + len), it->second, MentionSource::ShortForm, f);
          i += static_cast<uint32_t>(len) - 1;
          done = true;
          break;
        }
      }
    }
  }

  void addAlias(uint32_t first, uint32_t last, int referent, MentionSource source, const CliticForm& form) {
    Mention m;
    const Mention& r = mentions_[referent];
    m.first = first;
    m.last = last;
    m.sentence = tok(first).sentence;
    m.begin = strippedBegin(first, form);
    m.end = tok(last - 1).end;
    m.type = r.type;
    m.kind = r.kind;
    m.entity = r.entity;
    m.source = source;
    m.antecedent = referent;
    m.prepClass = prepClassOf(form.preposition);
    m.prep = form.preposition.empty() ? nullptr : L_.word(form.preposition);
    m.conjoined = !form.conjunction.empty();
    m.surface = surfaceOf(first, last, m.begin);
    addMention(std::move(m));
  }

  // -------------------------------------------------------------- anaphors
  void recogniseAnaphors() {
    for (size_t ai = 0; ai < annots_.size(); ++ai) {
      const Annotation& a = annots_[ai];
      if (a.hit.kind != PhraseKind::Anaphor || tokenAnnot_[a.first] != static_cast<int>(ai)) continue;
      const Anaphor& an = L_.anaphors[a.hit.index & ~kArabicIndex];
      // "the town of Ghail Bin Yamin" names the town.
      if (an.type == EntityType::Location && a.last + 1 < sentenceEnd(a.first) && isOf(a.last) &&
          (tokenMention_[a.last + 1] >= 0 || tok(a.last + 1).has(kCapital)))
        continue;
      // "the governor of Aleppo, X" introduces a title, it does not point back.
      if (!an.title.empty() && a.last < doc_.tokens.size() && a.last < sentenceEnd(a.first)) {
        const Token& next = tok(a.last);
        bool introduces = isOf(a.last) || (word(a.last) && (word(a.last)->flags & kPreposition) && next.norm != "in") ||
                          tokenMention_[a.last] >= 0 || next.has(kCapital) ||
                          (next.norm == "," && a.last + 1 < sentenceEnd(a.first) && tokenMention_[a.last + 1] >= 0 &&
                           mentions_[tokenMention_[a.last + 1]].kind == "person");
        if (introduces) {
          if (auto title = titleHit(a.last - 1)) {
            annots_[ai].hit = *title;
            continue;
          }
        }
      }
      Mention m;
      m.first = a.first;
      m.last = a.last;
      m.sentence = tok(a.first).sentence;
      m.begin = tok(a.first).begin;
      m.end = tok(a.last - 1).end;
      m.type = an.type.value_or(EntityType::Actor);
      if (an.kinds.size() == 1) m.kind = *an.kinds.begin();
      m.source = MentionSource::Anaphor;
      m.prepClass = a.prepClass;
      m.conjoined = a.conjoined;
      m.surface = surfaceOf(a.first, a.last, m.begin);
      m.title = std::to_string(ai);
      for (uint32_t k = a.first; k < a.last; ++k) tokenAnnot_[k] = -1;
      addMention(std::move(m));
    }
  }

  // The title the word at token k is, if the trie knows it as one.
  std::optional<PhraseHit> titleHit(uint32_t k) const {
    const auto& trie = lx_.trie();
    std::vector<CliticForm> forms;
    if (tok(k).has(kArabic)) forms = procliticForms(tok(k).norm, lx_.clitics());
    else forms.push_back({tok(k).norm, {}, {}});
    for (const auto& f : forms) {
      uint32_t n = trie.step(trie.root(), trie.tokenId(f.stem));
      if (n == PhraseTrie::kNone) continue;
      for (const auto& h : trie.hits(n))
        if (h.kind == PhraseKind::Title) return h;
    }
    return std::nullopt;
  }

  void reindex() {
    // Indices into mentions_ set before sorting are remapped by span.
    std::map<std::pair<uint32_t, uint32_t>, int> bySpan;
    tokenMention_.assign(doc_.tokens.size(), -1);
    for (size_t i = 0; i < mentions_.size(); ++i) {
      if (mentions_[i].dropped) continue;
      bySpan[{mentions_[i].first, mentions_[i].last}] = static_cast<int>(i);
      for (uint32_t k = mentions_[i].first; k < mentions_[i].last; ++k) tokenMention_[k] = static_cast<int>(i);
    }
    for (auto& m : mentions_) {
      if (m.patron < 0) continue;
      auto it = bySpan.find(m.patronSpan);
      m.patron = -1;
      for (size_t i = 0; i < mentions_.size(); ++i)
        if (!mentions_[i].dropped && mentions_[i].first == m.patronSpan.first && mentions_[i].last == m.patronSpan.second) m.patron = static_cast<int>(i);
      (void)it;
    }
  }

  // ------------------------------------------------------------ resolution
  bool afterLocationPreposition(const Mention& m) const {
    auto isPlacePrep = [](const std::string& c) { return c == "in" || c == "from" || c == "to" || c == "near" || c == "at"; };
    if (!m.prepClass.empty()) return isPlacePrep(m.prepClass);
    if (m.first == 0) return false;
    uint32_t p = m.first - 1;
    if (is(p, kDeterminer) && p > 0) --p;
    const WordInfo* w = word(p);
    return w && (w->flags & kPreposition) && isPlacePrep(w->prepClass);
  }

  void resolve() {
    // Keys of alias referents are fixed before sorting changed indices.
    std::vector<std::string> keyOf(mentions_.size());
    for (auto& m : mentions_) {
      if (m.entity >= 0 && m.source != MentionSource::Role) {
        const GazEntity& g = lx_.entities()[m.entity];
        // Metonymy: a capital that acts is its government.
        uint32_t before = m.first;
        while (before > 0 && is(before - 1, kDeterminer)) --before;
        bool modifier = m.last < doc_.tokens.size() && (tok(m.last).norm == "-" || tok(m.last).has(kPossessive) || tok(m.last).norm == "'");
        bool objectOfTrigger = before > 0 && annotAt(before - 1, PhraseKind::Trigger) && art_.lang == Lang::En && !modifier;
        bool possessive = m.last < doc_.tokens.size() && (tok(m.last).has(kPossessive) || tok(m.last).norm == "'") &&
                          m.last + 1 < doc_.tokens.size() && !tok(m.last + 1).has(kCapital);
        bool dateline = m.first == 0 && m.last < doc_.tokens.size() &&
                        (tok(m.last).norm == "-" || tok(m.last).norm == "," || tok(m.last).norm == "(");
        if (!g.metonym.empty() && m.type == EntityType::Location && (possessive || !afterLocationPreposition(m)) && !dateline && !objectOfTrigger) {
          if (const GazEntity* act = lx_.entity(g.metonym)) {
            m.entity = static_cast<int>(act - lx_.entities().data());
            m.type = act->type;
            m.kind = act->kind;
          }
        }
        m.nodeId = lx_.entities()[m.entity].id;
      }
    }
    // "Damascus-affiliated factions": one node per patron.
    for (auto& m : mentions_)
      if (m.patron >= 0 && !mentions_[m.patron].nodeId.empty()) m.nodeId = mentions_[m.patron].nodeId + "_affiliated_groups";
    // Aliases and short forms share their referent's node (found by span).
    for (auto& m : mentions_) {
      if (m.source != MentionSource::Alias && m.source != MentionSource::ShortForm) continue;
      m.antecedent = -1;
    }
    for (size_t i = 0; i < mentions_.size(); ++i) {
      Mention& m = mentions_[i];
      if (!m.nodeId.empty() || m.source == MentionSource::Anaphor) continue;
      if (m.source == MentionSource::Alias || m.source == MentionSource::ShortForm) continue;
      std::string folded = lx_.normalizer().fold(m.surface);
      std::string key = keyer_.key(folded);
      if (key.empty()) {
        key = folded;
        for (char& c : key)
          if (c == ' ') c = '_';
      }
      m.nodeId = "x:" + key;
    }
    // Aliases: the nearest earlier non-alias mention with the same entity or
    // whose name ends with the short form.
    for (size_t i = 0; i < mentions_.size(); ++i) {
      Mention& m = mentions_[i];
      if (m.source != MentionSource::Alias && m.source != MentionSource::ShortForm) continue;
      std::string fold = lx_.normalizer().fold(m.surface);
      for (int j = static_cast<int>(i) - 1; j >= 0; --j) {
        const Mention& r = mentions_[j];
        if (r.source == MentionSource::Anaphor || r.nodeId.empty()) continue;
        bool match = (m.entity >= 0 && r.entity == m.entity);
        if (!match && m.source == MentionSource::ShortForm) {
          std::string rf = lx_.normalizer().fold(r.surface);
          match = rf.size() > fold.size() && rf.ends_with(fold) && r.kind == m.kind;
        }
        if (!match && m.source == MentionSource::Alias) match = r.last <= m.first && m.first - r.last <= 1 && r.sentence == m.sentence;
        if (match) { m.nodeId = r.nodeId; m.antecedent = j; m.kind = r.kind; m.type = r.type; break; }
      }
      if (m.nodeId.empty()) m.dropped = true;
    }
    resolveAnaphors();
  }

  void resolveAnaphors() {
    for (size_t i = 0; i < mentions_.size(); ++i) {
      Mention& m = mentions_[i];
      if (m.source != MentionSource::Anaphor) continue;
      const Anaphor& an = L_.anaphors[annots_[std::stoi(m.title)].hit.index & ~kArabicIndex];
      m.title.clear();
      std::vector<int> found;
      std::set<std::string> seen;
      // A pronoun opening its sentence is usually the previous subject
      // ("The SDF announced ... They stated"): prefer the first fitting
      // mention of the nearest earlier sentence over the most recent one.
      bool pronoun = m.last - m.first == 1 && L_.has(tok(m.first).norm, kPronoun);
      if (pronoun && m.first < doc_.sentences[m.sentence].firstToken + 3 && m.sentence > 0) {
        for (int sidx = static_cast<int>(m.sentence) - 1; sidx >= 0 && found.empty() && m.sentence - sidx <= 2; --sidx) {
          for (size_t j = 0; j < i; ++j) {
            const Mention& r = mentions_[j];
            if (static_cast<int>(r.sentence) != sidx || r.dropped || r.nodeId.empty() || r.source == MentionSource::Anaphor) continue;
            if (an.type && r.type != *an.type) continue;
            if (!an.kinds.empty() && !an.kinds.count(r.kind)) continue;
            if (insidePrepositionalPhrase(r)) continue;
            found.push_back(static_cast<int>(j));
            break;
          }
        }
      }
      // "we have reached an understanding ... read a statement from the SDF":
      // the speaker is named after the quote, else it is the last actor.
      if (an.speaker) {
        auto fits = [&](const Mention& r) {
          return !r.dropped && !r.nodeId.empty() && (!an.type || r.type == *an.type) &&
                 (an.kinds.empty() || an.kinds.count(r.kind));
        };
        // The speaker named after the quote ("... read a statement from the SDF")...
        for (size_t j = i + 1; j < mentions_.size() && found.empty(); ++j) {
          const Mention& r = mentions_[j];
          if (r.sentence != m.sentence) break;
          if (r.source != MentionSource::Anaphor && fits(r)) found.push_back(static_cast<int>(j));
        }
        // ... else the sayer before it ("They stated: 'We ...'"), even a pronoun.
        for (int j = static_cast<int>(i) - 1; j >= 0 && found.empty(); --j) {
          const Mention& r = mentions_[j];
          if (r.sentence != m.sentence) break;
          if (fits(r)) found.push_back(j);
        }
      }
      // "the paramilitary" / "الحركة": an antecedent described with the same
      // noun ("paramilitary Rapid Support Forces", "حركة المقاومة") wins.
      if (found.empty() && an.count == 1) {
        std::string noun = tok(m.last - 1).norm;
        const std::string& al = lx_.clitics().article;
        if (noun.starts_with(al)) noun = noun.substr(al.size());
        for (int j = static_cast<int>(i) - 1; j >= 0 && noun.size() > 2; --j) {
          const Mention& r = mentions_[j];
          if (r.dropped || r.nodeId.empty() || r.source == MentionSource::Anaphor) continue;
          if (an.type && r.type != *an.type) continue;
          if (!an.kinds.empty() && !an.kinds.count(r.kind)) continue;
          if (an.descriptorOnly && m.sentence > r.sentence + 6) break;
          bool described = false;
          for (uint32_t k = r.first > 2 ? r.first - 2 : 0; k < r.last && !described; ++k) {
            const std::string& n = tok(k).norm;
            described = n == noun || (n.size() > noun.size() && n.ends_with(noun) && n.starts_with(al));
          }
          if (described) { found.push_back(j); break; }
        }
      }
      for (int j = static_cast<int>(i) - 1; j >= 0 && static_cast<int>(found.size()) < an.count && !an.descriptorOnly; --j) {
        const Mention& r = mentions_[j];
        if (r.dropped || r.nodeId.empty() || r.source == MentionSource::Anaphor) continue;
        if (m.sentence > r.sentence + 2) break;
        if (an.type && r.type != *an.type) continue;
        if (!an.kinds.empty() && !an.kinds.count(r.kind)) continue;
        if (!an.title.empty() && r.title != an.title && !titledAs(r, an.title)) continue;
        if (!seen.insert(r.nodeId).second) continue;
        found.push_back(j);
      }
      if (found.empty()) { m.dropped = true; continue; }
      m.antecedent = found.front();
      m.antecedents = found;
      m.nodeId = mentions_[found.front()].nodeId;
      m.type = mentions_[found.front()].type;
      m.kind = mentions_[found.front()].kind;
    }
  }

  // "In calls with Turkish President Erdogan, Barrack said": Erdogan is not
  // the subject a later "he" refers to.
  bool insidePrepositionalPhrase(const Mention& m) const {
    uint32_t sb = doc_.sentences[m.sentence].firstToken;
    for (uint32_t k = m.first; k > sb && m.first - k < 6;) {
      --k;
      if (tokenMention_[k] >= 0 || annotAt(k, PhraseKind::Title) || annotAt(k, PhraseKind::Demonym) || is(k, kDeterminer) ||
          is(k, kSkip))
        continue;
      const WordInfo* w = word(k);
      if (w && (w->flags & kPreposition)) return true;
      if (annotAt(k, PhraseKind::Trigger)) continue;
      return false;
    }
    return false;
  }

  // Whether a person mention sits next to this title word ("governor").
  bool titledAs(const Mention& person, const std::string& title) const {
    if (person.kind != "person") return false;
    auto near = [&](uint32_t k) {
      auto* a = annotAt(k, PhraseKind::Title);
      if (!a) return false;
      for (uint32_t t = a->first; t < a->last; ++t)
        if (tok(t).norm.find(title) != std::string::npos) return true;
      return false;
    };
    for (uint32_t k = person.first >= 6 ? person.first - 6 : 0; k < person.first; ++k)
      if (near(k)) return true;
    for (uint32_t k = person.last; k < std::min<uint32_t>(person.last + 6, doc_.tokens.size()); ++k)
      if (near(k)) return true;
    return false;
  }

  // One line per sentence: [mentions as text|id|kind] and <annotations>.
  std::string explain() const {
    static const char* kKinds[] = {"entity", "trigger", "cue", "title", "role", "anaphor", "demonym", "given"};
    std::string out;
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      out += "#" + std::to_string(s) + ":";
      const Sentence& sent = doc_.sentences[s];
      for (uint32_t k = sent.firstToken; k < sent.endToken;) {
        if (tokenMention_[k] >= 0) {
          const Mention& m = mentions_[tokenMention_[k]];
          out += " [" + m.surface + "|" + (m.dropped ? "dropped" : m.nodeId) + "|" + m.kind + "]";
          k = std::max(k + 1, m.last);
        } else if (tokenAnnot_[k] >= 0) {
          const Annotation& a = annots_[tokenAnnot_[k]];
          out += " <" + std::string(doc_.raw(tok(a.first).begin, tok(a.last - 1).end)) + "|" +
                 kKinds[static_cast<int>(a.hit.kind)] + ">";
          k = std::max(k + 1, a.last);
        } else {
          out += " " + std::string(doc_.raw(tok(k)));
          ++k;
        }
      }
      out += "\n";
    }
    return out;
  }

  // ---------------------------------------------------------------- build
  ArticleGraph build(std::vector<ArticleEdge> edges) {
    ArticleGraph g;
    g.articleId = art_.id;
    g.path = art_.path;
    g.lang = art_.lang;
    g.date = art_.date;
    std::map<std::string, size_t> index;
    for (const auto& m : mentions_) {
      if (m.dropped || m.nodeId.empty()) continue;
      auto it = index.find(m.nodeId);
      if (it == index.end()) {
        ArticleNode n;
        n.id = m.nodeId;
        n.type = m.type;
        n.kind = m.kind;
        if (m.entity >= 0) {
          const GazEntity& ge = lx_.entities()[m.entity];
          n.label = ge.label();
          n.inGazetteer = true;
          n.coords = ge.coords;
          n.type = ge.type;
          n.kind = ge.kind;
        } else if (m.source == MentionSource::Role) {
          n.label = synthesizedRoleLabel(m.nodeId, Lang::En);
        } else {
          n.label = m.surface;
          n.translitKey = m.nodeId.substr(2);
        }
        it = index.emplace(m.nodeId, g.nodes.size()).first;
        g.nodes.push_back(std::move(n));
      }
      ArticleNode& n = g.nodes[it->second];
      if (m.source != MentionSource::Anaphor) {
        ++n.mentions;
        if (std::find(n.aliases.begin(), n.aliases.end(), m.surface) == n.aliases.end()) n.aliases.push_back(m.surface);
      }
    }
    for (auto& n : g.nodes) {
      if (const GazEntity* ge = lx_.entity(n.id)) {
        for (const auto* names : {&ge->en, &ge->ar})
          for (const auto& name : *names)
            if (std::find(n.aliases.begin(), n.aliases.end(), name) == n.aliases.end()) n.aliases.push_back(name);
      } else if (n.id.find(':') == std::string::npos) {
        std::string ar = synthesizedRoleLabel(n.id, Lang::Ar);
        if (!ar.empty()) n.aliases.push_back(ar);
      }
    }
    for (auto& e : edges)
      if (index.count(e.source) && index.count(e.target)) g.edges.push_back(std::move(e));
    addImpliedContainment(g, index);
    return g;
  }

  // A district and its city both named: the gazetteer's located_in is read
  // as stated. Evidence is the first sentence naming both, else the child's.
  void addImpliedContainment(ArticleGraph& g, const std::map<std::string, size_t>& index) {
    for (const auto& n : g.nodes) {
      const GazEntity* child = lx_.entity(n.id);
      if (!child || child->type != EntityType::Location || !lx_.impliedChildKinds().count(child->kind)) continue;
      const GazEntity* p = child->locatedIn.empty() ? nullptr : lx_.entity(child->locatedIn);
      for (int hops = 0; p && hops < 4; ++hops, p = p->locatedIn.empty() ? nullptr : lx_.entity(p->locatedIn)) {
        if (!index.count(p->id)) continue;
        if (!lx_.impliedParentKinds().count(p->kind)) break;
        bool exists = std::any_of(g.edges.begin(), g.edges.end(), [&](const ArticleEdge& e) {
          return e.source == child->id && e.target == p->id && e.relation == "located_in";
        });
        if (exists) break;
        int sentence = -1, fallback = -1;
        std::set<uint32_t> parentSentences;
        for (const auto& m : mentions_)
          if (m.nodeId == p->id) parentSentences.insert(m.sentence);
        for (const auto& m : mentions_) {
          if (m.nodeId != child->id || m.source == MentionSource::Anaphor) continue;
          if (fallback < 0) fallback = static_cast<int>(m.sentence);
          if (parentSentences.count(m.sentence)) { sentence = static_cast<int>(m.sentence); break; }
        }
        if (sentence < 0) sentence = fallback;
        if (sentence < 0) break;
        const Sentence& s = doc_.sentences[sentence];
        ArticleEdge e;
        e.source = child->id;
        e.target = p->id;
        e.relation = "located_in";
        e.evidence = Evidence{art_.id, static_cast<uint32_t>(sentence), s.begin, s.end,
                              std::string(doc_.raw(s.begin, s.end)), art_.date, art_.lang, "(gazetteer)"};
        g.edges.push_back(std::move(e));
        break;
      }
    }
  }

  // "chad_army" -> "Chadian army" / "الجيش التشادي", from demonyms and role labels.
  std::string synthesizedRoleLabel(const std::string& id, Lang lang) const {
    for (const auto& [role, info] : lx_.roles()) {
      if (!id.ends_with("_" + role)) continue;
      const GazEntity* country = lx_.entity(id.substr(0, id.size() - role.size() - 1));
      if (!country) continue;
      if (lang == Lang::En) {
        std::string dem = country->demonymsEn.empty() ? country->label() : country->demonymsEn.front();
        return dem + " " + info.en;
      }
      if (country->demonymsAr.empty() || info.ar.empty()) return {};
      return info.ar + " " + lx_.clitics().article + country->demonymsAr.front();
    }
    return id;
  }
};

Extractor::Extractor(const Lexicon& lexicon, ExtractOptions options)
    : lexicon_(lexicon), options_(options), segmenter_(lexicon.normalizer()), keyer_(lexicon) {}

ArticleGraph Extractor::extract(const Article& article) {
  Document doc = segmenter_.segment(article.text, article.bodyBegin);
  ArticleRun run(lexicon_, options_, keyer_, article, std::move(doc));
  return run.run();
}

}  // namespace akg
