// State roles ("the army", "القوات الحكومية") and demonyms ("Syrian", "مصرية").
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "extract/article_run.h"

namespace akg {

using detail::hitPriority;
using detail::skipLetters;

// The country a demonym token names ("Syrian", "السوداني"); peoples
// ("Kurdish") have no state institutions to resolve to.
int ArticleRun::countryOfDemonym(uint32_t i) const {
  auto* a = annotAt(i, PhraseKind::Demonym);
  if (!a || lx_.entities()[a->hit.extra].kind != "country") return -1;
  return static_cast<int>(a->hit.extra);
}

int ArticleRun::countryMentionAt(uint32_t i) const {
  if (i >= doc_.tokens.size() || tokenMention_[i] < 0) return -1;
  const Mention& m = mentions_[tokenMention_[i]];
  if (m.entity < 0 || lx_.entities()[m.entity].kind != "country") return -1;
  return m.entity;
}

void ArticleRun::computeFocusCountry() {
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

void ArticleRun::recogniseRolesAndDemonyms() {
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
      // "the military spokesman of the group": the title's "of" names whose
      // military it is, not the country the article is about.
      if (const Annotation* t = annotAt(last, PhraseKind::Title); t && t->last < doc_.tokens.size() && isOf(t->last))
        continue;
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
      // Walk right over other demonyms to the trigger: "Egyptian and Qatari
      // mediators", "US-Qatari mediation".
      uint32_t k = a.last;
      for (uint32_t steps = 0; k < doc_.tokens.size() && steps < 6; ++steps) {
        if (tok(k).norm == "-" || tok(k).norm == "," || is(k, kConjunction) ||
            (annotAt(k, PhraseKind::Demonym) && !annotAt(k, PhraseKind::Trigger))) {
          k = annotAt(k, PhraseKind::Demonym) ? annotAt(k, PhraseKind::Demonym)->last : k + 1;
          continue;
        }
        break;
      }
      nextToTrigger = k < doc_.tokens.size() && annotAt(k, PhraseKind::Trigger) != nullptr &&
                      (k == a.last || (k > 0 && (annotAt(k - 1, PhraseKind::Demonym) || tokenMention_[k - 1] >= 0)));
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
void ArticleRun::addDemonymMention(const Annotation& a) {
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

}  // namespace akg
