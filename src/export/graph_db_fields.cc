#include "export/graph_db_fields.h"

#include <charconv>
#include <cmath>

#include "base/error.h"
#include "base/utf8.h"
#include "ingest/article.h"

namespace akg::graphdb {

namespace {

// Text already sanitized (a joined list holds the separator, a C0 control).
std::string quoteClean(std::string_view clean) {
  std::string out;
  out.reserve(clean.size() + 2);
  out += '"';
  for (char c : clean) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

bool isAsciiAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

template <typename C>
std::string joinedList(const C& items) {
  std::string joined;
  bool any = false;
  for (const auto& item : items) {
    std::string clean = utf8::sanitize(item);
    if (clean.empty()) continue;
    if (any) joined += kListSeparator;
    joined += clean;
    any = true;
  }
  return any ? quoteClean(joined) : std::string();
}

}  // namespace

std::string csvQuoted(std::string_view text) { return quoteClean(utf8::sanitize(text)); }

std::string csvList(const std::vector<std::string>& items) { return joinedList(items); }
std::string csvList(const std::set<std::string>& items) { return joinedList(items); }

std::string number(double d) {
  if (!std::isfinite(d)) return {};
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
  return ec == std::errc() ? std::string(buf, end) : std::string();
}

std::set<std::string> evidenceLanguages(const EdgeProps& e) {
  std::set<std::string> langs;
  for (const auto& ev : e.evidence) langs.emplace(toString(ev.lang));
  return langs;
}

std::set<std::string> evidenceDates(const Graph& g, EdgeDesc e) {
  std::set<std::string> dates;
  for (const auto& ev : g[e].evidence) {
    if (ev.date.empty()) continue;
    if (!isValidDate(ev.date))
      throw Error(describeEdge(g, e) + ": evidence date \"" + utf8::sanitize(ev.date) + "\" is not YYYY-MM-DD");
    dates.insert(ev.date);
  }
  return dates;
}

std::vector<std::string> evidenceTexts(const EdgeProps& e) {
  std::vector<std::string> texts;
  for (const auto& ev : e.evidence) texts.push_back(ev.text);
  return texts;
}

std::set<std::string> evidenceArticles(const EdgeProps& e) {
  std::set<std::string> ids;
  for (const auto& ev : e.evidence) ids.insert(ev.article);
  return ids;
}

std::string pascalCase(std::string_view name) {
  std::string out;
  bool startWord = true;
  for (char c : name) {
    if (!isAsciiAlnum(c)) {
      startWord = true;
      continue;
    }
    out += startWord && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    startWord = false;
  }
  return out;
}

std::string upperSnake(std::string_view name) {
  std::string out(name);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string describeEdge(const Graph& g, EdgeDesc e) {
  return utf8::sanitize(g[boost::source(e, g)].id) + " -" + utf8::sanitize(g[e].relation) + "-> " +
         utf8::sanitize(g[boost::target(e, g)].id);
}

}  // namespace akg::graphdb
