#include "export/rdf_writer.h"

#include <catch2/catch.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "sample_graph.h"

using namespace akg;

namespace {

const std::string kRlm = "\u200F", kLrm = "\u200E";

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

bool contains(const std::vector<std::string>& all, const std::string& line) {
  return std::find(all.begin(), all.end(), line) != all.end();
}

std::string ntriples(const KnowledgeGraph& kg) {
  std::ostringstream out;
  writeNTriples(kg, out);
  return out.str();
}

std::string turtle(const KnowledgeGraph& kg) {
  std::ostringstream out;
  writeTurtle(kg, out);
  return out.str();
}

}  // namespace

TEST_CASE("RDF literals escape quotes, backslashes, line breaks and controls", "[export][rdf]") {
  CHECK(rdfStringEscape("plain") == "plain");
  CHECK(rdfStringEscape("say \"no\"") == "say \\\"no\\\"");
  CHECK(rdfStringEscape("C:\\Temp\\") == "C:\\\\Temp\\\\");
  CHECK(rdfStringEscape("one\ntwo\rthree\tfour") == "one\\ntwo\\rthree\\tfour");
  CHECK(rdfStringEscape(std::string("nul\0x", 5)) == "nul\\u0000x");
  CHECK(rdfStringEscape("bell\x07 del\x7F esc\x1B") == "bell\\u0007 del\\u007F esc\\u001B");
  CHECK(rdfStringEscape("c1\u0085") == "c1\\u0085");
  SECTION("UTF-8 text stays as it is, bidi marks included") {
    CHECK(rdfStringEscape(kRlm + "قوات الدعم السريع" + kLrm) == kRlm + "قوات الدعم السريع" + kLrm);
    CHECK(rdfStringEscape("<b> & ]]> ' ` {$p} # ?s") == "<b> & ]]> ' ` {$p} # ?s");
  }
  SECTION("invalid UTF-8 becomes U+FFFD") {
    CHECK(rdfStringEscape("a\xFF" "b") == "a\uFFFDb");
    CHECK(rdfStringEscape("\xC3") == "\uFFFD");
  }
}

TEST_CASE("IRI segments keep Arabic and encode what IRIs forbid", "[export][rdf]") {
  CHECK(iriSegment("sdf") == "sdf");
  CHECK(iriSegment("x:quote brigade") == "x:quote%20brigade");
  CHECK(iriSegment("x:الفاشر") == "x:الفاشر");
  CHECK(iriSegment("a-b.c_d~e") == "a-b.c_d~e");
  SECTION("every character N-Triples bars from an IRI is encoded") {
    CHECK(iriSegment(" <>\"{}|\\^`") == "%20%3C%3E%22%7B%7D%7C%5C%5E%60");
  }
  SECTION("delimiters that would change the IRI's structure are encoded") {
    CHECK(iriSegment("a/b?c#d%e") == "a%2Fb%3Fc%23d%25e");
    CHECK(iriSegment("@'()*+,;=!$&") == "%40%27%28%29%2A%2B%2C%3B%3D%21%24%26");
  }
  SECTION("controls, bidi marks and non-characters are encoded as UTF-8 bytes") {
    CHECK(iriSegment("a\nb\tc") == "a%0Ab%09c");
    CHECK(iriSegment(kRlm + "حي" + kLrm) == "%E2%80%8Fحي%E2%80%8E");
    CHECK(iriSegment("\u202Bx\u2067") == "%E2%80%ABx%E2%81%A7");
    CHECK(iriSegment("\u0085") == "%C2%85");         // C1 control
    CHECK(iriSegment("\uE000") == "%EE%80%80");      // private use
    CHECK(iriSegment("\uFDD0") == "%EF%B7%90");      // non-character
    CHECK(iriSegment("\uFEFF") == "%EF%BB%BF");      // byte order mark
    CHECK(iriSegment("\xFF") == "%FF");              // invalid byte
  }
  SECTION("dot segments cannot collapse into the namespace") {
    CHECK(iriSegment(".") == "%2E");
    CHECK(iriSegment("..") == "%2E%2E");
    CHECK(iriSegment("...") == "...");
  }
  SECTION("distinct ids give distinct segments") {
    std::set<std::string> ids = {"a b", "a%20b", "a%2520b", "a+b", "a/b", "a%2Fb", "", ".", "%2E"};
    std::set<std::string> segments;
    for (const auto& id : ids) segments.insert(iriSegment(id));
    CHECK(segments.size() == ids.size());
  }
}

TEST_CASE("RDF labels get a language tag from their script", "[export][rdf]") {
  CHECK(guessLabelLang("Aleppo") == "en");
  CHECK(guessLabelLang("حلب") == "ar");
  CHECK(guessLabelLang(kRlm + "قوات الدعم السريع" + kLrm) == "ar");
  CHECK(guessLabelLang(kRlm + "Mixed حي الشيخ" + kLrm + " (east)") == "en");
  CHECK(guessLabelLang("123 / 45") == "");
}

