#include "query/graph_loader.h"

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "base/error.h"
#include "query/json_graph_reader.h"

namespace akg::query {

namespace {

// The whole file, NUL-terminated for in-place parsing. Not a std::string:
// resize() would first zero half a gigabyte.
struct FileText {
  std::unique_ptr<char[]> data;  // size + kJsonPadding bytes, zeros after the text
  size_t size = 0;
  std::string_view view() const { return {data.get(), size}; }
};

FileText withPadding(size_t size) {
  FileText text{std::unique_ptr<char[]>(new char[size + kJsonPadding]), size};
  std::memset(text.data.get() + size, 0, kJsonPadding);
  return text;
}

FileText readWhole(const std::filesystem::path& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) throw Error(path.string() + ": cannot read: " + std::strerror(errno));
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    std::fclose(f);
    throw Error(path.string() + ": cannot read: " + ec.message());
  }
  FileText text = withPadding(size);
  size_t got = size ? std::fread(text.data.get(), 1, size, f) : 0;
  bool bad = std::ferror(f) != 0;
  std::fclose(f);
  if (bad || got != size) throw Error(path.string() + ": read failed");
  return text;
}

GraphFileFormat detectFormat(const std::filesystem::path& path, std::string_view text) {
  std::string ext = path.extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".json") return GraphFileFormat::Json;
  if (ext == ".graphml" || ext == ".xml") return GraphFileFormat::GraphML;
  size_t i = text.find_first_not_of(" \t\r\n");
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) i = text.find_first_not_of(" \t\r\n", 3);
  if (i != std::string_view::npos && text[i] == '<') return GraphFileFormat::GraphML;
  if (i != std::string_view::npos && text[i] == '{') return GraphFileFormat::Json;
  throw Error(path.string() + ": not a graph file: expected JSON ('{') or GraphML ('<')");
}

}  // namespace

std::unique_ptr<KnowledgeGraph> loadGraph(const std::filesystem::path& path, const LoadOptions& options) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw Error(path.string() + ": is a directory, not a graph file");
  FileText text = readWhole(path);
  GraphFileFormat format = options.format ? *options.format : detectFormat(path, text.view());
  if (format == GraphFileFormat::GraphML) return parseGraphML(text.view(), path.string());
  return readJsonGraph(text.data.get(), path.string(), [&] {
    FileText again = readWhole(path);
    return std::string(again.view());
  });
}

}  // namespace akg::query
