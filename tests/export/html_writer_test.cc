#include "export/html_writer.h"

#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "export/export.h"
#include "sample_graph.h"

using namespace akg;
using akg::testing::ScratchDir;

namespace {

constexpr std::string_view kDataOpen = R"(<script type="application/json" id="graph-data">)";

std::string page(const KnowledgeGraph& kg, const HtmlOptions& options = {}) {
  std::ostringstream out;
  writeHtml(kg, out, options);
  return out.str();
}

// The embedded JSON as a browser's HTML parser sees it: up to the first "</script".
std::string embeddedJson(const std::string& html) {
  size_t open = html.find(kDataOpen);
  REQUIRE(open != std::string::npos);
  REQUIRE(html.find(kDataOpen, open + 1) == std::string::npos);
  size_t begin = open + kDataOpen.size();
  size_t end = html.find("</script", begin);
  REQUIRE(end != std::string::npos);
  return html.substr(begin, end - begin);
}

// The page without the embedded JSON: the part akg wrote, not the graph.
std::string pageWithoutData(const std::string& html) {
  std::string data = embeddedJson(html);
  std::string out = html;
  out.erase(html.find(kDataOpen) + kDataOpen.size(), data.size());
  return out;
}

rapidjson::Document parse(const std::string& json) {
  rapidjson::Document d;
  d.Parse(json.c_str(), json.size());
  INFO("JSON: " << json.substr(0, 300));
  REQUIRE_FALSE(d.HasParseError());
  return d;
}

const rapidjson::Value* nodeById(const rapidjson::Document& d, const std::string& id) {
  for (const auto& n : d["nodes"].GetArray())
    if (n["id"].GetString() == id) return &n;
  return nullptr;
}

const std::string kHostile = "</script><script>alert(1)</script><!-- <b>Bold</b> & \"q\" 'a' \xE2\x80\xA8 \xE2\x80\xA9 ]]>";

}  // namespace

TEST_CASE("script JSON escaping hides <, >, & and the JS line separators", "[export][html]") {
  CHECK(escapeJsonForScript(R"({"a":"</script><!--&"})") == R"({"a":"\u003c/script\u003e\u003c!--\u0026"})");
  CHECK(escapeJsonForScript("[\"\xE2\x80\xA8\xE2\x80\xA9\"]") == R"(["\u2028\u2029"])");
  // Other characters, Arabic and other E2 80 xx punctuation, pass through.
  CHECK(escapeJsonForScript("[\"قسد \xE2\x80\x94 \\\" x\"]") == "[\"قسد \xE2\x80\x94 \\\" x\"]");
  // The parsed value is unchanged.
  std::string json = "{\"k\":\"" + std::string("</script> & <!-- \xE2\x80\xA8") + "\"}";
  auto d = parse(escapeJsonForScript(json));
  CHECK(std::string(d["k"].GetString()) == "</script> & <!-- \xE2\x80\xA8");
}

TEST_CASE("HTML export embeds the graph as JSON that parses back unchanged", "[export][html]") {
  KnowledgeGraph kg = testing::sampleGraph();
  std::string html = page(kg);
  auto d = parse(embeddedJson(html));
  CHECK(d["nodes"].Size() == kg.nodeCount());
  CHECK(d["edges"].Size() == kg.edgeCount());
  const auto* sdf = nodeById(d, "node");
  REQUIRE(sdf);
  CHECK(std::string((*sdf)["label"].GetString()) == "Syrian \"Democratic\" Forces");
  CHECK(std::string((*sdf)["label_ar"].GetString()) == testing::kSdfAr);
  bool sawEvidence = false;
  for (const auto& e : d["edges"].GetArray())
    for (const auto& ev : e["evidence"].GetArray())
      if (ev["text"].GetString() == testing::kWithdrewText) sawEvidence = true;
  CHECK(sawEvidence);
}

