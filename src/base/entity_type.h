// The two kinds of graph node: actors (who acts) and locations (where).
#pragma once
#include <optional>
#include <string_view>

namespace akg {

enum class EntityType { Actor, Location };

constexpr std::string_view toString(EntityType t) { return t == EntityType::Actor ? "actor" : "location"; }

inline std::optional<EntityType> parseEntityType(std::string_view s) {
  if (s == "actor") return EntityType::Actor;
  if (s == "location") return EntityType::Location;
  return std::nullopt;
}

}  // namespace akg
