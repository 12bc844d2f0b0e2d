// What one article says, before any merging: the entities it names and the
// typed edges between them, each edge with the sentence that states it.
// Produced by extract::extractArticle, a pure function of (article, lexicon).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/entity_type.h"
#include "base/lang.h"

namespace akg {


// Where an edge is stated: half-open byte span [begin, end) of the sentence in
// the original article text, quoted as written.
struct Evidence {
  std::string article;   // article id
  uint32_t sentence = 0; // 0-based sentence index in the article
  uint32_t begin = 0, end = 0;
  std::string text;      // the sentence as written
  std::string date;      // article date, YYYY-MM-DD or empty
  Lang lang = Lang::En;
  std::string trigger;   // the words that triggered the edge, as written
};

struct ArticleNode {
  std::string id;                   // canonical id: gazetteer id or "x:<key>" for new names
  std::string label;                // display name
  EntityType type = EntityType::Actor;
  std::string kind;
  std::vector<std::string> aliases; // surface forms as written (clitics removed) + lexicon names
  std::string translitKey;          // script-neutral key, for names outside the gazetteer
  bool inGazetteer = false;
  std::optional<std::pair<double, double>> coords;  // lat, lon
  uint32_t mentions = 0;
};

struct ArticleEdge {
  std::string source, target;  // ArticleNode ids
  std::string relation;
  Evidence evidence;
  bool negated = false;        // stated as not happening / only threatened
};

struct ArticleGraph {
  std::string articleId;
  std::string path;
  Lang lang = Lang::En;
  std::string date;
  std::vector<ArticleNode> nodes;
  std::vector<ArticleEdge> edges;
  std::string trace;  // ExtractOptions::explain: what was recognised, sentence by sentence
};

}  // namespace akg
