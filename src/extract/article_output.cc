// From resolved mentions and edges to the ArticleGraph, and the --explain trace.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "extract/article_run.h"

namespace akg {

using detail::hitPriority;
using detail::skipLetters;

ArticleGraph ArticleRun::build(std::vector<ArticleEdge> edges) {
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
      // A pronoun may be the first mention ("our people" before the KRG is
      // named): the node's label comes from its entity or a real name.
      const GazEntity* known = m.entity >= 0 ? &lx_.entities()[m.entity] : lx_.entity(m.nodeId);
      if (known) {
        const GazEntity& ge = *known;
        n.label = ge.label();
        n.inGazetteer = true;
        n.coords = ge.coords;
        n.type = ge.type;
        n.kind = ge.kind;
      } else if (m.source == MentionSource::Role) {
        n.label = synthesizedRoleLabel(m.nodeId, Lang::En);
      } else {
        if (m.source != MentionSource::Anaphor) n.label = m.surface;
        else if (std::string role = synthesizedRoleLabel(m.nodeId, Lang::En); role != m.nodeId) n.label = role;
        if (m.nodeId.starts_with("x:")) n.translitKey = m.nodeId.substr(2);
      }
      it = index.emplace(m.nodeId, g.nodes.size()).first;
      g.nodes.push_back(std::move(n));
    }
    ArticleNode& n = g.nodes[it->second];
    if (m.source != MentionSource::Anaphor) {
      if (n.label.empty()) n.label = m.surface;
      ++n.mentions;
      if (std::find(n.aliases.begin(), n.aliases.end(), m.surface) == n.aliases.end()) n.aliases.push_back(m.surface);
    }
  }
  for (auto& n : g.nodes) {
    if (n.label.empty()) n.label = n.aliases.empty() ? n.id : n.aliases.front();
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
void ArticleRun::addImpliedContainment(ArticleGraph& g, const std::map<std::string, size_t>& index) {
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
std::string ArticleRun::synthesizedRoleLabel(const std::string& id, Lang lang) const {
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

}  // namespace akg