TEST_CASE("HTML export keeps hostile names inside the data element", "[export][html]") {
  KnowledgeGraph kg = testing::sampleGraph();
  NodeProps bad;
  bad.id = "x:" + kHostile;
  bad.label = kHostile;
  bad.labelAr = "قسد" + kHostile;
  bad.type = "actor";
  bad.kind = "person";
  bad.aliases = {kHostile};
  kg.upsertNode(bad);
  std::string html = page(kg);
  std::string data = embeddedJson(html);
  // None of the characters that end or confuse a script element remain.
  CHECK(data.find('<') == std::string::npos);
  CHECK(data.find('>') == std::string::npos);
  CHECK(data.find('&') == std::string::npos);
  CHECK(data.find("\xE2\x80\xA8") == std::string::npos);
  CHECK(data.find("\xE2\x80\xA9") == std::string::npos);
  auto d = parse(data);
  const auto* n = nodeById(d, "x:" + kHostile);
  REQUIRE(n);
  CHECK(std::string((*n)["label"].GetString()) == kHostile);
  CHECK(std::string((*n)["label_ar"].GetString()) == "قسد" + kHostile);
  // Nothing outside the template's three script elements (data, colours, code) opens or closes one.
  std::regex scriptTag("</?script", std::regex::icase);
  CHECK(std::distance(std::sregex_iterator(html.begin(), html.end(), scriptTag), std::sregex_iterator()) == 6);
}

TEST_CASE("HTML export is one file that refers to nothing outside it", "[export][html]") {
  std::string shell = pageWithoutData(page(testing::sampleGraph()));
  CHECK(shell.find("http:") == std::string::npos);
  CHECK(shell.find("https:") == std::string::npos);
  CHECK(shell.find("//cdn") == std::string::npos);
  CHECK_FALSE(std::regex_search(shell, std::regex(R"((src|href|srcset|action)\s*=)", std::regex::icase)));
  CHECK_FALSE(std::regex_search(shell, std::regex(R"(<link|<iframe|<img|<object|<embed|@import|@font-face)",
                                                  std::regex::icase)));
  // CSS url() only for in-page references (arrowhead markers).
  CHECK_FALSE(std::regex_search(shell, std::regex(R"(url\(\s*['"]?[^#'"\s])")));
  CHECK_FALSE(std::regex_search(shell, std::regex(R"(fetch\(|XMLHttpRequest|import\(|new WebSocket|sendBeacon)")));
  // The policy forbids network access even if something above were missed.
  CHECK(shell.find("Content-Security-Policy") != std::string::npos);
  CHECK(shell.find("default-src 'none'") != std::string::npos);
  // Graph text reaches the DOM as text only.
  CHECK_FALSE(std::regex_search(shell, std::regex(R"(innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\()")));
  // Exactly the three scripts of the template, and the page is complete.
  std::string full = page(testing::sampleGraph());
  size_t scripts = 0;
  for (size_t at = full.find("<script"); at != std::string::npos; at = full.find("<script", at + 1)) ++scripts;
  CHECK(scripts == 3);
  CHECK(full.rfind("</html>") != std::string::npos);
}

TEST_CASE("HTML export escapes the title and can leave out evidence", "[export][html]") {
  HtmlOptions options;
  options.title = "<b>War</b> & \"peace\"";
  options.evidence = false;
  std::string html = page(testing::sampleGraph(), options);
  CHECK(html.find("<title>&lt;b&gt;War&lt;/b&gt; &amp; &quot;peace&quot;</title>") != std::string::npos);
  CHECK(html.find("<b>War") == std::string::npos);
  auto d = parse(embeddedJson(html));
  for (const auto& e : d["edges"].GetArray()) CHECK(e["evidence"].Empty());
}

TEST_CASE("HTML export of an empty graph is a page with no nodes", "[export][html]") {
  auto d = parse(embeddedJson(page(KnowledgeGraph{})));
  CHECK(d["nodes"].Empty());
  CHECK(d["edges"].Empty());
}

TEST_CASE("exporting to a .html path writes the viewer", "[export][html]") {
  ScratchDir dir;
  auto path = dir / "graph.html";
  REQUIRE(formatFromPath(path) == Format::Html);
  exportGraph(testing::sampleGraph(), Format::Html, path);
  std::ifstream in(path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(text.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(parse(embeddedJson(text))["nodes"].Size() == 4);
}
