// Typed edges from trigger words and their argument slots. A rule
// (graph_schemas/relations.json) names the relation, the trigger words per
// language and, for head and tail, the slots to look in ("subject",
// "object", "prep:from", "between", ...). Slots are the language-neutral
// part: prepositions are word classes of the language files, so one rule
// serves English and Arabic.
#pragma once
#include <vector>

#include "extract/article_graph.h"
#include "extract/extractor.h"
#include "extract/mention.h"

namespace akg {

class RelationFinder {
 public:
  RelationFinder(const Lexicon& lx, const LangData& lang, const ExtractOptions& opt, const Document& doc,
                 const std::vector<Mention>& mentions, const std::vector<Annotation>& annots,
                 const std::vector<int>& tokenMention, const std::vector<int>& tokenAnnot, const Article& article);
  std::vector<ArticleEdge> find();

 private:
  struct Trigger {
    uint32_t first, last;
    uint32_t sentence;
  };
  std::vector<int> slot(const std::string& name, const Trigger& t, const RelationType& rt, bool head, int other) const;
  std::vector<int> coordinated(int m, const RelationType& rt, bool head) const;
  bool eligible(int m, const RelationType& rt, bool head) const;
  bool negated(const Trigger& t) const;
  bool passive(const Trigger& t) const;
  void emit(const RelationRule& rule, const RelationType& rt, const Trigger& t, int head, int tail, bool neg);
  void applyRule(const RelationRule& rule, const Trigger& t);
  void applyAnchorRule(const RelationRule& rule);
  void applyPossessiveRule(const RelationRule& rule);
  void addTitleFacts();
  bool clauseBreak(uint32_t k) const;
  bool adjectival(uint32_t k) const;
  uint32_t sentenceBegin(uint32_t k) const;
  uint32_t sentenceEnd(uint32_t k) const;
  int mentionAt(uint32_t k) const;
  int personAfterTitle(int m) const;
  int forceOf(int m, const RelationType& rt) const;  // "his troops": the force the person leads
  int leaderForce(int m, const RelationType& rt) const;
  bool movement(const RelationType& rt) const;
  bool triggers(const Annotation& a, const std::string& relation) const;  // a trigger of that relation
  const Annotation* annotAt(uint32_t k, PhraseKind kind) const {
    if (k >= tokenAnnot_.size() || tokenAnnot_[k] < 0 || annots_[tokenAnnot_[k]].hit.kind != kind) return nullptr;
    return &annots_[tokenAnnot_[k]];
  }  // "Turkish President Erdogan": Erdogan for the mention "Turkish"
  const WordInfo* word(uint32_t k) const;  // function word, looked up behind an Arabic و/ف too
  const WordInfo* lookupWord(uint32_t k) const;
  std::vector<const WordInfo*> words_;     // word() of every token, computed once
  bool has(uint32_t k, WordFlag f) const;
  bool isPrepOf(uint32_t k) const { const WordInfo* w = word(k); return w && w->isPrep("of"); }
  void resolveParties();

  struct Pending {
    const RelationRule* rule;
    Trigger trigger;
    std::vector<int> heads;
    bool negated;
  };
  std::vector<Pending> pending_;
  std::vector<int> exclude_;  // heads of the rule being applied: never its tails
  const std::vector<std::string>* slots_ = nullptr;  // tail slots of the rule being applied
  bool placeComplement(int m) const;
  bool governedByPreposition(int m) const;
  bool titleModifier(int m) const;
  bool personAfter(uint32_t k) const;
  bool titleRule_ = false;  // the rule being applied comes from a title word

  const Lexicon& lx_;
  const LangData& L_;
  const ExtractOptions& opt_;
  const Document& doc_;
  const std::vector<Mention>& mentions_;
  const std::vector<Annotation>& annots_;
  const std::vector<int>& tokenMention_;
  const std::vector<int>& tokenAnnot_;
  const Article& art_;
  std::vector<ArticleEdge> edges_;
};

}  // namespace akg
