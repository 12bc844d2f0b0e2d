// Resolution: canonical node ids, metonymy, aliases and anaphors.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "extract/article_run.h"

namespace akg {

using detail::hitPriority;
using detail::skipLetters;

void ArticleRun::recogniseAnaphors() {
  for (size_t ai = 0; ai < annots_.size(); ++ai) {
    const Annotation& a = annots_[ai];
    if (a.hit.kind != PhraseKind::Anaphor || tokenAnnot_[a.first] != static_cast<int>(ai)) continue;
    const Anaphor& an = L_.anaphors[a.hit.index & ~kArabicIndex];
    if (a.last < sentenceEnd(a.first) && an.notBefore.count(tok(a.last).norm)) continue;
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
  recogniseModifiedDescriptors();
}

// "the tribal alliance", "the paramilitary group": a descriptor with an
// adjective between "the" and its noun points back like "the alliance".
void ArticleRun::recogniseModifiedDescriptors() {
  if (art_.lang != Lang::En) return;  // Arabic adjectives follow the noun the trie already matched
  const auto& trie = lx_.trie();
  for (uint32_t k = 2; k < doc_.tokens.size(); ++k) {
    const Token& adj = tok(k - 1);
    if (tok(k - 2).norm != "the" || tok(k - 2).sentence != tok(k).sentence) continue;
    if (tokenMention_[k] >= 0 || tokenMention_[k - 1] >= 0 || tokenMention_[k - 2] >= 0) continue;
    if (!adj.has(kLatin) || adj.has(kCapital) || isPunct(k - 1) || tokenAnnot_[k - 1] >= 0 ||
        L_.has(adj.norm, kStop) || L_.has(adj.norm, kMember))
      continue;
    if (tokenAnnot_[k] >= 0 && annots_[tokenAnnot_[k]].hit.kind != PhraseKind::Cue) continue;
    uint32_t n = trie.step(trie.root(), trie.tokenId("the"));
    if (n != PhraseTrie::kNone) n = trie.step(n, trie.tokenId(tok(k).norm));
    if (n == PhraseTrie::kNone) continue;
    const PhraseHit* hit = nullptr;
    for (const auto& h : trie.hits(n))
      if (h.kind == PhraseKind::Anaphor && L_.anaphors[h.index & ~kArabicIndex].descriptorOnly) hit = &h;
    if (!hit) continue;
    Annotation a;
    a.first = k - 2;
    a.last = k + 1;
    a.hit = *hit;
    annots_.push_back(a);
    Mention m;
    m.first = k - 2;
    m.last = k + 1;
    m.sentence = tok(k).sentence;
    m.begin = tok(k - 2).begin;
    m.end = tok(k).end;
    m.type = L_.anaphors[hit->index & ~kArabicIndex].type.value_or(EntityType::Actor);
    m.source = MentionSource::Anaphor;
    m.surface = surfaceOf(k - 2, k + 1, m.begin);
    m.title = std::to_string(annots_.size() - 1);
    for (uint32_t j = k - 2; j <= k; ++j) tokenAnnot_[j] = -1;
    addMention(std::move(m));
  }
}

// The title the word at token k is, if the trie knows it as one.
std::optional<PhraseHit> ArticleRun::titleHit(uint32_t k) const {
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

void ArticleRun::reindex() {
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
    m.patron = it == bySpan.end() ? -1 : it->second;
  }
}

bool ArticleRun::afterLocationPreposition(const Mention& m) const {
  auto isPlacePrep = [](const std::string& c) { return c == "in" || c == "from" || c == "to" || c == "near" || c == "at"; };
  if (!m.prepClass.empty()) return isPlacePrep(m.prepClass);
  if (m.first == 0) return false;
  uint32_t p = m.first - 1;
  if (is(p, kDeterminer) && p > 0) --p;
  const WordInfo* w = word(p);
  if (w && (w->flags & kPreposition) && isPlacePrep(w->prepClass)) return true;
  // "جنوبي العاصمة", "north of the capital": a direction names a place.
  if (is(p, kDirection) && tokenMention_[p] < 0) return true;
  if (isOf(p) && p > 0 && is(p - 1, kDirection)) return true;
  return false;
}

void ArticleRun::resolve() {
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
  // "the Iran-aligned group" (one group, definite) is a group named before,
  // described by its patron; it stays affiliated with the patron.
  for (size_t i = 0; i < mentions_.size(); ++i) {
    Mention& m = mentions_[i];
    if (m.patron < 0 || m.first == 0 || !L_.has(tok(m.first - 1).norm, kDeterminer)) continue;
    const std::string& noun = tok(m.last - 1).norm;
    if (noun.empty() || noun.back() == 's' || !tok(m.last - 1).has(kLatin)) continue;
    for (int j = static_cast<int>(i) - 1; j >= 0; --j) {
      const Mention& r = mentions_[j];
      if (m.sentence > r.sentence + 3) break;
      if (r.dropped || r.nodeId.empty() || r.patron >= 0 || j == m.patron || r.source == MentionSource::Anaphor ||
          r.source == MentionSource::Role ||
          r.type != EntityType::Actor || r.kind != m.kind || r.nodeId == mentions_[m.patron].nodeId)
        continue;
      m.nodeId = r.nodeId;
      m.entity = r.entity;
      break;
    }
  }
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

void ArticleRun::resolveAnaphors() {
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
        if (r.dropped || dateline(r) || r.nodeId.empty() || r.source == MentionSource::Anaphor) continue;
        if (an.type && r.type != *an.type) continue;
        if (an.descriptorOnly && m.sentence > r.sentence + 6) break;
        bool described = false;
        for (uint32_t k = r.first > 2 ? r.first - 2 : 0; k < r.last && !described; ++k) {
          const std::string& n = tok(k).norm;
          described = n == noun || (n.size() > noun.size() && n.ends_with(noun) && n.starts_with(al));
        }
        // The text's own word outranks the gazetteer's kind: "مدينة بارا" is
        // "المدينة" even where the gazetteer lists Bara as a town.
        bool settlement = r.kind == "city" || r.kind == "town";
        bool kindFits = an.kinds.empty() || an.kinds.count(r.kind) ||
                        (described && settlement && (an.kinds.count("city") || an.kinds.count("town")));
        if (described && kindFits) { found.push_back(j); break; }
      }
    }
    // "withdrew from their headquarters there": of the places the nearest
    // sentence names, the finest ("Seiyun, the main city of the Wadi
    // Hadramawt valley": Seiyun).
    if (found.empty() && an.type == EntityType::Location && an.kinds.size() > 1 && an.count == 1) {
      int best = -1;
      for (int j = static_cast<int>(i) - 1; j >= 0; --j) {
        const Mention& r = mentions_[j];
        if (best >= 0 && r.sentence != mentions_[best].sentence) break;
        if (m.sentence > r.sentence + 1) break;
        if (r.dropped || dateline(r) || r.nodeId.empty() || r.source == MentionSource::Anaphor || r.type != EntityType::Location ||
            !an.kinds.count(r.kind))
          continue;
        if (best < 0 || lx_.locationRank(r.kind) < lx_.locationRank(mentions_[best].kind)) best = j;
      }
      if (best >= 0) found.push_back(best);
    }
    for (int j = static_cast<int>(i) - 1; j >= 0 && static_cast<int>(found.size()) < an.count && !an.descriptorOnly; --j) {
      const Mention& r = mentions_[j];
      if (r.dropped || dateline(r) || r.nodeId.empty() || r.source == MentionSource::Anaphor) continue;
      if (m.sentence > r.sentence + 2) break;
      if (an.type && r.type != *an.type) continue;
      if (!an.kinds.empty() && !an.kinds.count(r.kind)) continue;
      if (!an.title.empty() && r.title != an.title && !titledAs(r, an.title)) continue;
      if (an.nonState && stateInstitution(r)) continue;
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

// "الخرطوم –", "ADEN, Feb 2 –": the dateline names where the article was
// filed, not a place the text points back to.
bool ArticleRun::dateline(const Mention& m) const {
  if (m.first != 0 || m.last >= doc_.tokens.size()) return false;
  const std::string& n = tok(m.last).norm;
  return n == "-" || n == "," || n == "(" || n == "\xE2\x80\x93";
}

// A state's army, ministry or agency: gazetteer entities with a role, and
// roles such as "the army" resolved to a country.
bool ArticleRun::stateInstitution(const Mention& m) const {
  if (m.source == MentionSource::Role) return true;
  const GazEntity* g = m.entity >= 0 ? &lx_.entities()[m.entity] : lx_.entity(m.nodeId);
  return g && !g->role.empty();
}

// "In calls with Turkish President Erdogan, Barrack said": Erdogan is not
// the subject a later "he" refers to.
bool ArticleRun::insidePrepositionalPhrase(const Mention& m) const {
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
bool ArticleRun::titledAs(const Mention& person, const std::string& title) const {
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
std::string ArticleRun::explain() const {
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

}  // namespace akg
