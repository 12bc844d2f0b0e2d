// A span of an article that names (or points back to) an actor or location,
// and the working state extraction keeps about one article.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extract/article_graph.h"
#include "lexicon/lexicon.h"
#include "text/document.h"

namespace akg {

enum class MentionSource : uint8_t { Gazetteer, Cue, Person, Role, Demonym, Alias, ShortForm, Anaphor, Capitalised };

struct Mention {
  uint32_t first = 0, last = 0;  // token range [first, last)
  uint32_t sentence = 0;
  uint32_t begin = 0, end = 0;   // bytes as written, clitics excluded
  EntityType type = EntityType::Actor;
  std::string kind;
  MentionSource source = MentionSource::Capitalised;
  int entity = -1;               // gazetteer index, when known
  std::string nodeId;            // canonical node id after resolution
  std::string surface;           // as written, without attached clitics
  std::string prepClass;         // preposition attached as a clitic (Arabic ب = "in")
  const WordInfo* prep = nullptr;  // that preposition's word entry (all its classes)
  bool conjoined = false;        // starts with an attached "و"
  std::string title;             // normalised title word next to a person ("governor")
  int antecedent = -1;           // anaphors: index of the mention they resolve to
  std::vector<int> antecedents;  // plural anaphors ("the two neighbourhoods")
  bool dropped = false;          // filtered out after resolution
  int patron = -1;               // "Damascus-affiliated factions": the mention they are affiliated with
  std::pair<uint32_t, uint32_t> patronSpan{0, 0};  // the patron's tokens, kept across re-sorting
};

// Non-entity annotations on tokens: triggers, titles, cues, roles, anaphors.
struct Annotation {
  uint32_t first = 0, last = 0;
  PhraseHit hit;
  std::vector<uint32_t> rules;   // triggers: every rule the phrase triggers ("evacuated": withdrew_from and moved_to)
  std::string prepClass;         // attached preposition
  bool conjoined = false;
  bool suffixed = false;         // matched after removing a pronoun suffix ("رئيستها")
};

}  // namespace akg
