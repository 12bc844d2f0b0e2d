#include "export/rdf_writer.h"

#include <charconv>
#include <cmath>
#include <functional>
#include <set>
#include <utility>

#include "base/lang.h"
#include "base/utf8.h"
#include "ingest/article.h"

namespace akg {

namespace {

constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
constexpr std::string_view kOwl = "http://www.w3.org/2002/07/owl#";
constexpr std::string_view kGeo = "http://www.w3.org/2003/01/geo/wgs84_pos#";

constexpr std::pair<std::string_view, std::string_view> kPrefixes[] = {
    {"rdf", kRdf}, {"rdfs", kRdfs}, {"xsd", kXsd}, {"owl", kOwl}, {"geo", kGeo},
    {"akg", kRdfOntologyNs}, {"id", kRdfEntityNs}, {"article", kRdfArticleNs},
};

void percentEncode(std::string& out, unsigned char b) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out += '%';
  out += kHex[b >> 4];
  out += kHex[b & 0xF];
}

// Bidi controls change how the IRI displays without being seen, which is why
// RFC 3987 4.1 bars them; U+FEFF is invisible too.
bool isInvisibleFormat(char32_t cp) {
  return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

// RFC 3987 ucschar: what an IRI may hold unencoded outside ASCII.
bool isUcsChar(char32_t cp) {
  if (cp >= 0xA0 && cp <= 0xD7FF) return true;
  if ((cp >= 0xF900 && cp <= 0xFDCF) || (cp >= 0xFDF0 && cp <= 0xFFEF)) return true;
  if (cp >= 0x10000 && cp < 0xF0000) return (cp & 0xFFFF) <= 0xFFFD && !(cp >= 0xE0000 && cp <= 0xE0FFF);
  return false;
}

bool isSafeLocalName(std::string_view s) {
  if (s.empty()) return false;
  auto alpha = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; };
  if (!alpha(s[0])) return false;
  for (char c : s)
    if (!alpha(c) && !(c >= '0' && c <= '9') && c != '-') return false;
  return true;
}

// "armed_group" -> "ArmedGroup": kinds become class names.
std::string className(std::string_view kind) {
  std::string out;
  bool upper = true;
  for (char c : kind) {
    if (c == '_' || c == '-' || c == ' ') {
      upper = true;
      continue;
    }
    out += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    upper = false;
  }
  return iriSegment(out);
}

std::string formatDouble(double v) {
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, end);
}

struct Term {
  bool isIri = true;
  std::string value;          // the IRI, or the literal's lexical form
  std::string_view lang;      // language tag, literals only
  std::string datatype;       // full datatype IRI; empty for a plain or tagged string
};

Term iri(std::string value) { return {true, std::move(value), {}, {}}; }
Term text(std::string value, std::string_view lang = {}) { return {false, std::move(value), lang, {}}; }
Term typed(std::string value, std::string_view xsdType) {
  return {false, std::move(value), {}, std::string(kXsd) + std::string(xsdType)};
}
Term integer(uint64_t v) { return typed(std::to_string(v), "integer"); }
Term boolean(bool v) { return typed(v ? "true" : "false", "boolean"); }
// An xsd:date only when it is one: the file never holds an ill-typed literal.
Term date(const std::string& d) { return isValidDate(d) ? typed(d, "date") : text(d); }

std::string onto(std::string_view local) { return std::string(kRdfOntologyNs) + std::string(local); }
std::string rdf(std::string_view local) { return std::string(kRdf) + std::string(local); }
std::string nodeIri(std::string_view id) { return std::string(kRdfEntityNs) + iriSegment(id); }
std::string articleIri(std::string_view id) { return std::string(kRdfArticleNs) + iriSegment(id); }

// Receives triples grouped by subject: all of one subject's triples in a row.
using Sink = std::function<void(const std::string& subject, const std::string& predicate, const Term& object)>;

