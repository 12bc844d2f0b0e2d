// A script-neutral key for personal and place names that are in no
// gazetteer, so "عزّام الغريب" and "Azzam al-Gharib" meet on one node: the
// consonant skeleton after ICU transliteration (rules in
// graph_schemas/translit/name_key.rules), with articles and particles
// dropped and doubled letters collapsed. A fuzzy key, not a spelling.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include <unicode/uversion.h>
U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace akg {

class Lexicon;

// Holds an ICU Transliterator: one NameKeyer per thread.
class NameKeyer {
 public:
  explicit NameKeyer(const Lexicon& lexicon);
  ~NameKeyer();
  NameKeyer(const NameKeyer&) = delete;
  NameKeyer& operator=(const NameKeyer&) = delete;

  // Key of a normalised (Normalizer::fold) name; empty when too short to be
  // a safe key.
  std::string key(std::string_view foldedName) const;

 private:
  const Lexicon& lexicon_;
  std::unique_ptr<icu::Transliterator> translit_;
};

}  // namespace akg
