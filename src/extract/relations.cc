#include "extract/relations.h"

#include <algorithm>
#include <set>

namespace akg {

namespace {
constexpr int kAnchorDistance = 6;
constexpr int kPrepLookahead = 4;  // tokens between a preposition and its name
}  // namespace

RelationFinder::RelationFinder(const Lexicon& lx, const LangData& lang, const ExtractOptions& opt, const Document& doc,
                               const std::vector<Mention>& mentions, const std::vector<Annotation>& annots,
                               const std::vector<int>& tokenMention, const std::vector<int>& tokenAnnot,
                               const Article& article)
    : lx_(lx), L_(lang), opt_(opt), doc_(doc), mentions_(mentions), annots_(annots), tokenMention_(tokenMention),
      tokenAnnot_(tokenAnnot), art_(article) {
  words_.resize(doc_.tokens.size());
  for (uint32_t k = 0; k < doc_.tokens.size(); ++k) words_[k] = lookupWord(k);
}

uint32_t RelationFinder::sentenceBegin(uint32_t k) const { return doc_.sentences[doc_.tokens[k].sentence].firstToken; }
uint32_t RelationFinder::sentenceEnd(uint32_t k) const { return doc_.sentences[doc_.tokens[k].sentence].endToken; }

const WordInfo* RelationFinder::word(uint32_t k) const { return words_[k]; }

const WordInfo* RelationFinder::lookupWord(uint32_t k) const {
  const Token& t = doc_.tokens[k];
  if (const WordInfo* w = L_.word(t.norm)) return w;
  if (!t.has(kArabic)) return nullptr;
  // Function words behind an Arabic conjunction: "ومن", "وفي".
  for (const auto& c : lx_.clitics().conjunctions)
    if (t.norm.size() > c.size() && t.norm.starts_with(c))
      if (const WordInfo* w = L_.word(std::string_view(t.norm).substr(c.size()))) return w;
  return nullptr;
}

bool RelationFinder::has(uint32_t k, WordFlag f) const {
  const WordInfo* w = word(k);
  return w && (w->flags & f);
}

int RelationFinder::mentionAt(uint32_t k) const {
  if (k >= tokenMention_.size()) return -1;
  int m = tokenMention_[k];
  if (m < 0 || mentions_[m].dropped || mentions_[m].nodeId.empty()) return -1;
  return m;
}

// "trapped civilians", "displaced families": a participle used as an
// adjective before a plain noun is no predicate.
bool RelationFinder::adjectival(uint32_t k) const {
  const Annotation* a = annotAt(k, PhraseKind::Trigger);
  if (!a || a->last - a->first != 1 || !doc_.tokens[k].norm.ends_with("ed") || a->last >= doc_.tokens.size()) return false;
  const Token& next = doc_.tokens[a->last];
  const WordInfo* w = word(a->last);
  bool noun = !w || ((w->flags & (kPeople | kMember | kGeneric | kSkip)) && !(w->flags & kPreposition));
  return next.has(kLatin) && !next.has(kCapital) && noun && mentionAt(a->last) < 0;
}

bool RelationFinder::clauseBreak(uint32_t k) const {
  const std::string& n = doc_.tokens[k].norm;
  if (n == ";" || n == ":" || n == "?" || n == "!") return true;
  return L_.has(n, kClauseBreak);
}

bool RelationFinder::governedByPreposition(int m) const {
  const Mention& x = mentions_[m];
  if (!x.prepClass.empty()) return true;
  if (x.first == 0) return false;
  uint32_t p = x.first - 1;
  if (has(p, kDeterminer) && p > 0) --p;
  const WordInfo* w = word(p);
  return w && (w->flags & kPreposition) && !w->isPrep("of") && !w->isPrep("by");
}

// "to Syria", "في اليمن": a place, even when it is a country.
bool RelationFinder::placeComplement(int m) const {
  const Mention& x = mentions_[m];
  auto place = [](const std::string& c) { return c == "in" || c == "to" || c == "from" || c == "near" || c == "at"; };
  if (!x.prepClass.empty()) return place(x.prepClass);
  if (x.first == 0) return false;
  uint32_t p = x.first - 1;
  if (has(p, kDeterminer) && p > 0) --p;
  const WordInfo* w = word(p);
  return w && (w->flags & kPreposition) && place(w->prepClass);
}

// "Tom Barrack, US special envoy to Syria": "US" belongs to the title, it is
// not an argument of the sentence's other relations.
bool RelationFinder::titleModifier(int m) const {
  const Mention& x = mentions_[m];
  if (x.kind == "person") return false;
  if (annotAt(x.last, PhraseKind::Title)) return true;
  if (x.last + 1 < doc_.tokens.size() && has(x.last, kSkip) && annotAt(x.last + 1, PhraseKind::Title)) return true;
  return x.first > 0 && annotAt(x.first - 1, PhraseKind::Title) && personAfter(x.last);
}

bool RelationFinder::personAfter(uint32_t k) const {
  for (uint32_t j = k; j < doc_.tokens.size() && j < k + 3; ++j) {
    int p = mentionAt(j);
    if (p >= 0) return mentions_[p].kind == "person";
  }
  return false;
}

bool RelationFinder::eligible(int m, const RelationType& rt, bool head) const {
  if (m < 0) return false;
  const Mention& x = mentions_[m];
  if (x.dropped || x.nodeId.empty()) return false;
  if (!titleRule_ && titleModifier(m)) return false;
  const auto& types = head ? rt.head : rt.tail;
  const auto& kinds = head ? rt.headKinds : rt.tailKinds;
  // A country that acts is a state ("mediated by Oman", "بوساطة مصرية").
  if (!types.count(x.type)) {
    if (!(x.kind == "country" && types.count(EntityType::Actor)) || placeComplement(m)) return false;
    return kinds.empty() || kinds.count("state");
  }
  return kinds.empty() || kinds.count(x.kind);
}

// "X and Y", "X, Y and Z", "X وY": the mentions coordinated after m.
std::vector<int> RelationFinder::coordinated(int m, const RelationType& rt, bool head) const {
  // "the two sides": every antecedent.
  if (mentions_[m].antecedents.size() > 1) {
    std::vector<int> all;
    for (int a : mentions_[m].antecedents)
      if (eligible(a, rt, head)) all.push_back(a);
    if (all.size() > 1) return all;
  }
  std::vector<int> out{m};
  uint32_t k = mentions_[m].last;
  while (k < doc_.tokens.size() && k < sentenceEnd(mentions_[m].first)) {
    // "Kadugli, the capital of South Kordofan, and Dilling": an appositive
    // between coordinated names is stepped over.
    if (doc_.tokens[k].norm == "," && k + 1 < sentenceEnd(k) && has(k + 1, kDeterminer)) {
      for (uint32_t c = k + 2; c + 1 < sentenceEnd(k) && c < k + 9; ++c) {
        if (annotAt(c, PhraseKind::Trigger) || has(c, kRelative)) break;
        if (doc_.tokens[c].norm == "," && L_.has(doc_.tokens[c + 1].norm, kConjunction)) { k = c; break; }
      }
    }
    uint32_t j = k;
    bool conj = false, sawOf = false;
    while (j < sentenceEnd(k) && j < k + 5) {
      const std::string& n = doc_.tokens[j].norm;
      if (n == "," || L_.has(n, kConjunction)) { conj = true; ++j; continue; }
      if (n == "\"" || n == "'" || n == "(") { ++j; continue; }  // quoted names: و "قوات ..."
      // "وميناءي رأس عيسى": a conjunction glued to a generic noun.
      if (doc_.tokens[j].has(kArabic) && mentionAt(j) < 0) {
        bool glued = false;
        for (const auto& c : lx_.clitics().conjunctions)
          if (n.size() > c.size() && n.starts_with(c)) {
            const WordInfo* w = L_.word(std::string_view(n).substr(c.size()));
            glued = glued || (w && (w->flags & (kGeneric | kSkip | kMember)));
          }
        if (glued) { conj = true; ++j; continue; }
      }
      sawOf = sawOf || (conj && isPrepOf(j));
      if (L_.has(n, kDeterminer) || (conj && (has(j, kSkip) || has(j, kGeneric) || isPrepOf(j))) ||
          (tokenAnnot_[j] >= 0 && annots_[tokenAnnot_[j]].hit.kind == PhraseKind::Cue)) { ++j; continue; }
      break;
    }
    // "Syrian forces and fighters affiliated with the SDF": the fighters are the SDF's.
    if (conj && mentionAt(j) < 0) {
      uint32_t x = j;
      while (x < sentenceEnd(k) && x < j + 4 && mentionAt(x) < 0 &&
             (has(x, kMember) || has(x, kDeterminer) || has(x, kSkip) || isPrepOf(x) ||
              (tokenAnnot_[x] >= 0 && annots_[tokenAnnot_[x]].hit.kind == PhraseKind::Trigger &&
               triggers(annots_[tokenAnnot_[x]], "affiliated_with"))))
        x = tokenAnnot_[x] >= 0 ? annots_[tokenAnnot_[x]].last : x + 1;
      if (x > j && mentionAt(x) >= 0) j = x;
    }
    // "and French President Macron": the person, not the country before the title.
    if (int p = personAfterTitle(mentionAt(j)); p >= 0 && eligible(p, rt, head)) j = mentions_[p].first;
    int next = mentionAt(j);
    if (next < 0 || next == out.back()) break;
    bool stacked = j == k && mentions_[next].source == MentionSource::Demonym &&
                   mentions_[out.back()].source == MentionSource::Demonym;
    if (!conj && !mentions_[next].conjoined && !stacked) break;
    bool commaOnly = conj && doc_.tokens[k].norm == "," && !has(j - 1, kConjunction);
    if (commaOnly && mentions_[next].kind == "person") break;
    // "..., the health ministry said": an attribution, not a list member.
    if (commaOnly && mentions_[next].last < doc_.tokens.size() && has(mentions_[next].last, kReporting)) break;
    // "El Fasher, the capital of North Darfur": an appositive, not a list.
    bool anyConjunction = false;
    for (uint32_t c = k; c < j && !anyConjunction; ++c) anyConjunction = L_.has(doc_.tokens[c].norm, kConjunction);
    if (sawOf && !anyConjunction) break;
    if (!eligible(next, rt, head)) break;
    out.push_back(next);
    k = mentions_[next].last;
  }
  return out;
}

int RelationFinder::personAfterTitle(int m) const {
  if (m < 0) return -1;
  uint32_t k = mentions_[m].last;
  if (k >= doc_.tokens.size() || tokenAnnot_[k] < 0 || annots_[tokenAnnot_[k]].hit.kind != PhraseKind::Title) return -1;
  for (uint32_t j = annots_[tokenAnnot_[k]].last; j < sentenceEnd(k) && j < k + 5; ++j) {
    int p = mentionAt(j);
    if (p >= 0) return mentions_[p].kind == "person" ? p : -1;
  }
  return -1;
}

std::vector<int> RelationFinder::slot(const std::string& name, const Trigger& t, const RelationType& rt, bool head,
                                      int other) const {
  const uint32_t sb = sentenceBegin(t.first), se = sentenceEnd(t.first);
  const uint32_t maxD = static_cast<uint32_t>(opt_.maxSlotDistance);
  auto ok = [&](int m) {
    if (!eligible(m, rt, head) || m == other || (other >= 0 && mentions_[m].nodeId == mentions_[other].nodeId)) return false;
    for (int x : exclude_)
      if (mentions_[x].nodeId == mentions_[m].nodeId) return false;
    return true;
  };
  // "with Turkish President Erdogan": prefer the person the title introduces.
  auto titled = [&](int m) {
    int p = personAfterTitle(m);
    return p >= 0 && ok(p) ? p : m;
  };
  auto passable = [&](uint32_t k) {
    const std::string& n = doc_.tokens[k].norm;
    return has(k, kDeterminer) || has(k, kSkip) || has(k, kGeneric) || has(k, kMember) ||
           isPrepOf(k) || n == "-" || n == "\"" || n == "'" || doc_.tokens[k].has(kPossessive) ||
           (tokenAnnot_[k] >= 0 && annots_[tokenAnnot_[k]].hit.kind == PhraseKind::Cue);
  };
  // After a preposition, also over "in" phrases: "from neighbourhoods in Gaza City".
  auto passableAfterPrep = [&](uint32_t k) {
    const WordInfo* w = word(k);
    return passable(k) || (w && (w->flags & kPreposition) && (w->isPrep("in") || w->isPrep("of")));
  };
  // A title heads its phrase: "the Israeli Prime Minister Netanyahu" is the person.
  auto titledPerson = [&](uint32_t k) -> int {
    if (tokenAnnot_[k] < 0 || annots_[tokenAnnot_[k]].hit.kind != PhraseKind::Title) return -1;
    for (uint32_t j = annots_[tokenAnnot_[k]].last; j < se && j < k + 7; ++j) {
      int m = mentionAt(j);
      if (m >= 0 && mentions_[m].kind == "person") return m;
    }
    return -1;
  };

  // "the SPLM-N led by al-Hilu, which ..., has shelled": the agent of a
  // "led by" phrase qualifies the name before it, which is the subject.
  auto pastByPhrase = [&](int m) {
    uint32_t f = mentions_[m].first;
    const Annotation* a = f > sb ? annotAt(f - 1, PhraseKind::Trigger) : nullptr;
    if (!a || a->last != f || a->first <= sb) return m;
    const WordInfo* w = word(a->last - 1);
    if (!w || !w->isPrep("by")) return m;
    uint32_t j = a->first - 1;
    if (doc_.tokens[j].norm == ")")
      for (uint32_t p = j; p > sb && j - p < 6; --p)
        if (doc_.tokens[p - 1].norm == "(") { j = p >= sb + 2 ? p - 2 : j; break; }
    int x = mentionAt(j);
    return x >= 0 && ok(x) ? x : m;
  };
  // "Hamas and Islamic Jihad attacked": a subject found by walking left
  // brings the names coordinated before it.
  auto leftCoordinated = [&](int m) {
    std::vector<int> out{m};
    if (!head || art_.lang != Lang::En) return out;
    for (uint32_t f = mentions_[m].first; f > sb + 1;) {
      const std::string& n = doc_.tokens[f - 1].norm;
      if (n != "," && !L_.has(n, kConjunction)) break;
      int prev = mentionAt(f - 2);
      if (prev < 0 || !ok(prev) || mentions_[prev].type != mentions_[m].type || governedByPreposition(prev)) break;
      out.insert(out.begin(), prev);
      f = mentions_[prev].first;
    }
    return out;
  };
  if (name == "subject") {
    // ", accusing X of ...": a participle clause shares the sentence's subject.
    const Token& tt = doc_.tokens[t.first];
    // "... entered Deir Hafer ..., the ministry said, and took control of":
    // a verb coordinated without a subject of its own shares the sentence's.
    bool coordinatedVerb = art_.lang == Lang::En && t.first > sb + 1 && doc_.tokens[t.first - 1].norm == "and" &&
                           doc_.tokens[t.first - 2].norm == "," && !has(t.first, kPassiveAux);
    // "the RSF attacked X and killed Y": a past verb right after "and" has
    // the subject of the predicate before it.
    if (!coordinatedVerb && art_.lang == Lang::En && t.first > sb + 1 && doc_.tokens[t.first - 1].norm == "and" &&
        tt.norm.ends_with("ed")) {
      for (uint32_t k = t.first - 1; k > sb && t.first - k < 14;) {
        --k;
        const Annotation* a = annotAt(k, PhraseKind::Trigger);
        if (!a) continue;
        Trigger prev{a->first, a->last, t.sentence};
        for (const char* s : {"subject"}) {
          auto heads = slot(s, prev, rt, head, other);
          if (!heads.empty()) return heads;
        }
        break;
      }
    }
    if (coordinatedVerb ||
        (art_.lang == Lang::En && t.first > sb && doc_.tokens[t.first - 1].norm == "," && tt.norm.size() > 4 &&
         tt.norm.ends_with("ing"))) {
      for (uint32_t k = sb; k < t.first; ++k) {
        int m = mentionAt(k);
        if (m < 0) continue;
        if (ok(m)) return {m};
        k = mentions_[m].last - 1;
      }
    }
    if (art_.lang == Lang::Ar) {
      auto right = slot("object", t, rt, head, other);
      if (!right.empty()) return right;
    }
    return slot("left", t, rt, head, other);
  }
  if (name == "left") {
    bool reported = false;  // a reporting verb was passed
    for (uint32_t k = t.first; k > sb && t.first - k < maxD + 6;) {
      --k;
      if (has(k, kRelative)) {
        // "UNIFIL, which is deployed in ..." / "اليونيفيل، التي ينتشر ...":
        // the subject is the name the relative clause hangs on. Without a
        // name right before it, "that" introduces a reported clause
        // ("they added that ..."): keep looking left.
        bool hung = false;
        for (uint32_t j = k; j > sb && k - j < 3;) {
          --j;
          int m = mentionAt(j);
          if (m >= 0) {
            if (ok(m)) return {pastByPhrase(m)};
            hung = true;
            break;
          }
          if (doc_.tokens[j].norm != ",") break;
        }
        if (hung) break;
        continue;
      }
      if (clauseBreak(k)) break;
      // "The UN said 60,000 people had fled": the sayer is not the actor of
      // the reported clause; its subject sits after the reporting verb.
      // "X announced efforts to extend ...": a bare object stays X's.
      if (head && has(k, kReporting) && mentionAt(k) < 0) {
        bool clause = false;
        for (uint32_t j = k + 1; j < t.first && !clause; ++j) {
          clause = has(j, kRelative) || has(j, kAuxiliary) || has(j, kPassiveAux) || has(j, kPeople) ||
                   has(j, kMember) || has(j, kPronoun);
        }
        if (clause) break;
        reported = true;
      }
      int m = mentionAt(k);
      // "Abdi said the redeployment to Raqqa was agreed": across the
      // reporting verb, a leader's words describe his force's move.
      if (reported && m >= 0 && ok(m) && mentions_[m].kind == "person" && movement(rt)) {
        int force = leaderForce(m, rt);
        if (force >= 0) return {force};
      }
      // A subject is not the object of a preposition ("aligned with the GNU
      // and commanded by X": X commands the brigade, not the GNU).
      if (m >= 0 && governedByPreposition(m)) { k = mentions_[m].first; continue; }
      // "..., the Defence Ministry said, and took control of": a sayer in a
      // parenthetical is not the subject.
      if (m >= 0 && art_.lang == Lang::En && mentions_[m].last < t.first && has(mentions_[m].last, kReporting) &&
          mentions_[m].first > sb + 1 &&
          (doc_.tokens[mentions_[m].first - 1].norm == "," ||
           (has(mentions_[m].first - 1, kDeterminer) && doc_.tokens[mentions_[m].first - 2].norm == ","))) {
        k = mentions_[m].first;
        continue;
      }
      if (m >= 0 && ok(m)) {
        // "Khalil al-Hayya, who heads Hamas's team, met ...": a closed relative
        // clause between the subject and the verb is stepped over.
        uint32_t rel = mentions_[m].first;
        while (rel > sb && mentions_[m].first - rel < 8 && !has(rel - 1, kRelative)) --rel;
        bool closed = rel > sb + 1 && has(rel - 1, kRelative) && doc_.tokens[rel - 2].norm == ",";
        if (!closed) {
          // "The SPLM-N, led by al-Hilu, has shelled ...": so is a participle phrase.
          uint32_t before = mentions_[m].first;
          if (const Annotation* a = before > sb ? annotAt(before - 1, PhraseKind::Trigger) : nullptr;
              a && a->last == before && a->first > sb + 1 && doc_.tokens[a->first - 1].norm == ",") {
            closed = true;
            rel = a->first;
          }
        }
        bool commaAfter = false;
        for (uint32_t c = mentions_[m].last; c < t.first; ++c) commaAfter = commaAfter || doc_.tokens[c].norm == ",";
        if (closed && commaAfter) { k = rel - 1; continue; }
        return leftCoordinated(pastByPhrase(m));
      }
      if (m >= 0) k = mentions_[m].first;
    }
    return {};
  }
  if (name == "right" || name == "object") {
    bool direct = name == "object";
    uint32_t start = t.last;
    bool pastSubject = false;
    if (!head && other >= 0 && mentions_[other].first >= t.last && mentions_[other].last < se &&
        mentions_[other].first - t.last < maxD) {
      // Skip the subject and anything coordinated with it.
      start = mentions_[other].last;
      pastSubject = true;
    }
    for (uint32_t k = start; k < se && k - t.last < maxD; ++k) {
      if (clauseBreak(k)) break;
      // A direct object sits close: past a comma a few words on, or past
      // another predicate, the clause has moved on.
      // "خرجت، فجر اليوم الأحد، الدفعة الأخيرة من مقاتلي قسد": a time phrase
      // between commas, with no name or predicate in it, is stepped over.
      if (direct && art_.lang == Lang::Ar && doc_.tokens[k].norm == ",") {
        uint32_t close = k + 1;
        bool plain = true;
        while (close < se && close < k + 7 && doc_.tokens[close].norm != "," && plain) {
          plain = mentionAt(close) < 0 && tokenAnnot_[close] < 0;
          ++close;
        }
        if (plain && close > k + 1 && close < se && doc_.tokens[close].norm == ",") {
          k = close;
          continue;
        }
      }
      if (direct && k > start + 3 && doc_.tokens[k].norm == ",") break;
      // Past a verb-first subject, the next trigger starts its own phrase:
      // "بوساطة المجلس الرئاسي برئاسة المنفي" (the council is chaired by him).
      if (direct && (k > start + 1 || pastSubject) && annotAt(k, PhraseKind::Trigger)) break;
      if (int p = titledPerson(k); p >= 0) {
        if (ok(p)) return coordinated(p, rt, head);
        k = mentions_[p].last - 1;
        continue;
      }
      int m = mentionAt(k);
      // "..., killing two members of Hezbollah, the health ministry said":
      // a sayer after the clause is no argument of it.
      if (m >= 0 && art_.lang == Lang::En && !head && mentions_[m].last < se && has(mentions_[m].last, kReporting)) {
        uint32_t b = mentions_[m].first;
        if (b > sb && has(b - 1, kDeterminer)) --b;
        if (b > sb && doc_.tokens[b - 1].norm == ",") break;
      }
      if (m >= 0) {
        if (direct && !mentions_[m].prepClass.empty()) break;
        uint32_t after = mentions_[m].last;
        bool modifier = after + 1 < se && doc_.tokens[after].norm == "-" && tokenAnnot_[after + 1] >= 0 &&
                        annots_[tokenAnnot_[after + 1]].hit.kind == PhraseKind::Trigger &&
                        !triggers(annots_[tokenAnnot_[after + 1]], rt.name);
        if (modifier) { k = after + 1; continue; }  // past "-held" too: it is not the next predicate
        if (ok(m)) return coordinated(m, rt, head);
        if (direct && mentions_[m].type == EntityType::Location && mentions_[m].kind != "country") break;
        k = mentions_[m].last - 1;
        continue;
      }
      const WordInfo* w = word(k);
      if (direct && w && (w->flags & kPreposition)) {
        // A partitive "من مقاتلي X" / "of fighters of X" still leads to the subject.
        bool partitive = k + 1 < se && has(k + 1, kMember);
        // Arabic adverbial phrases without a name ("على هامش القمة") are stepped over.
        bool bare = art_.lang == Lang::Ar && mentionAt(k + 1) < 0 && (k + 2 >= se || mentionAt(k + 2) < 0);
        if (!partitive && !bare && !w->isPrep("of")) break;
      }
      if (direct && L_.has(doc_.tokens[k].norm, kReporting)) break;
      // "accused the insurgents of targeting ... their land": an unnamed noun
      // phrase right after the verb is the object; names further on are not.
      if (direct && !head && art_.lang == Lang::En && k == start && doc_.tokens[k].norm == "the" && k + 2 < se) {
        const Token& noun = doc_.tokens[k + 1];
        bool plain = noun.has(kLatin) && !noun.has(kCapital) && mentionAt(k + 1) < 0 &&
                     (tokenAnnot_[k + 1] < 0 || annotAt(k + 1, PhraseKind::Role)) &&
                     !has(k + 1, kSkip) && !has(k + 1, kGeneric) && !has(k + 1, kMember) && !has(k + 1, kPeople);
        if (plain && (isPrepOf(k + 2) ? false : mentionAt(k + 2) < 0)) break;
      }
    }
    return {};
  }
  if (name == "appositive_left") {
    // "Hanna Tetteh, the head of UNSMIL": the name before ", (the) title".
    // Also past a possessor and a partitive: "JNIM, al-Qaeda's affiliate",
    // "Kataib Hezbollah, one of the largest factions".
    uint32_t k = t.first;
    while (k > sb) {
      if (has(k - 1, kDeterminer) || has(k - 1, kSkip)) { --k; continue; }
      if (isPrepOf(k - 1) && k - 1 > sb && has(k - 2, kPartitive)) { k -= 2; continue; }
      if (has(k - 1, kPartitive)) { --k; continue; }  // "أحد أبرز فصائل"
      if (doc_.tokens[k - 1].has(kPossessive) && k - 1 > sb) {
        int owner = mentionAt(k - 2);
        if (owner >= 0 && mentions_[owner].last == k - 1) { k = mentions_[owner].first; continue; }
      }
      break;
    }
    if (k > sb + 1 && doc_.tokens[k - 1].norm == ",") {
      uint32_t j = k - 2;
      // "Jama'at Nusrat al-Islam (JNIM), ...": the name before its acronym.
      if (doc_.tokens[j].norm == ")")
        for (uint32_t p = j; p > sb && j - p < 6; --p)
          if (doc_.tokens[p - 1].norm == "(") { j = p >= sb + 2 ? p - 2 : j; break; }
      int m = mentionAt(j);
      if (m >= 0 && ok(m)) return {m};
    }
    return {};
  }
  if (name == "suffix_owner") {
    // "رئيستها هانا تيتيه": the title's pronoun suffix points at the last
    // fitting name before it.
    if (!annotAt(t.first, PhraseKind::Title) || !annotAt(t.first, PhraseKind::Title)->suffixed) return {};
    for (uint32_t k = t.first; k > sb && t.first - k < maxD;) {
      --k;
      int m = mentionAt(k);
      if (m >= 0 && ok(m)) return {m};
      if (m >= 0) k = mentions_[m].first;
    }
    return {};
  }
  if (name == "sentence_subject") {
    // "..., محمّلةً الجماعة المسؤولية": a participle shares the sentence's subject.
    for (uint32_t k = sb; k < t.first; ++k) {
      int m = mentionAt(k);
      if (m < 0) continue;
      if (ok(m)) return {m};
      k = mentions_[m].last - 1;
    }
    return {};
  }
  if (name == "after_clause") {
    // "In calls with X, Barrack said ...": the subject after a fronted phrase.
    for (uint32_t k = t.last; k < se && k - t.last < maxD + 6; ++k) {
      if (doc_.tokens[k].norm != ",") continue;
      for (uint32_t j = k + 1; j < se && j < k + 4; ++j) {
        int m = mentionAt(j);
        if (m >= 0) return ok(m) ? std::vector<int>{m} : std::vector<int>{};
      }
      break;
    }
    return {};
  }
  if (name == "adjacent_left") {
    uint32_t k = t.first;
    int gap = 0;
    // "the SPLM-N (SPLM-N) led by ...": past the name's bracketed acronym.
    if (k > sb + 2 && doc_.tokens[k - 1].norm == ")")
      for (uint32_t p = k - 1; p > sb && k - p < 6; --p)
        if (doc_.tokens[p - 1].norm == "(") { k = p - 1; break; }
    while (k > sb && gap < 3) {
      --k;
      int m = mentionAt(k);
      if (m >= 0) {
        if (!ok(m)) return {};
        // "Egyptian and Qatari mediators": the names coordinated before it too.
        std::vector<int> out{m};
        for (uint32_t f = mentions_[m].first; head && f > sb + 1;) {
          const std::string& n = doc_.tokens[f - 1].norm;
          if (n != "," && !L_.has(n, kConjunction)) break;
          int prev = mentionAt(f - 2);
          if (prev < 0 || !ok(prev) || mentions_[prev].type != mentions_[m].type) break;
          out.insert(out.begin(), prev);
          f = mentions_[prev].first;
        }
        return out;
      }
      if (!passable(k)) return {};
      ++gap;
    }
    return {};
  }
  if (name == "adjacent_right") {
    for (uint32_t k = t.last; k < se && k < t.last + 3; ++k) {
      int m = mentionAt(k);
      if (m >= 0) return ok(m) ? coordinated(m, rt, head) : std::vector<int>{};
      if (!passable(k)) return {};
    }
    return {};
  }
  if (name == "between") {
    uint32_t from = t.first > sb + 12 ? t.first - 12 : sb;
    for (uint32_t k = t.last; k < se && k < t.last + 5; ++k) {
      const WordInfo* w = word(k);
      if (!(w && w->isPrep("between"))) continue;
      for (uint32_t j = k + 1; j < se && j < k + 1 + kPrepLookahead; ++j) {
        int m = mentionAt(j);
        if (m >= 0) return ok(m) ? coordinated(m, rt, head) : std::vector<int>{};
        if (!passable(j)) break;
      }
    }
    for (uint32_t k = t.first; k > from;) {
      --k;
      const WordInfo* w = word(k);
      if (!(w && w->isPrep("between"))) continue;
      for (uint32_t j = k + 1; j < t.first && j <= k + kPrepLookahead; ++j) {
        int m = mentionAt(j);
        if (m >= 0) {
          auto list = ok(m) ? coordinated(m, rt, head) : std::vector<int>{};
          return list.size() >= 2 ? list : std::vector<int>{};
        }
        if (!passable(j)) break;
      }
      break;
    }
    return {};
  }
  if (name.starts_with("prep:")) {
    std::string cls = name.substr(5);
    bool anchor = other >= 0 && mentions_[other].first == t.first;
    uint32_t limit = anchor ? kAnchorDistance : maxD;
    if (const WordInfo* w = word(t.last - 1); w && (w->flags & kPreposition) && w->isPrep(cls) && t.last - t.first > 1) {
      for (uint32_t j = t.last; j < se && j < t.last + kPrepLookahead; ++j) {
        int x = mentionAt(j);
        if (x >= 0) {
          x = titled(x);
          if (ok(x)) return coordinated(x, rt, head);
          break;
        }
        if (!passableAfterPrep(j) && !annotAt(j, PhraseKind::Demonym) && !annotAt(j, PhraseKind::Title)) break;
      }
    }
    for (uint32_t k = t.last; k < se && k - t.last < limit; ++k) {
      if (clauseBreak(k)) break;
      // "accused X of targeting farmers ... backed by Y": another predicate's
      // phrases are its own (not so an adjective: "trapped civilians").
      if (art_.lang == Lang::En && k > t.last && annotAt(k, PhraseKind::Trigger) && !adjectival(k) &&
          !triggers(*annotAt(k, PhraseKind::Trigger), rt.name))
        break;
      int m = mentionAt(k);
      if (m >= 0) {
        if (mentions_[m].prep && mentions_[m].prep->isPrep(cls) && ok(m)) return coordinated(m, rt, head);
        // "a grip on El Fasher, the capital of North Darfur": a nearer name
        // behind another preposition of the rule's own slots is the argument.
        if (!head && slots_ && ok(m)) {
          const WordInfo* gov = mentions_[m].prep;
          uint32_t p = mentions_[m].first;
          if (!gov && p > t.last && has(p - 1, kDeterminer)) --p;
          if (!gov && p > t.last && word(p - 1) && (word(p - 1)->flags & kPreposition)) gov = word(p - 1);
          for (const auto& other : *slots_)
            if (gov && other.starts_with("prep:") && other != name && gov->isPrep(other.substr(5))) return {};
        }
        k = mentions_[m].last - 1;
        continue;
      }
      const WordInfo* w = word(k);
      if (!(w && (w->flags & kPreposition) && w->isPrep(cls))) continue;
      // "to the north of the city" places something relative to a name; it
      // does not name where one went.
      if (cls == "to") {
        uint32_t d = k + 1;
        if (d < se && has(d, kDeterminer)) ++d;
        if (d + 1 < se && has(d, kDirection) && isPrepOf(d + 1)) continue;
      }
      // "in more than 200 sites, including the towns of X": a preposition's
      // name may come after a few words, as long as no other name intervenes.
      uint32_t reach = anchor ? kPrepLookahead : kPrepLookahead + 3;
      for (uint32_t j = k + 1; j < se && j <= k + reach; ++j) {
        int x = mentionAt(j);
        if (x >= 0) {
          x = titled(x);
          if (ok(x)) return coordinated(x, rt, head);
          break;
        }
        if (clauseBreak(j) || (anchor && !passableAfterPrep(j))) break;
        // "accused X of targeting farmers ... their land": past another
        // predicate the name is that predicate's.
        if (art_.lang == Lang::En && annotAt(j, PhraseKind::Trigger) && !adjectival(j)) break;
      }
    }
    return {};
  }
  return {};
}

bool RelationFinder::negated(const Trigger& t) const {
  uint32_t sb = sentenceBegin(t.first);
  uint32_t from = t.first > sb + 5 ? t.first - 5 : sb;
  for (uint32_t k = from; k < t.first; ++k)
    if (L_.has(doc_.tokens[k].norm, kNegation) || L_.has(doc_.tokens[k].norm, kHypothetical)) return true;
  // "اتفاق لوقف الهجمات": a halt word governs the action it names, not the
  // agreement or the mediation around it.
  if (t.first > sb && has(t.first - 1, kHalt)) return true;
  return false;
}

bool RelationFinder::triggers(const Annotation& a, const std::string& relation) const {
  for (uint32_t r : a.rules)
    if (lx_.rules()[r].relation == relation) return true;
  return false;
}

bool RelationFinder::passive(const Trigger& t) const {
  // "brokered by", "led by": the agent follows the trigger itself.
  if (const WordInfo* w = word(t.last - 1); w && w->isPrep("by")) return true;
  uint32_t sb = sentenceBegin(t.first);
  for (uint32_t k = t.first; k > sb && t.first - k <= 3;) {
    --k;
    const std::string& n = doc_.tokens[k].norm;
    if (L_.has(n, kPassiveAux)) return true;
    if (!L_.has(n, kSkip) && !L_.has(n, kNegation)) return false;
  }
  return false;
}

void RelationFinder::emit(const RelationRule& /*rule*/, const RelationType& rt, const Trigger& t, int head, int tail,
                          bool neg) {
  const Mention& h = mentions_[head];
  const Mention& x = mentions_[tail];
  if (h.nodeId == x.nodeId) return;
  if (rt.containment && lx_.locationRank(h.kind) >= lx_.locationRank(x.kind)) return;
  if (neg && !opt_.keepNegated) return;
  ArticleEdge e;
  e.source = h.nodeId;
  e.target = x.nodeId;
  e.relation = rt.name;
  e.negated = neg;
  const Sentence& s = doc_.sentences[t.sentence];
  e.evidence.article = art_.id;
  e.evidence.sentence = t.sentence;
  e.evidence.begin = s.begin;
  e.evidence.end = s.end;
  e.evidence.text = std::string(doc_.raw(s.begin, s.end));
  e.evidence.date = art_.date;
  e.evidence.lang = art_.lang;
  e.evidence.trigger = std::string(doc_.raw(doc_.tokens[t.first].begin, doc_.tokens[t.last - 1].end));
  for (const auto& old : edges_)
    if (old.source == e.source && old.target == e.target && old.relation == e.relation &&
        old.evidence.sentence == e.evidence.sentence)
      return;
  edges_.push_back(std::move(e));
}

void RelationFinder::applyRule(const RelationRule& rule, const Trigger& t) {
  const RelationType* rt = lx_.relation(rule.relation);
  if (!rt) return;
  bool neg = negated(t);
  const auto* headSlots = &rule.head;
  const auto* tailSlots = &rule.tail;
  static const std::vector<std::string> kPassiveHead{"prep:by"}, kPassiveTail{"left"};
  bool isPassive = passive(t);
  if (isPassive) {
    headSlots = rule.passiveHead.empty() ? &kPassiveHead : &rule.passiveHead;
    tailSlots = rule.passiveTail.empty() ? &kPassiveTail : &rule.passiveTail;
  }
  // "a programme backed by the UNDP", "the SDF, backed by the US": a
  // participle qualifies the words right before it; without a name there,
  // nothing further left is its subject.
  std::vector<std::string> participleHead, participleTail;
  if (isPassive && art_.lang == Lang::En && t.first > 0) {
    const WordInfo* by = word(t.last - 1);
    bool aux = false;
    for (uint32_t k = t.first; k > 0 && t.first - k < 3 && !aux;) aux = has(--k, kPassiveAux);
    // "X, which is aligned with Y and commanded by Z": a participle
    // coordinated inside a relative clause still hangs on the clause's name.
    if (!aux && t.first > 0 && has(t.first - 1, kConjunction))
      for (uint32_t k = t.first; k > sentenceBegin(t.first) && t.first - k < 10 && !aux;) {
        --k;
        aux = has(k, kRelative);
        if (doc_.tokens[k].norm == ",") break;
      }
    if (by && by->isPrep("by") && !aux) {
      auto narrow = [](const std::vector<std::string>& slots, std::vector<std::string>& out) {
        for (const auto& s : slots) {
          if (s == "left" || s == "subject") {
            for (const char* n : {"adjacent_left", "appositive_left"})
              if (std::find(out.begin(), out.end(), n) == out.end()) out.emplace_back(n);
          } else {
            out.push_back(s);
          }
        }
      };
      narrow(*headSlots, participleHead);
      narrow(*tailSlots, participleTail);
      headSlots = &participleHead;
      tailSlots = &participleTail;
    }
  }
  // "condemned the strike": a noun after "the" has no subject of its own;
  // only a light verb lends it one ("launched an attack").
  std::vector<std::string> nominalHead;
  auto lightVerbBefore = [&](uint32_t k) {  // "carried out an air strike": past the verb's particle
    if (k > 0 && has(k, kVerbParticle)) --k;
    return has(k, kLightVerb) || has(k, kReporting);  // "said the redeployment ...": the left slot decides
  };
  if (art_.lang == Lang::En && !isPassive && rule.anchor.empty() && t.first >= 2 && has(t.first - 1, kDeterminer) &&
      !has(t.first - 1, kRelative) && !doc_.tokens[t.first - 1].has(kPossessive) && !lightVerbBefore(t.first - 2)) {
    for (const auto& s : *headSlots)
      if (s != "subject" && s != "left") nominalHead.push_back(s);
    headSlots = &nominalHead;
  }
  titleRule_ = rule.anchor == "title";
  if (!headSlots->empty() && headSlots->front() == "between") {
    auto pair = slot("between", t, *rt, true, -1);
    for (size_t i = 0; i < pair.size(); ++i)
      for (size_t j = i + 1; j < pair.size(); ++j) emit(rule, *rt, t, pair[i], pair[j], neg);
    if (pair.size() >= 2) return;
    headSlots = &rule.head;
  }
  // Heads first: in verb-first Arabic the subject follows the trigger and
  // the object comes after it.
  std::vector<int> heads;
  for (const auto& s : *headSlots) {
    if (s == "between") continue;
    heads = slot(s, t, *rt, true, -1);
    if (!heads.empty()) break;
  }
  if (heads.empty() && isPassive) {
    // "forces had been posted in X": no agent, the subject stays the head.
    headSlots = &rule.head;
    tailSlots = &rule.tail;
    for (const auto& s : *headSlots) {
      if (s == "between") continue;
      heads = slot(s, t, *rt, true, -1);
      if (!heads.empty()) break;
    }
  }
  if (heads.empty()) return;
  if (rule.anchor == "title") heads.resize(1);  // a title names one person
  for (int& h : heads) h = forceOf(h, *rt);
  std::vector<int> tails;
  exclude_ = heads;
  struct Reset { std::vector<int>& v; ~Reset() { v.clear(); } } reset{exclude_};
  slots_ = tailSlots;
  struct ResetSlots { const std::vector<std::string>*& p; ~ResetSlots() { p = nullptr; } } resetSlots{slots_};
  for (const auto& s : *tailSlots) {
    if (s == "parties") continue;
    tails = slot(s, t, *rt, false, heads.back());
    if (s == "between" && tails.size() < 2) tails.clear();
    if (!tails.empty()) break;
  }
  if (tails.empty() && rt->symmetric && heads.size() >= 2) {
    // "Hamas and Israel reached a deal": the coordinated subjects are the parties.
    for (size_t i = 0; i < heads.size(); ++i)
      for (size_t j = i + 1; j < heads.size(); ++j) emit(rule, *rt, t, heads[i], heads[j], neg);
    return;
  }
  if (tails.empty() && std::find(tailSlots->begin(), tailSlots->end(), "parties") != tailSlots->end()) {
    pending_.push_back({&rule, t, heads, neg});
    return;
  }
  for (int h : heads)
    for (int x : tails) emit(rule, *rt, t, h, x, neg);
}

void RelationFinder::applyAnchorRule(const RelationRule& rule) {
  const RelationType* rt = lx_.relation(rule.relation);
  if (!rt) return;
  for (size_t i = 0; i < mentions_.size(); ++i) {
    const Mention& m = mentions_[i];
    if (!eligible(static_cast<int>(i), *rt, true) || m.source == MentionSource::Anaphor) continue;
    Trigger t{m.first, m.last, m.sentence};
    for (const auto& s : rule.tail) {
      auto tails = slot(s, t, *rt, false, static_cast<int>(i));
      for (int x : tails) emit(rule, *rt, t, static_cast<int>(i), x, false);
      if (!tails.empty()) break;
    }
  }
}

// "Hezbollah's Radwan Force", "al-Qaeda's affiliate": an organisation owned
// by another actor belongs to it. A country owns only its institutions:
// "Sudan's RSF" says where the group is from, not whom it answers to.
void RelationFinder::applyPossessiveRule(const RelationRule& rule) {
  const RelationType* rt = lx_.relation(rule.relation);
  if (!rt) return;
  for (size_t i = 0; i < mentions_.size(); ++i) {
    const Mention& y = mentions_[i];
    if (y.type != EntityType::Actor || y.kind == "person" || y.source == MentionSource::Anaphor ||
        y.source == MentionSource::Role || y.first < 2 || !eligible(static_cast<int>(i), *rt, true))
      continue;
    if (!doc_.tokens[y.first - 1].has(kPossessive) || doc_.tokens[y.first - 1].sentence != y.sentence) continue;
    int x = mentionAt(y.first - 2);
    if (x < 0 || mentions_[x].last != y.first - 1 || mentions_[x].nodeId == y.nodeId) continue;
    const Mention& owner = mentions_[x];
    // "the group's Radwan Force" is owned as the group's antecedent is; a
    // role owner ("the army's") is too vague to say whose.
    if (owner.source == MentionSource::Role || (owner.source == MentionSource::Anaphor && owner.last - owner.first < 2)) continue;
    Trigger t{y.first - 1, y.first, y.sentence};
    if (owner.kind == "person") {
      // "Haftar's Libyan National Army": a person's force is the one they lead.
      const RelationType* lead = rule.personOwnerRelation.empty() ? nullptr : lx_.relation(rule.personOwnerRelation);
      if (lead && eligible(x, *lead, true) && eligible(static_cast<int>(i), *lead, false))
        emit(rule, *lead, t, x, static_cast<int>(i), false);
      continue;
    }
    if (owner.kind == "country" && !rule.stateOwnerKinds.count(y.kind)) continue;
    if (owner.type != EntityType::Actor && owner.kind != "country") continue;
    if (!eligible(x, *rt, false)) continue;
    emit(rule, *rt, t, static_cast<int>(i), x, false);
  }
}

// "al-Burhan said his troops had withdrawn": a leader's troops are the
// force he leads, as an earlier title or "led by" in the article said.
int RelationFinder::forceOf(int m, const RelationType& rt) const {
  const Mention& x = mentions_[m];
  if (x.source != MentionSource::Anaphor || x.kind != "person" || x.last >= doc_.tokens.size() ||
      !has(x.last, kMember))
    return m;
  int force = leaderForce(m, rt);
  return force >= 0 ? force : m;
}

// Relations an armed force, not its leader in person, carries out: the
// ontology's movement and control families.
bool RelationFinder::movement(const RelationType& rt) const {
  return rt.family == "movement" || rt.family == "control";
}

// The force person m leads, as a title or "led by" earlier in the article
// said; -1 when none fits rt's head.
int RelationFinder::leaderForce(int m, const RelationType& rt) const {
  const Mention& x = mentions_[m];
  for (const auto& e : edges_) {
    if (e.source != x.nodeId || e.relation != "leads") continue;
    // Any mention of the force will do ("Army" in "Army chief X" too): only
    // its type and kind must fit the relation.
    for (size_t i = 0; i < mentions_.size(); ++i) {
      const Mention& f = mentions_[i];
      if (f.nodeId == e.target && !f.dropped && rt.head.count(f.type) && (rt.headKinds.empty() || rt.headKinds.count(f.kind)))
        return static_cast<int>(i);
    }
  }
  return -1;
}

std::vector<ArticleEdge> RelationFinder::find() {
  for (size_t ai = 0; ai < annots_.size(); ++ai) {
    const Annotation& a = annots_[ai];
    if (tokenAnnot_[a.first] != static_cast<int>(ai)) continue;  // consumed by a role or name
    Trigger t{a.first, a.last, doc_.tokens[a.first].sentence};
    if (a.hit.kind == PhraseKind::Trigger) {
      for (uint32_t r : a.rules) applyRule(lx_.rules()[r], t);
    } else if (a.hit.kind == PhraseKind::Title) {
      const Title& title = L_.titles[a.hit.index & 0x7FFFFFFFu];
      for (const auto& rule : lx_.rules()) {
        if (rule.anchor != "title" || (rule.lang && *rule.lang != art_.lang)) continue;
        RelationRule r = rule;
        r.relation = title.relation;
        size_t before = edges_.size();
        applyRule(r, t);
        if (title.relationForState.empty()) continue;
        for (size_t e = before; e < edges_.size(); ++e) {
          auto target = std::find_if(mentions_.begin(), mentions_.end(), [&](const Mention& m) { return m.nodeId == edges_[e].target; });
          if (target != mentions_.end() && (target->kind == "country" || target->kind == "state")) edges_[e].relation = title.relationForState;
        }
      }
    }
  }
  for (const auto& rule : lx_.rules())
    if (rule.anchor == "location") applyAnchorRule(rule);
    else if (rule.anchor == "possessive") applyPossessiveRule(rule);
  resolveParties();
  // Groups named after their patron are affiliated with it.
  if (const RelationType* aff = lx_.relation("affiliated_with")) {
    for (size_t i = 0; i < mentions_.size(); ++i) {
      const Mention& m = mentions_[i];
      if (m.patron < 0 || m.dropped || m.nodeId.empty()) continue;
      Trigger t{m.first, m.last, m.sentence};
      emit(lx_.rules().front(), *aff, t, static_cast<int>(i), m.patron, false);
    }
  }
  return std::move(edges_);
}

// "a truce between X and Y, mediated by Z": a mediator whose parties were
// not next to it mediated for the two ends of the symmetric relations
// (agreement, clash) stated in the same sentence.
void RelationFinder::resolveParties() {
  for (const auto& p : pending_) {
    const RelationType* rt = lx_.relation(p.rule->relation);
    std::vector<std::string> parties;
    for (const auto& e : edges_) {
      const RelationType* et = lx_.relation(e.relation);
      if (!et || !et->symmetric || e.evidence.sentence != p.trigger.sentence) continue;
      for (const auto& id : {e.source, e.target})
        if (std::find(parties.begin(), parties.end(), id) == parties.end()) parties.push_back(id);
    }
    // "The SDF began withdrawing ... under a deal brokered by Barrack": with
    // no deal or clash between named sides, the armed or governing actors
    // the sentence names are the parties. English only: Arabic sentences
    // chain clauses with و and name too many actors for this to hold.
    if (parties.empty() && art_.lang == Lang::En) {
      static const std::set<std::string> kPartyKinds{"armed_group", "government", "state"};
      for (const auto& m : mentions_) {
        if (m.sentence != p.trigger.sentence || m.dropped || m.nodeId.empty() || m.type != EntityType::Actor ||
            !kPartyKinds.count(m.kind))
          continue;
        bool mediator = false;
        for (int h : p.heads) mediator = mediator || mentions_[h].nodeId == m.nodeId;
        if (!mediator && std::find(parties.begin(), parties.end(), m.nodeId) == parties.end()) parties.push_back(m.nodeId);
      }
    }
    for (int h : p.heads)
      for (const auto& id : parties) {
        auto m = std::find_if(mentions_.begin(), mentions_.end(), [&](const Mention& x) { return x.nodeId == id && !x.dropped; });
        if (m != mentions_.end() && eligible(static_cast<int>(m - mentions_.begin()), *rt, false))
          emit(*p.rule, *rt, p.trigger, h, static_cast<int>(m - mentions_.begin()), p.negated);
      }
  }
}

}  // namespace akg
