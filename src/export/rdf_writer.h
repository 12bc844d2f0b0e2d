// RDF: the graph as N-Triples or Turtle in the akg namespaces below. Both
// writers emit the same triples (Turtle only groups them by subject and uses
// prefixed names), so the two files load into isomorphic stores.
#pragma once
#include <ostream>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace akg {

// Stable namespaces; graph_schemas/schema/EXPORT_FORMATS.md lists the terms.
inline constexpr std::string_view kRdfOntologyNs = "https://akg.example/ontology#";   // classes, predicates
inline constexpr std::string_view kRdfEntityNs = "https://akg.example/id/";           // nodes: + iriSegment(id)
inline constexpr std::string_view kRdfArticleNs = "https://akg.example/article/";     // articles
inline constexpr std::string_view kRdfStatementNs = "https://akg.example/statement/"; // reified edges, evidence

// Text as one IRI path segment (RFC 3987): ASCII letters, digits, - . _ ~ :
// and non-ASCII characters IRIs allow (Arabic included) stay as they are;
// everything else is percent-encoded as UTF-8 bytes, which covers space, / ? #
// % and < > " { } | \ ^ `, controls, bidi marks (LRM, RLM, embeddings,
// isolates: RFC 3987 4.1 forbids them) and private-use or non-characters.
// Invalid UTF-8 bytes are encoded byte by byte. The mapping is injective:
// distinct ids give distinct IRIs.
std::string iriSegment(std::string_view text);

// Text as the inside of an N-Triples or Turtle "..." literal: \ " and line
// breaks and tabs get their short escapes, other controls (C0, DEL, C1) become
// \uXXXX, and invalid UTF-8 bytes become U+FFFD (RDF text is UTF-8).
std::string rdfStringEscape(std::string_view text);

// "en" when the text has a Latin letter, "ar" when it has Arabic letters and
// no Latin one, "" (no tag) otherwise: the language tag akg gives labels and
// aliases whose language it does not record.
std::string_view guessLabelLang(std::string_view text);

void writeNTriples(const KnowledgeGraph& kg, std::ostream& out);
void writeTurtle(const KnowledgeGraph& kg, std::ostream& out);

}  // namespace akg
