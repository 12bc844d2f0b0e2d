// Attribute values the GraphML and GEXF writers derive from the graph, so
// both files say the same thing: JSON-array strings, the evidence as JSON,
// an edge's distinct dates and articles, colours by kind and relation (from
// export/graph_style.h, as every drawing), and Neo4j-style ":Actor:ArmedGroup" labels. Every
// string comes back sanitised (utf8::sanitize).
#pragma once
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace akg::attributes {

// Compact JSON array of strings ("[]" when empty).
std::string jsonStrings(const std::vector<std::string>& values);
std::string jsonStrings(const std::set<std::string>& values);
// JSON array of evidence objects, field names as in the JSON format; empty
// date and trigger are left out.
std::string jsonEvidence(const std::vector<Evidence>& evidence);
// JSON array of {"id", "path"?, "lang", "date"?} objects.
std::string jsonArticles(const std::vector<ArticleInfo>& articles);

// Distinct non-empty evidence dates (YYYY-MM-DD), sorted.
std::set<std::string> dates(const EdgeProps& e);
// Distinct evidence article ids, sorted.
std::set<std::string> articles(const EdgeProps& e);
// Distinct evidence languages ("ar", "en"), sorted.
std::set<std::string> languages(const EdgeProps& e);
// The first evidence sentence, "" when there is none.
std::string firstEvidence(const EdgeProps& e);

// "#rrggbb" fill colour of a node kind; white for kinds without one.
std::string_view kindColor(std::string_view kind);
// "#rrggbb" colour of a relation's family; black for unknown relations.
std::string_view relationColor(std::string_view relation);

// ":Actor:ArmedGroup", ":Location:City": the type and the kind in
// PascalCase, as Neo4j labels (APOC's apoc.import.graphml readLabels).
std::string neo4jLabels(const NodeProps& n);

// Shortest text that reads back as the same double.
std::string doubleText(double d);

}  // namespace akg::attributes
