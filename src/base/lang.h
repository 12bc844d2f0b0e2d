// Article languages akg extracts from. Unknown is a detection outcome, never
// a lexicon language.
#pragma once
#include <optional>
#include <string_view>

namespace akg {

enum class Lang { En, Ar };

constexpr std::string_view toString(Lang l) { return l == Lang::En ? "en" : "ar"; }

inline std::optional<Lang> parseLang(std::string_view s) {
  if (s == "en") return Lang::En;
  if (s == "ar") return Lang::Ar;
  return std::nullopt;
}

}  // namespace akg
