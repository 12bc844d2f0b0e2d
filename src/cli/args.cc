#include "cli/args.h"

namespace akg::cli {

bool Args::flag(std::initializer_list<const char*> names) {
  if (done()) return false;
  if (args_[pos_] == "--") { onlyPositionals_ = true; ++pos_; return false; }
  for (const char* n : names)
    if (args_[pos_] == n) { ++pos_; return true; }
  return false;
}

std::optional<std::string> Args::option(std::initializer_list<const char*> names) {
  if (done() || onlyPositionals_) return std::nullopt;
  const std::string& a = args_[pos_];
  for (const char* n : names) {
    std::string name = n;
    if (a == name) {
      if (pos_ + 1 >= args_.size()) throw UsageError("option " + name + " needs a value");
      pos_ += 2;
      return args_[pos_ - 1];
    }
    if (a.rfind(name + "=", 0) == 0) {
      ++pos_;
      return a.substr(name.size() + 1);
    }
  }
  return std::nullopt;
}

std::string Args::positional() { return args_[pos_++]; }

int parseInt(const std::string& value, const std::string& option, int min, int max) {
  try {
    size_t used = 0;
    int v = std::stoi(value, &used);
    if (used != value.size() || v < min || v > max) throw std::out_of_range("");
    return v;
  } catch (const std::exception&) {
    throw UsageError(option + " needs a whole number from " + std::to_string(min) + " to " + std::to_string(max) +
                     ", not '" + value + "'");
  }
}

}  // namespace akg::cli
