// Placeholders for the issue 5 writers; each moves to its own file as it is
// written, and this file goes away.
#include "base/error.h"
#include "export/geojson_writer.h"
#include "export/gexf_writer.h"
#include "export/html_writer.h"
#include "export/kuzu_writer.h"
#include "export/neo4j_writer.h"
#include "export/rdf_writer.h"

namespace akg {
namespace {
[[noreturn]] void pending(const char* what) { throw Error(std::string(what) + " export is not available yet"); }
}  // namespace
void writeGexf(const KnowledgeGraph&, std::ostream&, const GexfOptions&) { pending("GEXF"); }
void writeNeo4jImport(const KnowledgeGraph&, const std::filesystem::path&) { pending("Neo4j"); }
void writeCypher(const KnowledgeGraph&, std::ostream&) { pending("Cypher"); }
void writeKuzu(const KnowledgeGraph&, const std::filesystem::path&) { pending("Kùzu"); }
void writeNTriples(const KnowledgeGraph&, std::ostream&) { pending("N-Triples"); }
void writeTurtle(const KnowledgeGraph&, std::ostream&) { pending("Turtle"); }
void writeGeoJson(const KnowledgeGraph&, std::ostream&) { pending("GeoJSON"); }
void writeHtml(const KnowledgeGraph&, std::ostream&, const HtmlOptions&) { pending("HTML"); }
}  // namespace akg