TEST_CASE("N-Triples hold nodes, labels, typed literals and reified evidence", "[export][rdf]") {
  auto kg = testing::sampleGraph();
  auto nt = lines(ntriples(kg));
  const std::string akg = "https://akg.example/ontology#", id = "https://akg.example/id/";
  const std::string xsd = "http://www.w3.org/2001/XMLSchema#";
  const std::string sdf = "<" + id + "node>", manbij = "<" + id + "x:manbij>";
  const std::string type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
  const std::string label = "<http://www.w3.org/2000/01/rdf-schema#label>";

  for (const auto& l : nt) {
    INFO(l);
    REQUIRE(l.size() > 2);
    CHECK(l.substr(l.size() - 2) == " .");
  }
  CHECK(contains(nt, sdf + " " + type + " <" + akg + "Actor> ."));
  CHECK(contains(nt, sdf + " " + type + " <" + akg + "ArmedGroup> ."));
  CHECK(contains(nt, "<" + akg + "ArmedGroup> <http://www.w3.org/2000/01/rdf-schema#subClassOf> <" + akg + "Actor> ."));
  CHECK(contains(nt, sdf + " " + label + " \"Syrian \\\"Democratic\\\" Forces\"@en ."));
  CHECK(contains(nt, sdf + " " + label + " \"" + testing::kSdfAr + "\"@ar ."));
  CHECK(contains(nt, sdf + " <" + akg + "alias> \"قسد\"@ar ."));
  CHECK(contains(nt, sdf + " <" + akg + "alias> \"SDF\"@en ."));
  CHECK(contains(nt, manbij + " " + label + " \"Manbij\\\\North\"@en ."));
  CHECK(contains(nt, sdf + " <" + akg + "mentions> \"3\"^^<" + xsd + "integer> ."));
  CHECK(contains(nt, sdf + " <" + akg + "inGazetteer> \"true\"^^<" + xsd + "boolean> ."));
  CHECK(contains(nt, manbij + " <http://www.w3.org/2003/01/geo/wgs84_pos#lat> \"36.5281234\"^^<" + xsd + "double> ."));
  CHECK(contains(nt, manbij + " <http://www.w3.org/2003/01/geo/wgs84_pos#long> \"37.9549876\"^^<" + xsd + "double> ."));

  SECTION("edges are asserted and reified, with their evidence") {
    const std::string statement = "<https://akg.example/statement/node/withdrew_from/x:manbij>";
    CHECK(contains(nt, sdf + " <" + akg + "withdrew_from> " + manbij + " ."));
    CHECK(contains(nt, sdf + " <" + akg + "controls> " + manbij + " ."));
    CHECK(contains(nt, statement + " " + type + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> ."));
    CHECK(contains(nt, statement + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> " + sdf + " ."));
    CHECK(contains(nt, statement + " <" + akg + "count> \"2\"^^<" + xsd + "integer> ."));
    const std::string ev0 = "<https://akg.example/statement/node/withdrew_from/x:manbij/evidence/0>";
    CHECK(contains(nt, statement + " <" + akg + "evidence> " + ev0 + " ."));
    CHECK(contains(nt, ev0 + " <" + akg + "text> \"The \\\"SDF\\\" withdrew\\u0001from Manbij & <the> river.\"@en ."));
    CHECK(contains(nt, ev0 + " <" + akg + "date> \"2019-10-14\"^^<" + xsd + "date> ."));
    CHECK(contains(nt, ev0 + " <" + akg + "article> <https://akg.example/article/a1> ."));
  }
  SECTION("a negated edge is described but not asserted") {
    CHECK_FALSE(contains(nt, "<" + id + "graph> <" + akg + "clashed_with> " + sdf + " ."));
    CHECK(contains(nt, "<https://akg.example/statement/graph/clashed_with/node> <" + akg +
                           "negated> \"true\"^^<" + xsd + "boolean> ."));
    CHECK(contains(nt, "<" + akg + "clashed_with> " + type + " <http://www.w3.org/2002/07/owl#SymmetricProperty> ."));
  }
}

TEST_CASE("Turtle holds the same triples with prefixes", "[export][rdf]") {
  auto kg = testing::sampleGraph();
  std::string ttl = turtle(kg);
  CHECK(ttl.find("@prefix akg: <https://akg.example/ontology#> .") != std::string::npos);
  CHECK(ttl.find("id:node\n    a akg:Actor ;\n    a akg:ArmedGroup ;") != std::string::npos);
  CHECK(ttl.find("<https://akg.example/id/x:manbij>\n") != std::string::npos);  // ':' is not a safe local name here
  CHECK(ttl.find("akg:mentions \"3\"^^xsd:integer") != std::string::npos);
  CHECK(ttl.find("rdfs:label \"Manbij\\\\North\"@en") != std::string::npos);
  CHECK(ttl.substr(ttl.size() - 2) == ".\n");

  // One predicate-object pair per N-Triples line and per Turtle ";"/"." end.
  size_t ntCount = lines(ntriples(kg)).size(), ttlCount = 0;
  for (const auto& l : lines(ttl))
    if (l.rfind("    ", 0) == 0) ++ttlCount;
  CHECK(ttlCount == ntCount);
}

TEST_CASE("RDF of an empty graph is empty but for Turtle's prefixes", "[export][rdf]") {
  KnowledgeGraph kg;
  CHECK(ntriples(kg).empty());
  for (const auto& l : lines(turtle(kg))) CHECK(l.rfind("@prefix ", 0) == 0);
}
