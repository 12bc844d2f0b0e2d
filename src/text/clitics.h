// Arabic proclitics (و ف + ب ل ك, and ال after them) and the pronoun suffixes
// of trigger words. "بالأشرفية" yields "الاشرفيه"; "للقوات" yields "القوات";
// "وقسد" yields "قسد". Forms are generated, never guessed: the caller looks
// each one up in its lexicon.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace akg {

struct CliticRules {
  std::vector<std::string> conjunctions;  // normalised: و ف
  std::vector<std::string> prepositions;  // normalised: ب ل ك
  std::vector<std::string> suffixes;      // pronoun suffixes: ها هم ه ...
  std::string article = "\xD8\xA7\xD9\x84";  // ال
};

struct CliticForm {
  std::string stem;
  std::string conjunction;  // removed conjunction, or empty
  std::string preposition;  // removed preposition, or empty
};

// The token itself first, then forms with proclitics removed. Stems keep at
// least two letters.
std::vector<CliticForm> procliticForms(std::string_view norm, const CliticRules& rules);

// Forms with one pronoun suffix removed (and a final ت restored to ه, the
// ta marbuta it was before the suffix).
std::vector<std::string> suffixForms(std::string_view norm, const CliticRules& rules);

// Number of code points in UTF-8 text.
size_t codePoints(std::string_view s);

}  // namespace akg
