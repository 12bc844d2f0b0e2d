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

namespace {
inline uint64_t mix(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  return k;
}
}  // namespace

uint32_t PhraseTrie::step(uint32_t node, uint32_t tokenId) const {
  if (tokenId == kNone) return kNone;
  uint64_t key = (static_cast<uint64_t>(node) << 32) | tokenId;
  if (!table_.empty()) {
    for (uint64_t i = mix(key) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = table_[i];
      if (s.key == key) return s.node;
      if (s.key == UINT64_MAX) return kNone;
    }
  }
  auto it = next_.find(key);
  return it == next_.end() ? kNone : it->second;
}

void PhraseTrie::freeze() {
  size_t size = 16;
  while (size < next_.size() * 2) size <<= 1;
  table_.assign(size, Slot{});
  mask_ = size - 1;
  for (const auto& [key, node] : next_) {
    uint64_t i = mix(key) & mask_;
    while (table_[i].key != UINT64_MAX) i = (i + 1) & mask_;
    table_[i] = Slot{key, node};
  }
}

void PhraseTrie::add(const std::vector<std::string>& tokens, const PhraseHit& hit) {
  if (tokens.empty()) return;
  table_.clear();
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
