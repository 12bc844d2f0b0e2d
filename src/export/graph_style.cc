#include "export/graph_style.h"

namespace akg {

namespace {

// Actors warm or blue, places green, water blue.
const std::vector<KindStyle> kKinds = {
    {"armed_group", "actor", "#f4a582"},   {"government", "actor", "#92c5de"},
    {"state", "actor", "#a6bddb"},         {"person", "actor", "#fddbc7"},
    {"media", "actor", "#d9d9d9"},         {"organization", "actor", "#c2a5cf"},
    {"population", "actor", "#fee090"},    {"country", "location", "#b8e186"},
    {"region", "location", "#d9f0a3"},     {"governorate", "location", "#c7e9c0"},
    {"city", "location", "#a1d99b"},       {"town", "location", "#e5f5e0"},
    {"district", "location", "#f7fcb9"},   {"facility", "location", "#fdd0a2"},
    {"water", "location", "#9ecae1"},      {"route", "location", "#f0f0f0"},
};
const KindStyle kKindFallback{"", "", "white"};

// One colour per relation family.
const std::vector<RelationStyle> kRelations = {
    {"withdrew_from", "movement", "#1b9e77"},   {"moved_to", "movement", "#1b9e77"},
    {"controls", "control", "#ff7f00"},         {"present_in", "control", "#ff7f00"},
    {"attacked", "conflict", "#e41a1c"},        {"clashed_with", "conflict", "#e41a1c"},
    {"mediated", "cooperation", "#377eb8"},     {"agreement_with", "cooperation", "#377eb8"},
    {"met_with", "cooperation", "#377eb8"},     {"leads", "affiliation", "#984ea3"},
    {"represents", "affiliation", "#984ea3"},   {"affiliated_with", "affiliation", "#984ea3"},
    {"located_in", "geography", "#999999"},     {"arrested", "coercion", "#a65628"},
    {"accused", "coercion", "#a65628"},
};
const RelationStyle kRelationFallback{"", "", "black"};

std::string html(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\n':
      case '\t': out += ' '; break;
      default: out += c;
    }
  }
  return out;
}

// A line drawn in text: the legend is a label, so it cannot hold real edges.
// U+2501 heavy horizontal, U+254D heavy double dash, U+25B6 arrowhead; all in
// DejaVu Sans.
std::string lineGlyphs(bool dashed, bool arrow) {
  std::string line = dashed ? "\u254d\u254d\u254d\u254d" : "\u2501\u2501\u2501\u2501";
  return arrow ? line + "\u25b6" : line + "\u2501";
}

std::string row(const std::string& left, const std::string& right) {
  return "<TR><TD ALIGN=\"LEFT\">" + left + "</TD><TD ALIGN=\"LEFT\">" + right + "</TD></TR>";
}

std::string heading(const std::string& text) {
  return "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>" + html(text) + "</B></TD></TR>";
}

}  // namespace

const std::vector<KindStyle>& kindStyles() { return kKinds; }
const std::vector<RelationStyle>& relationStyles() { return kRelations; }

const KindStyle& kindStyle(std::string_view kind) {
  for (const auto& k : kKinds)
    if (k.kind == kind) return k;
  return kKindFallback;
}

const RelationStyle& relationStyle(std::string_view relation) {
  for (const auto& r : kRelations)
    if (r.relation == relation) return r;
  return kRelationFallback;
}

bool isKnownRelation(std::string_view relation) { return !relationStyle(relation).relation.empty(); }

const char* nodeShape(std::string_view type) { return type == "actor" ? "box" : "ellipse"; }

std::string nodeStyle(std::string_view type, bool inGazetteer) {
  std::string style = type == "actor" ? "rounded,filled" : "filled";
  if (!inGazetteer) style += ",dashed";
  return style;
}

std::string displayName(std::string_view name) {
  std::string out(name);
  for (char& c : out)
    if (c == '_') c = ' ';
  return out;
}

std::string legendHtml(const LegendContent& content) {
  // Two columns side by side (nodes | edges) keep the legend short enough to
  // sit under a wide left-to-right drawing.
  std::string nodes, edges;
  std::string_view currentType;
  for (const auto& [type, kind] : content.kinds) {
    if (type != currentType) {
      currentType = type;
      nodes += heading(type == "actor" ? "actors (rounded boxes)"
                       : type == "location" ? "locations (ellipses)"
                                            : type.empty() ? "untyped" : type);
    }
    // Swatches are tables of their own: a TABLE can have rounded corners,
    // a cell cannot.
    std::string swatch = std::string("<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLPADDING=\"0\"") +
                         (type == "actor" ? " STYLE=\"rounded\"" : "") + " BGCOLOR=\"" + kindStyle(kind).fill +
                         "\"><TR><TD WIDTH=\"30\" HEIGHT=\"12\"> </TD></TR></TABLE>";
    nodes += row(swatch, html(kind.empty() ? "(no kind)" : displayName(kind)));
  }
  if (content.outsideGazetteer)
    nodes += row("<TABLE BORDER=\"1\" STYLE=\"dashed\" CELLBORDER=\"0\" CELLPADDING=\"0\"><TR><TD WIDTH=\"30\" "
                 "HEIGHT=\"12\"> </TD></TR></TABLE>",
                 "dashed outline: not in the gazetteer");

  if (!content.relations.empty()) edges += heading("relations");
  for (const auto& relation : content.relations) {
    const auto& style = relationStyle(relation);
    std::string name = html(displayName(relation));
    if (!style.family.empty()) name += " <FONT COLOR=\"#777777\">(" + html(style.family) + ")</FONT>";
    edges += row(std::string("<FONT COLOR=\"") + style.color + "\">" + lineGlyphs(false, true) + "</FONT>", name);
  }
  if (content.negated) edges += row(lineGlyphs(true, true), "dashed: denied in every sentence");
  if (content.symmetric) edges += row(lineGlyphs(false, false), "no arrowhead: symmetric relation");
  if (content.counted) edges += row("\u00d7N", "N sentences; thicker lines for more");

  auto column = [](const std::string& rows) {
    return "<TD VALIGN=\"TOP\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"1\">" + rows +
           "</TABLE></TD>";
  };
  int columns = (nodes.empty() ? 0 : 1) + (edges.empty() ? 0 : 1);
  std::string out = "<TABLE BORDER=\"1\" COLOR=\"#bbbbbb\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"2\">";
  out += "<TR><TD COLSPAN=\"" + std::to_string(columns > 0 ? columns : 1) + "\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR><TR>";
  if (!nodes.empty()) out += column(nodes);
  if (!edges.empty()) out += column(edges);
  if (nodes.empty() && edges.empty()) out += "<TD>(empty graph)</TD>";
  out += "</TR></TABLE>";
  return out;
}

}  // namespace akg
