#include "export/export.h"

#include <algorithm>
#include <cctype>

#include "base/atomic_file.h"
#include "base/error.h"
#include "export/csv_writer.h"
#include "export/dot_writer.h"
#include "export/graphml_writer.h"
#include "export/json_writer.h"
#include "export/render.h"

namespace akg {

std::string_view toString(Format f) {
  switch (f) {
    case Format::Json: return "json";
    case Format::Dot: return "dot";
    case Format::GraphML: return "graphml";
    case Format::Svg: return "svg";
    case Format::Png: return "png";
    case Format::Csv: return "csv";
  }
  return "unknown";
}

std::optional<Format> parseFormat(std::string_view name) {
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lower == "json") return Format::Json;
  if (lower == "dot" || lower == "gv") return Format::Dot;
  if (lower == "graphml") return Format::GraphML;
  if (lower == "svg") return Format::Svg;
  if (lower == "png") return Format::Png;
  if (lower == "csv") return Format::Csv;
  return std::nullopt;
}

std::optional<Format> formatFromPath(const std::filesystem::path& p) {
  std::string ext = p.extension().string();
  if (ext.size() < 2) return std::nullopt;
  return parseFormat(std::string_view(ext).substr(1));
}

void exportGraph(const KnowledgeGraph& kg, Format format, const std::filesystem::path& path,
                 const ExportOptions& options) {
  switch (format) {
    case Format::Json:
      writeFileAtomic(path, [&](std::ostream& out) {
        writeJson(kg, out, JsonOptions{.pretty = options.pretty, .evidence = options.evidence});
      });
      return;
    case Format::Dot:
      writeDot(kg, path);
      return;
    case Format::GraphML:
      writeFileAtomic(path, [&](std::ostream& out) {
        writeGraphml(kg, out, GraphmlOptions{.evidence = options.evidence});
      });
      return;
    case Format::Svg:
    case Format::Png:
      render(kg, format, path, RenderOptions{.layout = options.layout});
      return;
    case Format::Csv:
      writeCsv(kg, path);
      return;
  }
  throw Error(path.string() + ": unknown export format");
}

}  // namespace akg
