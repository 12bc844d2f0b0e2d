#include "export/html_writer.h"

#include <sstream>

#include "base/error.h"
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "export/graph_style.h"
#include "export/html_viewer_assets.h"
#include "export/json_writer.h"

namespace akg {

namespace {

// Title text for an HTML text context (the <title> and the heading).
std::string escapeHtmlText(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// The template's placeholders, in page order; each must occur exactly once.
size_t placeholderAt(std::string_view page, std::string_view placeholder, size_t from) {
  size_t at = page.find(placeholder, from);
  if (at == std::string_view::npos || page.find(placeholder, at + 1) != std::string_view::npos)
    throw Error("HTML viewer template: placeholder " + std::string(placeholder) + " must occur once");
  return at;
}

// {"kinds": {kind: fill}, "relations": {relation: colour}} from the one
// style table, so the viewer colours as the diagrams do.
std::string styleJson() {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  w.Key("kinds");
  w.StartObject();
  for (const auto& k : kindStyles()) {
    w.Key(k.kind.data(), static_cast<rapidjson::SizeType>(k.kind.size()));
    w.String(k.fill);
  }
  w.EndObject();
  w.Key("relations");
  w.StartObject();
  for (const auto& r : relationStyles()) {
    w.Key(r.relation.data(), static_cast<rapidjson::SizeType>(r.relation.size()));
    w.String(r.color);
  }
  w.EndObject();
  w.EndObject();
  return buf.GetString();
}

}  // namespace

std::string escapeJsonForScript(std::string_view json) {
  std::string out;
  out.reserve(json.size() + json.size() / 16);
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
               (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      // U+2028/U+2029 end a line in older JS parsers; keep them out of the page.
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

void writeHtml(const KnowledgeGraph& kg, std::ostream& out, const HtmlOptions& options) {
  // The same node-link JSON as the json export, so the viewer reads one schema.
  std::ostringstream json;
  writeJson(kg, json, JsonOptions{.pretty = false, .evidence = options.evidence});
  std::string data = escapeJsonForScript(json.str());
  while (!data.empty() && data.back() == '\n') data.pop_back();

  std::string_view page = htmlViewerPage();
  const std::pair<std::string_view, std::string> fills[] = {
      {kHtmlTitlePlaceholder, escapeHtmlText(options.title)},
      {kHtmlGraphPlaceholder, std::move(data)},
      {kHtmlStylePlaceholder, escapeJsonForScript(styleJson())},
  };
  size_t from = 0;
  for (const auto& [placeholder, text] : fills) {
    size_t at = placeholderAt(page, placeholder, from);
    out << page.substr(from, at - from) << text;
    from = at + placeholder.size();
  }
  out << page.substr(from);
  if (!out) throw Error("HTML export: write failed");
}

}  // namespace akg