void emitNode(const NodeProps& n, const Sink& sink) {
  const std::string s = nodeIri(n.id);
  const std::string typeClass = className(n.type), kindClass = className(n.kind);
  if (!typeClass.empty()) sink(s, rdf("type"), iri(onto(typeClass)));
  if (!kindClass.empty() && kindClass != typeClass) sink(s, rdf("type"), iri(onto(kindClass)));
  sink(s, onto("id"), text(n.id));
  sink(s, onto("type"), text(n.type));
  sink(s, onto("kind"), text(n.kind));
  std::string_view labelLang = guessLabelLang(n.label);
  sink(s, std::string(kRdfs) + "label", text(n.label, labelLang));
  // The same text as both labels would be one triple twice.
  if (!n.labelAr.empty() && !(labelLang == "ar" && n.labelAr == n.label))
    sink(s, std::string(kRdfs) + "label", text(n.labelAr, "ar"));
  for (const auto& a : n.aliases) sink(s, onto("alias"), text(a, guessLabelLang(a)));
  for (const auto& l : n.languages) sink(s, onto("language"), text(l));
  for (const auto& a : n.articles) sink(s, onto("article"), iri(articleIri(a)));
  sink(s, onto("mentions"), integer(n.mentions));
  sink(s, onto("inGazetteer"), boolean(n.inGazetteer));
  if (n.coords && std::isfinite(n.coords->first) && std::isfinite(n.coords->second)) {
    sink(s, std::string(kGeo) + "lat", typed(formatDouble(n.coords->first), "double"));
    sink(s, std::string(kGeo) + "long", typed(formatDouble(n.coords->second), "double"));
  }
}

void emitEdge(const NodeProps& source, const NodeProps& target, const EdgeProps& p, const Sink& sink) {
  const std::string s = nodeIri(source.id), o = nodeIri(target.id), predicate = onto(iriSegment(p.relation));
  // A negated edge ("did not withdraw") is described, never asserted.
  if (!p.negated) sink(s, predicate, iri(o));

  const std::string statement = std::string(kRdfStatementNs) + iriSegment(source.id) + "/" +
                                iriSegment(p.relation) + "/" + iriSegment(target.id);
  sink(statement, rdf("type"), iri(rdf("Statement")));
  sink(statement, rdf("subject"), iri(s));
  sink(statement, rdf("predicate"), iri(predicate));
  sink(statement, rdf("object"), iri(o));
  sink(statement, onto("relation"), text(p.relation));
  sink(statement, onto("count"), integer(p.count));
  sink(statement, onto("symmetric"), boolean(p.symmetric));
  sink(statement, onto("negated"), boolean(p.negated));
  for (size_t i = 0; i < p.evidence.size(); ++i)
    sink(statement, onto("evidence"), iri(statement + "/evidence/" + std::to_string(i)));

  for (size_t i = 0; i < p.evidence.size(); ++i) {
    const Evidence& ev = p.evidence[i];
    const std::string e = statement + "/evidence/" + std::to_string(i);
    const std::string_view lang = toString(ev.lang);
    sink(e, rdf("type"), iri(onto("Evidence")));
    sink(e, onto("text"), text(ev.text, lang));
    sink(e, onto("article"), iri(articleIri(ev.article)));
    sink(e, onto("sentence"), integer(ev.sentence));
    sink(e, onto("begin"), integer(ev.begin));
    sink(e, onto("end"), integer(ev.end));
    if (!ev.date.empty()) sink(e, onto("date"), date(ev.date));
    sink(e, onto("lang"), text(std::string(lang)));
    if (!ev.trigger.empty()) sink(e, onto("trigger"), text(ev.trigger, lang));
  }
}

void emitGraph(const KnowledgeGraph& kg, const Sink& sink) {
  const Graph& g = kg.graph();

  // A little vocabulary first, so a store can answer "every actor" through
  // rdfs:subClassOf and knows which relations run both ways.
  std::set<std::pair<std::string, std::string>> subclasses;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    std::string kindClass = className(g[v].kind), typeClass = className(g[v].type);
    if (!kindClass.empty() && kindClass != typeClass) subclasses.emplace(kindClass, typeClass);
  }
  for (const auto& [kindClass, typeClass] : subclasses)
    sink(onto(kindClass), std::string(kRdfs) + "subClassOf", iri(onto(typeClass)));
  std::set<std::string> symmetric;
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    if (g[e].symmetric) symmetric.insert(g[e].relation);
  for (const auto& r : symmetric) sink(onto(iriSegment(r)), rdf("type"), iri(std::string(kOwl) + "SymmetricProperty"));

  for (const auto& a : kg.articles()) {
    const std::string s = articleIri(a.id);
    sink(s, rdf("type"), iri(onto("Article")));
    sink(s, onto("id"), text(a.id));
    if (!a.path.empty()) sink(s, onto("path"), text(a.path));
    if (!a.lang.empty()) sink(s, onto("lang"), text(a.lang));
    if (!a.date.empty()) sink(s, onto("date"), date(a.date));
  }
  for (auto v : boost::make_iterator_range(boost::vertices(g))) emitNode(g[v], sink);
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    emitEdge(g[boost::source(e, g)], g[boost::target(e, g)], g[e], sink);
}

