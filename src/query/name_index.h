// Finds graph nodes by a name as an analyst types it: any label, Arabic
// label, alias or id, compared after normalizeName(). Built once over a graph
// and read-only afterwards; it holds vertex descriptors, so the graph must not
// gain or lose vertices while the index is in use.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.h"

namespace akg::query {

// The matching key of a name: NFKC casefold; Latin diacritics, Arabic
// tashkeel and tatweel removed; alef forms (أ إ آ ٱ) -> ا, ى -> ي, ة -> ه;
// apostrophes dropped, other punctuation and spaces collapsed to one space;
// a leading "the", "al" (al-, al ) or ال dropped when something follows.
// "The Syrian Democratic Forces" -> "syrian democratic forces",
// "الأشرفيّة" -> "اشرفيه", "al-Ghareeb" -> "ghareeb".
std::string normalizeName(std::string_view name);

struct NameMatch {
  enum class Status { Unique, Ambiguous, Unknown };
  Status status = Status::Unknown;
  std::vector<Vertex> candidates;  // Unique: one vertex; Ambiguous: every candidate, in graph order
  std::string how;                 // "id", "exact", "clitic", "prefix" or "token": the step that matched

  struct Suggestion {
    std::string name;  // the label or alias as written in the graph
    Vertex vertex;
    size_t distance;   // edit distance between normalised keys, in code points
  };
  std::vector<Suggestion> suggestions;  // Unknown: the closest names, nearest first (at most 5)
};

class NameIndex {
 public:
  explicit NameIndex(const KnowledgeGraph& kg);

  // Tries, in order, stopping at the first step that finds any node:
  //   1. the node id as written;  2. the normalised key of any label/alias/id;
  //   3. the same after removing an Arabic proclitic (و ف ب ك ل, لل);
  //   4. keys starting with the query;  5. keys containing every query token.
  // One node is Unique, several Ambiguous; nothing at all gives suggestions.
  NameMatch lookup(std::string_view name) const;

  size_t keyCount() const { return entries_.size(); }

 private:
  struct Entry {
    std::string key;       // normalizeName(name)
    uint32_t name;         // index into names_
    Vertex vertex;
  };
  std::vector<std::string> names_;                         // names as written
  const KnowledgeGraph& kg_;                               // for ids
  std::vector<Entry> entries_;                             // sorted by key
  std::vector<std::pair<std::string, uint32_t>> tokens_;   // (token, entry index), sorted

  std::vector<Vertex> exact(const std::string& key) const;
  std::vector<Vertex> prefixed(const std::string& key) const;
  std::vector<Vertex> tokenMatches(const std::string& key) const;
  std::vector<NameMatch::Suggestion> suggest(const std::string& key) const;
};

}  // namespace akg::query
