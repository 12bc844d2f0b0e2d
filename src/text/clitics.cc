#include "text/clitics.h"

namespace akg {

size_t codePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

std::vector<CliticForm> procliticForms(std::string_view norm, const CliticRules& rules) {
  std::vector<CliticForm> out;
  out.push_back({std::string(norm), {}, {}});
  auto add = [&](std::string_view stem, const std::string& conj, const std::string& prep) {
    if (codePoints(stem) < 2) return;
    for (const auto& f : out)
      if (f.stem == stem) return;
    out.push_back({std::string(stem), conj, prep});
  };
  std::vector<std::pair<std::string_view, std::string>> afterConj{{norm, {}}};
  for (const auto& c : rules.conjunctions)
    if (norm.size() > c.size() && norm.starts_with(c)) {
      afterConj.emplace_back(norm.substr(c.size()), c);
      add(norm.substr(c.size()), c, {});
    }
  for (const auto& [s, conj] : afterConj) {
    for (const auto& p : rules.prepositions) {
      if (s.size() <= p.size() || !s.starts_with(p)) continue;
      auto rest = s.substr(p.size());
      add(rest, conj, p);
      // ل + ال is written لل: "للقوات" is ل + "القوات".
      if (rest.starts_with(p) && p == "\xD9\x84") add(rules.article + std::string(rest.substr(p.size())), conj, p);
    }
  }
  return out;
}

std::vector<std::string> suffixForms(std::string_view norm, const CliticRules& rules) {
  std::vector<std::string> out;
  for (const auto& sfx : rules.suffixes) {
    if (norm.size() <= sfx.size() || !norm.ends_with(sfx)) continue;
    std::string stem(norm.substr(0, norm.size() - sfx.size()));
    if (codePoints(stem) < 3) continue;
    out.push_back(stem);
    static const std::string kTa = "\xD8\xAA", kHa = "\xD9\x87";  // ت ه
    if (stem.ends_with(kTa)) out.push_back(stem.substr(0, stem.size() - kTa.size()) + kHa);
  }
  return out;
}

}  // namespace akg
