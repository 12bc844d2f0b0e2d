#include "export/export.h"

#include <algorithm>
#include <cctype>

#include "base/atomic_file.h"
#include "base/error.h"
#include "export/csv_writer.h"
#include "export/dot_writer.h"
#include "export/geojson_writer.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/html_writer.h"
#include "export/json_writer.h"
#include "export/kuzu_writer.h"
#include "export/neo4j_writer.h"
#include "export/rdf_writer.h"
#include "export/render.h"

namespace akg {

const std::vector<FormatInfo>& formats() {
  static const std::vector<FormatInfo> table = {
      {Format::Json, "json", {"json"}, false, "node-link JSON (graph_schemas/schema/graph.schema.json)"},
      {Format::Dot, "dot", {"dot", "gv"}, false, "Graphviz DOT, styled"},
      {Format::GraphML, "graphml", {"graphml"}, false, "GraphML for Gephi, yEd (--yed), networkx, Neo4j APOC"},
      {Format::Gexf, "gexf", {"gexf"}, false, "GEXF 1.3 for Gephi"},
      {Format::Svg, "svg", {"svg"}, false, "diagram drawn by Graphviz"},
      {Format::Png, "png", {"png"}, false, "diagram drawn by Graphviz"},
      {Format::Pdf, "pdf", {"pdf"}, false, "diagram drawn by Graphviz"},
      {Format::Html, "html", {"html", "htm"}, false, "one-file interactive viewer (search, filters, evidence)"},
      {Format::Csv, "csv", {"csv"}, false, "<stem>_nodes.csv and <stem>_edges.csv"},
      {Format::Neo4j, "neo4j", {}, true, "folder for neo4j-admin database import, with load.cypher"},
      {Format::Cypher, "cypher", {"cypher", "cql"}, false, "Cypher MERGE script for a running Neo4j server"},
      {Format::Kuzu, "kuzu", {}, true, "folder with Kùzu schema, CSVs and load script"},
      {Format::NTriples, "ntriples", {"nt"}, false, "RDF N-Triples"},
      {Format::Turtle, "turtle", {"ttl"}, false, "RDF Turtle"},
      {Format::GeoJson, "geojson", {"geojson"}, false, "locations with coordinates, for maps"},
  };
  return table;
}

const FormatInfo& info(Format f) {
  for (const auto& i : formats())
    if (i.format == f) return i;
  throw Error("unknown export format");
}

std::string_view toString(Format f) { return info(f).name; }

std::optional<Format> parseFormat(std::string_view name) {
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const auto& i : formats()) {
    if (i.name == lower) return i.format;
    if (std::find(i.extensions.begin(), i.extensions.end(), lower) != i.extensions.end()) return i.format;
  }
  return std::nullopt;
}

std::optional<Format> formatFromPath(const std::filesystem::path& p) {
  std::string ext = p.extension().string();
  if (ext.size() < 2) return std::nullopt;
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const auto& i : formats())
    for (auto e : i.extensions)
      if (e == std::string_view(ext).substr(1)) return i.format;
  return std::nullopt;
}

std::string formatNames() {
  std::string out;
  for (const auto& i : formats()) {
    if (!out.empty()) out += ", ";
    out += i.name;
  }
  return out;
}

void exportGraph(const KnowledgeGraph& kg, Format format, const std::filesystem::path& path,
                 const ExportOptions& options) {
  auto toFile = [&](auto&& write) { writeFileAtomic(path, write); };
  switch (format) {
    case Format::Json:
      return toFile([&](std::ostream& out) {
        writeJson(kg, out, JsonOptions{.pretty = options.pretty, .evidence = options.evidence});
      });
    case Format::Dot:
      return writeDot(kg, path);
    case Format::GraphML:
      return toFile([&](std::ostream& out) {
        writeGraphml(kg, out, GraphmlOptions{.evidence = options.evidence, .yed = options.yed});
      });
    case Format::Gexf:
      return toFile([&](std::ostream& out) { writeGexf(kg, out, GexfOptions{.evidence = options.evidence}); });
    case Format::Svg:
    case Format::Png:
    case Format::Pdf:
      return render(kg, format, path, RenderOptions{.layout = options.layout});
    case Format::Html:
      return toFile([&](std::ostream& out) { writeHtml(kg, out, HtmlOptions{.evidence = options.evidence}); });
    case Format::Csv:
      return writeCsv(kg, path);
    case Format::Neo4j:
      return writeDirectoryAtomic(path, [&](const std::filesystem::path& dir) { writeNeo4jImport(kg, dir); });
    case Format::Cypher:
      return toFile([&](std::ostream& out) { writeCypher(kg, out); });
    case Format::Kuzu:
      return writeDirectoryAtomic(path, [&](const std::filesystem::path& dir) { writeKuzu(kg, dir); });
    case Format::NTriples:
      return toFile([&](std::ostream& out) { writeNTriples(kg, out); });
    case Format::Turtle:
      return toFile([&](std::ostream& out) { writeTurtle(kg, out); });
    case Format::GeoJson:
      return toFile([&](std::ostream& out) { writeGeoJson(kg, out); });
  }
  throw Error(path.string() + ": unknown export format");
}

}  // namespace akg
