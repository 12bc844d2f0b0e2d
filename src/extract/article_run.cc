// ArticleRun: the pipeline of one article, and the lexicon scan that starts it.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "extract/article_run.h"
#include "extract/relations.h"

namespace akg {

using detail::hitPriority;
using detail::skipLetters;

ArticleGraph ArticleRun::run() {
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

std::string ArticleRun::prepClassOf(const std::string& prep) const {
  if (prep.empty()) return {};
  auto* w = L_.word(prep);
  return w ? w->prepClass : std::string();
}

void ArticleRun::scan() {
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
      if (hit.kind == PhraseKind::Entity && lx_.entities()[hit.index].contextOnly.count(hit.extra) && !placeContext(i, form))
        return;
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
        // "محافظة" folds to "محافظه", which reads as محافظ + ه ("its governor"):
        // a word written with ta marbuta has no ه suffix.
        static const std::string kHa = "\xD9\x87";
        bool taMarbuta = endsWithTaMarbuta(i);
        // A word with ال carries no pronoun suffix: "الرئيسي" is "main", not
        // "my president".
        bool definite = form.stem.starts_with(lx_.clitics().article);
        for (const auto& stem : definite ? std::vector<std::string>{} : suffixForms(form.stem, lx_.clitics())) {
          if (taMarbuta && stem + kHa == form.stem) continue;
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
  // "the ministry of interior": the role named inside outlasts the anaphor.
  auto longestRoleFrom = [&](uint32_t k) -> uint32_t {
    uint32_t last = 0;
    for (const auto& c : found[k])
      if (c.hit.kind == PhraseKind::Role) last = std::max(last, c.last);
    return last;
  };
  for (uint32_t i = 0; i < doc_.tokens.size();) {
    const Candidate* pick = nullptr;
    for (const auto& c : found[i]) {
      bool displaced = false;
      for (uint32_t k = i + 1; k < c.last && !displaced; ++k)
        displaced = (c.hit.kind != PhraseKind::Entity && longestEntityFrom(k) > c.last) ||
                    (c.hit.kind == PhraseKind::Anaphor && longestRoleFrom(k) > c.last);
      if (!displaced) { pick = &c; break; }
    }
    if (!pick) { ++i; continue; }
    place(*pick);
    i = pick->last;
  }
}

// "إلى طويلة", "بلدة طويلة": a name that is also a common word counts only
// where a place is expected, after a preposition or a place cue.
bool ArticleRun::placeContext(uint32_t i, const CliticForm& form) const {
  if (!form.preposition.empty()) return true;
  if (i == 0 || tok(i - 1).sentence != tok(i).sentence) return false;
  const WordInfo* w = L_.word(tok(i - 1).norm);
  if (w && (w->flags & kPreposition)) return true;
  for (const auto& c : candidates_[i - 1])
    if (c.hit.kind == PhraseKind::Cue && c.last == i) return true;
  return false;
}

bool ArticleRun::better(const Candidate& a, const Candidate& b) {
  if (a.last != b.last) return a.last > b.last;
  if (hitPriority(a.hit.kind) != hitPriority(b.hit.kind)) return hitPriority(a.hit.kind) > hitPriority(b.hit.kind);
  return a.form.stem.size() > b.form.stem.size();  // prefer the unstripped reading
}

// English gazetteer names must look like names: some capital letter, and
// all capitals for acronyms ("US" but not "us").
bool ArticleRun::latinNameOk(uint32_t first, uint32_t last, const PhraseHit& hit) const {
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

uint32_t ArticleRun::strippedBegin(uint32_t i, const CliticForm& form) const {
  size_t letters = codePoints(form.conjunction) + codePoints(form.preposition);
  std::string_view raw = doc_.raw(tok(i));
  return tok(i).begin + static_cast<uint32_t>(skipLetters(raw, letters));
}

Mention ArticleRun::spanMention(uint32_t first, uint32_t last, uint32_t begin, EntityType type, const std::string& kind,
                                MentionSource source) const {
  Mention m;
  m.first = first;
  m.last = last;
  m.sentence = tok(first).sentence;
  m.begin = begin;
  m.end = tok(last - 1).end;
  m.type = type;
  m.kind = kind;
  m.source = source;
  m.surface = surfaceOf(first, last, begin);
  return m;
}

std::string ArticleRun::surfaceOf(uint32_t /*first*/, uint32_t last, uint32_t begin) const {
  std::string s(doc_.text.substr(begin, tok(last - 1).end - begin));
  for (char& c : s)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return s;
}

void ArticleRun::place(const Candidate& c) {
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

int ArticleRun::addMention(Mention&& m) {
  int idx = static_cast<int>(mentions_.size());
  for (uint32_t k = m.first; k < m.last; ++k) tokenMention_[k] = idx;
  mentions_.push_back(std::move(m));
  return idx;
}

const Annotation* ArticleRun::annotAt(uint32_t i, PhraseKind kind) const {
  if (i >= doc_.tokens.size() || tokenAnnot_[i] < 0) return nullptr;
  const Annotation& a = annots_[tokenAnnot_[i]];
  return a.hit.kind == kind ? &a : nullptr;
}

// A title word, including "the spokesman" before it is told apart from an anaphor.
bool ArticleRun::titleAt(uint32_t i) const {
  if (annotAt(i, PhraseKind::Title)) return true;
  auto* a = annotAt(i, PhraseKind::Anaphor);
  return a && !L_.anaphors[a->hit.index & ~kArabicIndex].title.empty();
}

const Cue* ArticleRun::cueAt(uint32_t i) const {
  if (auto* a = annotAt(i, PhraseKind::Cue)) return &L_.cues[a->hit.index & ~kArabicIndex];
  // A word that is a trigger as well ("factions") is still a cue.
  if (i < tokenAnnot_.size() && tokenAnnot_[i] >= 0) {
    const Annotation& a = annots_[tokenAnnot_[i]];
    if (a.first < candidates_.size())
      for (const auto& c : candidates_[a.first])
        if (c.hit.kind == PhraseKind::Cue && c.last == a.last) return &L_.cues[c.hit.index & ~kArabicIndex];
  }
  return nullptr;
}

}  // namespace akg