std::string ntIri(const std::string& value) { return "<" + value + ">"; }

std::string ntLiteral(const Term& t, const std::function<std::string(const std::string&)>& datatypeName) {
  std::string out = "\"" + rdfStringEscape(t.value) + "\"";
  if (!t.lang.empty()) out += "@" + std::string(t.lang);
  else if (!t.datatype.empty()) out += "^^" + datatypeName(t.datatype);
  return out;
}

// A prefixed name where the local part is plainly safe, <IRI> otherwise.
std::string turtleName(const std::string& value) {
  for (const auto& [prefix, ns] : kPrefixes) {
    if (value.size() > ns.size() && value.compare(0, ns.size(), ns) == 0) {
      std::string_view local = std::string_view(value).substr(ns.size());
      if (isSafeLocalName(local)) return std::string(prefix) + ":" + std::string(local);
    }
  }
  return ntIri(value);
}

}  // namespace

std::string iriSegment(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      bool keep = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' ||
                  b == '.' || b == '_' || b == '~' || b == ':';
      if (keep) out += static_cast<char>(b);
      else percentEncode(out, b);
      ++i;
      continue;
    }
    size_t len;
    char32_t cp = utf8::decode(text, i, len);
    bool keep = cp != utf8::kInvalid && isUcsChar(cp) && !isInvisibleFormat(cp);
    for (size_t k = 0; k < len; ++k) {
      if (keep) out += text[i + k];
      else percentEncode(out, static_cast<unsigned char>(text[i + k]));
    }
    i += len;
  }
  // "." and ".." are dot segments that IRI resolution would remove.
  if (out == ".") return "%2E";
  if (out == "..") return "%2E%2E";
  return out;
}

std::string rdfStringEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t len;
    char32_t cp = utf8::decode(text, i, len);
    switch (cp) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (cp == utf8::kInvalid) {
          utf8::append(out, 0xFFFD);
        } else if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
          static constexpr char kHex[] = "0123456789ABCDEF";
          out += "\\u00";
          out += kHex[cp >> 4];
          out += kHex[cp & 0xF];
        } else {
          out.append(text.substr(i, len));
        }
    }
    i += len;
  }
  return out;
}

std::string_view guessLabelLang(std::string_view text) {
  bool arabic = false;
  size_t i = 0;
  while (i < text.size()) {
    size_t len;
    char32_t cp = utf8::decode(text, i, len);
    if (cp != utf8::kInvalid && utf8::isLatinLetter(cp)) return "en";
    if (cp != utf8::kInvalid && utf8::isArabicLetter(cp)) arabic = true;
    i += len;
  }
  return arabic ? "ar" : "";
}

void writeNTriples(const KnowledgeGraph& kg, std::ostream& out) {
  std::string line;
  emitGraph(kg, [&](const std::string& s, const std::string& p, const Term& o) {
    line = ntIri(s) + " " + ntIri(p) + " " + (o.isIri ? ntIri(o.value) : ntLiteral(o, ntIri)) + " .\n";
    out << line;
  });
}

void writeTurtle(const KnowledgeGraph& kg, std::ostream& out) {
  for (const auto& [prefix, ns] : kPrefixes) out << "@prefix " << prefix << ": <" << ns << "> .\n";
  std::string previous, line;
  bool any = false;
  emitGraph(kg, [&](const std::string& s, const std::string& p, const Term& o) {
    line.clear();
    if (any && s == previous) {
      line += " ;\n    ";
    } else {
      line += any ? " .\n\n" : "\n";
      line += turtleName(s) + "\n    ";
      previous = s;
    }
    any = true;
    line += p == rdf("type") ? std::string("a") : turtleName(p);
    line += " ";
    line += o.isIri ? turtleName(o.value) : ntLiteral(o, turtleName);
    out << line;
  });
  if (any) out << " .\n";
}

}  // namespace akg
