// Names the lexicon does not list: capitalised English chunks, Arabic names
// after cue words and given names, acronyms, short forms, patron-named groups.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "extract/article_run.h"

namespace akg {

using detail::hitPriority;
using detail::skipLetters;

void ArticleRun::recogniseNames() {
  if (art_.lang == Lang::En) englishNames();
  arabicNames();
}

// Capitalised words seen away from a sentence start: evidence that a
// sentence-initial word is a name, not just capitalised.
std::set<std::string> ArticleRun::capitalisedInside() const {
  std::set<std::string> out;
  for (const auto& s : doc_.sentences)
    for (uint32_t k = s.firstToken + 1; k < s.endToken; ++k)
      if (tok(k).has(kCapital) && !isPunct(k - 1)) out.insert(tok(k).norm);
  return out;
}

bool ArticleRun::chunkable(uint32_t k) const {
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

void ArticleRun::englishNames() {
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

void ArticleRun::nameFromChunk(uint32_t a, uint32_t b, const Sentence& s, const std::set<std::string>& inside) {
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
  // "the Al-Kadaha hills", "the Euphrates river": a place word written in
  // lower case after the name still heads it.
  if (!type && b < s.endToken && !tok(b).has(kCapital) && tokenMention_[b] < 0)
    if (const Cue* cue = cueAt(b); cue && cue->position == Cue::Head && cue->type == EntityType::Location) {
      type = cue->type;
      kind = cue->kind;
      ++b;
    }
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
  // "Operation Hadin Kai": a named military operation is no actor or place.
  if (is(a, kEvent) || (a > s.firstToken && is(a - 1, kEvent) && tok(a - 1).has(kCapital))) return;
  if (*type == EntityType::Actor && kind != "person" && a > s.firstToken) {
    // "the 153 Task Force Battalion", "the 26th Brigade": the unit's number is
    // part of its name, or every numbered unit would be one node.
    if (tok(a - 1).has(kDigit) && tokenMention_[a - 1] < 0) --a;
    // "the Nigerian Air Force": a demonym opening an organisation's name.
    else if (annotAt(a - 1, PhraseKind::Demonym) && tok(a - 1).has(kCapital) && tokenMention_[a - 1] < 0) --a;
  }
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
  Mention m = spanMention(a, b, tok(a).begin, *type, kind,
                          kind == "person" ? MentionSource::Person : MentionSource::Capitalised);
  addMention(std::move(m));
}

// Arabic has no capitals: names are found after cue words (حي، مدينة،
// وزارة...) and from given names.
bool ArticleRun::arabicNameToken(uint32_t k) const {
  const Token& t = tok(k);
  if (!t.has(kArabic) || !free(k)) return false;
  return !(is(k, kStop) || is(k, kPreposition) || is(k, kReporting) || is(k, kNegation) || is(k, kClauseBreak));
}

void ArticleRun::arabicNames() {
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
      while (j < stop && arabicNameToken(j)) {
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
    while (j < end && j < i + 4 && arabicNameToken(j) && !startsWithConjunction(j) && !hasAttachedPreposition(j) &&
           !endsWithTaMarbuta(j))
      ++j;
    while (j > i + 1 && is(j - 1, kParticle)) --j;
    if (j == i + 1) continue;  // a lone given name is too weak
    Mention m = spanMention(i, j, tok(i).begin, EntityType::Actor, "person", MentionSource::Person);
    addMention(std::move(m));
    i = j - 1;
  }
  arabicNamesAfterTitles();
}

// "حاكم ولاية بورنو باباغانا زولوم", "المقدم ساني أوبا": news introduces
// people by a title or a rank. Past the title's complement (one name) and
// any rank, two or three free words that are not function words, cues or
// predicates are the person, whatever their given name.
void ArticleRun::arabicNamesAfterTitles() {
  auto nameFrom = [&](uint32_t p) {
    uint32_t end = sentenceEnd(p);
    if (p < end && tokenMention_[p] >= 0) p = mentions_[tokenMention_[p]].last;  // the complement
    while (p < end && is(p, kHonorific) && tokenMention_[p] < 0) ++p;         // "العميد"
    if (p >= end || !tok(p).has(kArabic) || tok(p).norm.starts_with(lx_.clitics().article)) return;
    uint32_t j = p;
    // A name's later words do not end in ta marbuta ("أحمد المسماري مشاركة":
    // the third word is the noun "participation"); a first name may (أسامة).
    while (j < end && j < p + 3 && arabicNameToken(j) && tokenAnnot_[j] < 0 && !tok(j).has(kDigit) && !is(j, kDeterminer) &&
           (j == p || (!startsWithConjunction(j) && !hasAttachedPreposition(j) && !endsWithTaMarbuta(j))))
      ++j;
    while (j > p + 1 && is(j - 1, kParticle)) --j;
    if (j < p + 2) return;  // one word is too weak
    addMention(spanMention(p, j, tok(p).begin, EntityType::Actor, "person", MentionSource::Person));
  };
  for (size_t ai = 0; ai < annots_.size(); ++ai) {
    const Annotation& a = annots_[ai];
    if (a.hit.kind == PhraseKind::Title && (a.hit.index & kArabicIndex) && tokenAnnot_[a.first] == static_cast<int>(ai))
      nameFrom(a.last);
  }
  for (uint32_t k = 0; k + 1 < doc_.tokens.size(); ++k)
    if (tok(k).has(kArabic) && is(k, kHonorific) && tokenMention_[k] < 0 && !tok(k + 1).has(kDigit)) nameFrom(k + 1);
}

bool ArticleRun::nisbaAdjective(uint32_t k) const {
  const std::string& n = tok(k).norm;
  if (given_[k]) return false;
  for (const auto& e : L_.adjectiveEndings)
    if (n.ends_with(e) && codePoints(n) > 3) return true;
  return false;
}

bool ArticleRun::startsWithConjunction(uint32_t k) const {
  const std::string& n = tok(k).norm;
  if (!tok(k).has(kArabic)) return false;
  for (const auto& c : lx_.clitics().conjunctions)
    if (n.size() > c.size() + 2 && n.starts_with(c) && !L_.word(n)) return true;
  return false;
}

bool ArticleRun::hasAttachedPreposition(uint32_t k) const {
  const std::string& n = tok(k).norm;
  if (!tok(k).has(kArabic) || n.starts_with(lx_.clitics().article)) return false;
  for (const auto& p : lx_.clitics().prepositions)
    if (n.size() > p.size() + 4 && n.starts_with(p) && n.substr(p.size()).starts_with(lx_.clitics().article)) return true;
  return false;
}

// "Damascus-affiliated factions", "Iran-backed militias", "الفصائل التابعة
// لحكومة دمشق": unnamed groups known by their patron are one node per
// patron, affiliated with it.
bool ArticleRun::groupNoun(uint32_t k) const {
  if (k >= doc_.tokens.size() || tokenMention_[k] >= 0) return false;
  if (const Cue* c = cueAt(k); c && c->type == EntityType::Actor && c->kind == "armed_group") return true;
  return is(k, kMember) && !tok(k).has(kPossessive);
}

bool ArticleRun::affiliationTrigger(uint32_t k) const {
  auto* a = annotAt(k, PhraseKind::Trigger);
  return a && lx_.rules()[a->hit.index].relation == "affiliated_with";
}

void ArticleRun::recogniseAffiliatedGroups() {
  size_t n = mentions_.size();
  for (size_t mi = 0; mi < n; ++mi) {
    const Mention x = mentions_[mi];
    if (x.dropped || (x.type != EntityType::Actor && x.entity < 0)) continue;
    uint32_t end = sentenceEnd(x.first);
    int first = -1, last = -1;
    if (art_.lang == Lang::En && x.last < end && tok(x.last).norm == "-" && affiliationTrigger(x.last)) {
      uint32_t k = annots_[tokenAnnot_[x.last]].last;
      while (k < end && k < x.last + 5 && (is(k, kSkip) || tok(k).norm == "-" || (tok(k).has(kLatin) && !groupNoun(k) && !isPunct(k) && tokenMention_[k] < 0 && tokenAnnot_[k] < 0 && !tok(k).has(kCapital) && k + 1 < end && groupNoun(k + 1))))
        ++k;
      if (groupNoun(k)) { first = static_cast<int>(x.first); last = static_cast<int>(k + 1); }
    } else if (art_.lang == Lang::En && x.first >= 2) {
      // "armed groups loyal to the GNU", "militias backed by Iran": the
      // group noun, then the affiliation, then (past "the") its patron.
      uint32_t p = x.first;
      if (p > 0 && is(p - 1, kDeterminer)) --p;
      if (p >= 2 && tokenAnnot_[p - 1] >= 0 && affiliationTrigger(annots_[tokenAnnot_[p - 1]].first)) {
        uint32_t trig = annots_[tokenAnnot_[p - 1]].first;
        // Only groups: "fighters affiliated with the SDF" are the SDF's own.
        const Cue* cue = trig > 0 ? cueAt(trig - 1) : nullptr;
        bool collective = trig > 0 && ((cue && cue->kind == "armed_group") || is(trig - 1, kCollective));
        if (collective && tokenMention_[trig - 1] < 0) {
          // Up to two words describing the group ("armed", "tribal") belong to it.
          uint32_t g = trig - 1;
          while (g > 0 && trig - 1 - g < 2 && tok(g - 1).has(kLatin) && !isPunct(g - 1) && tokenMention_[g - 1] < 0 &&
                 tokenAnnot_[g - 1] < 0 && !is(g - 1, kStop) && !is(g - 1, kDeterminer) && tok(g - 1).sentence == x.sentence)
            --g;
          first = static_cast<int>(g);
          last = static_cast<int>(x.last);
        }
      }
    } else if (art_.lang == Lang::Ar && x.first >= 2 && affiliationTrigger(x.first - 1) && groupNoun(x.first - 2)) {
      first = static_cast<int>(x.first - 2);
      last = static_cast<int>(x.last);
    } else if (art_.lang == Lang::Ar && x.first >= 3 && affiliationTrigger(x.first - 1) && arabicNameToken(x.first - 2) &&
               tokenAnnot_[x.first - 2] < 0 && groupNoun(x.first - 3)) {
      // "مسلحين قبليين موالين للحكومة": an adjective between the group and its patron.
      first = static_cast<int>(x.first - 3);
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

void ArticleRun::recogniseAliases() {
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

void ArticleRun::addAlias(uint32_t first, uint32_t last, int referent, MentionSource source, const CliticForm& form) {
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

}  // namespace akg
