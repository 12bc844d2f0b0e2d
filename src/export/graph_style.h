// How akg draws each kind of node and each relation: the one table the DOT
// writer styles nodes and edges from and the legend describes, so the two
// cannot disagree. Covers every kind and relation of graph_schemas/ontology.json
// (a test checks); anything else gets the fallback style.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace akg {

struct KindStyle {
  std::string_view kind;  // "" for the fallback
  std::string_view type;  // "actor" | "location"
  const char* fill;       // fillcolor
};

struct RelationStyle {
  std::string_view relation;  // "" for the fallback
  std::string_view family;    // movement, control, conflict, ...
  const char* color;          // color and fontcolor
};

// In the order the legend lists them: actors, then locations.
const std::vector<KindStyle>& kindStyles();
// In the order the legend lists them, grouped by family.
const std::vector<RelationStyle>& relationStyles();

const KindStyle& kindStyle(std::string_view kind);             // fallback: white
const RelationStyle& relationStyle(std::string_view relation);  // fallback: black
bool isKnownRelation(std::string_view relation);

// Node shape and style by type: actors are rounded boxes, locations
// ellipses; a dashed outline marks names found outside the gazetteer.
const char* nodeShape(std::string_view type);
std::string nodeStyle(std::string_view type, bool inGazetteer);

// "withdrew_from" -> "withdrew from": how kinds and relations read in labels.
std::string displayName(std::string_view name);

// What a drawing contains, for its legend.
struct LegendContent {
  std::vector<std::pair<std::string, std::string>> kinds;  // (type, kind) present, in kindStyles() order
  std::vector<std::string> relations;                      // present, in relationStyles() order
  bool outsideGazetteer = false;                           // some node has a dashed outline
  bool negated = false;                                    // some edge is dashed
  bool symmetric = false;                                  // some edge has no arrowhead
  bool counted = false;                                    // some edge has count > 1
};

// The legend as the body of a Graphviz HTML-like label (a <TABLE>, without
// the enclosing < >): a swatch per kind under its type's shape, a coloured
// line per relation, and notes for the dashed, arrowless and ×N marks that
// occur. Text is escaped for HTML.
std::string legendHtml(const LegendContent& content);

}  // namespace akg
