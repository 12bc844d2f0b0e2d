// Hashing for unordered containers keyed by std::string that can be probed
// with a std::string_view without building a temporary string (C++20
// heterogeneous lookup): the lexicon is probed once per token.
#pragma once
#include <functional>
#include <string>
#include <string_view>

namespace akg {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct StringEqual {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return a == b; }
};

}  // namespace akg
