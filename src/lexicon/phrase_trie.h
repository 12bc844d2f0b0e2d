// A trie over normalised tokens: multi-word names, triggers, cues and titles
// are found by walking token ids, one hash lookup per token, instead of
// running a pattern per phrase over every sentence.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/string_hash.h"

namespace akg {

enum class PhraseKind : uint8_t { Entity, Trigger, Cue, Title, Role, Anaphor, Demonym, GivenName };

struct PhraseHit {
  PhraseKind kind;
  uint32_t index;          // into the Lexicon table of that kind
  bool upperOnly = false;  // matches only text written in capitals (acronyms)
  bool anyCase = false;    // a common-noun name ("international mediators") needs no capital
  uint32_t extra = 0;      // Demonym: entity index; Entity: alias number
};

class PhraseTrie {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  PhraseTrie();
  // Adds a phrase given as normalised tokens.
  void add(const std::vector<std::string>& tokens, const PhraseHit& hit);

  uint32_t tokenId(std::string_view norm) const;
  uint32_t root() const { return 0; }
  uint32_t step(uint32_t node, uint32_t tokenId) const;
  // Packs the transitions into one open-addressing table: step() is the hot
  // path of extraction. Called once the lexicon is loaded; add() undoes it.
  void freeze();
  const std::vector<PhraseHit>& hits(uint32_t node) const { return hits_[node]; }
  size_t phraseCount() const { return phrases_; }

 private:
  uint32_t intern(const std::string& token);
  std::unordered_map<std::string, uint32_t, StringHash, StringEqual> vocab_;
  std::unordered_map<uint64_t, uint32_t> next_;
  struct Slot {
    uint64_t key = UINT64_MAX;
    uint32_t node = 0;
  };
  std::vector<Slot> table_;  // frozen transitions, size a power of two
  uint64_t mask_ = 0;
  std::vector<std::vector<PhraseHit>> hits_;
  size_t phrases_ = 0;
};

}  // namespace akg
