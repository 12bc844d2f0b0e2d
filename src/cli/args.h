// A small argument scanner shared by the subcommands: long and short
// options with values ("-o X", "--out=X"), repeated options, positionals.
#pragma once
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace akg::cli {

// Thrown for usage errors; the command prints it with its usage and exits 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Args {
 public:
  explicit Args(std::vector<std::string> args) : args_(std::move(args)) {}
  bool done() const { return pos_ >= args_.size(); }
  // The next argument is this flag (no value).
  bool flag(std::initializer_list<const char*> names);
  // The next argument is this option; returns its value.
  std::optional<std::string> option(std::initializer_list<const char*> names);
  // The next argument as a positional (or "-").
  std::string positional();
  const std::string& peek() const { return args_[pos_]; }
  bool peekIsOption() const { return !done() && args_[pos_].size() > 1 && args_[pos_][0] == '-' && !onlyPositionals_; }

 private:
  std::vector<std::string> args_;
  size_t pos_ = 0;
  bool onlyPositionals_ = false;
};

int parseInt(const std::string& value, const std::string& option, int min, int max);

}  // namespace akg::cli
