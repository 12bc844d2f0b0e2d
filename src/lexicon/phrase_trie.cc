#include "lexicon/phrase_trie.h"

namespace akg {

PhraseTrie::PhraseTrie() { hits_.emplace_back(); }

uint32_t PhraseTrie::intern(const std::string& token) {
  auto [it, inserted] = vocab_.emplace(token, static_cast<uint32_t>(vocab_.size()));
  return it->second;
}

uint32_t PhraseTrie::tokenId(std::string_view norm) const {
  auto it = vocab_.find(norm);
  return it == vocab_.end() ? kNone : it->second;
}

uint32_t PhraseTrie::step(uint32_t node, uint32_t tokenId) const {
  if (tokenId == kNone) return kNone;
  auto it = next_.find((static_cast<uint64_t>(node) << 32) | tokenId);
  return it == next_.end() ? kNone : it->second;
}

void PhraseTrie::add(const std::vector<std::string>& tokens, const PhraseHit& hit) {
  if (tokens.empty()) return;
  uint32_t node = 0;
  for (const auto& t : tokens) {
    uint64_t key = (static_cast<uint64_t>(node) << 32) | intern(t);
    auto it = next_.find(key);
    if (it == next_.end()) {
      auto id = static_cast<uint32_t>(hits_.size());
      hits_.emplace_back();
      it = next_.emplace(key, id).first;
    }
    node = it->second;
  }
  for (const auto& h : hits_[node])
    if (h.kind == hit.kind && h.index == hit.index) return;
  hits_[node].push_back(hit);
  ++phrases_;
}

}  // namespace akg
