#include "query/graph_loader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <thread>

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

// Reads [begin, end) of the file into buf + begin.
bool readRange(int fd, char* buf, size_t begin, size_t end) {
  while (begin < end) {
    ssize_t n = ::pread(fd, buf + begin, end - begin, static_cast<off_t>(begin));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    begin += static_cast<size_t>(n);
  }
  return true;
}

// Pipes and other unsized inputs ("-" is stdin): read to the end.
FileText readStream(int fd, const std::string& name) {
  std::string all;
  char chunk[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw Error(name + ": read failed: " + std::strerror(errno));
    if (n == 0) break;
    all.append(chunk, static_cast<size_t>(n));
  }
  FileText text = withPadding(all.size());
  std::memcpy(text.data.get(), all.data(), all.size());
  return text;
}

FileText readWhole(const std::filesystem::path& path) {
  if (path == "-") return readStream(STDIN_FILENO, "stdin");
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw Error(path.string() + ": cannot read: " + std::strerror(errno));
  struct stat st;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    try {
      FileText text = readStream(fd, path.string());
      ::close(fd);
      return text;
    } catch (...) {
      ::close(fd);
      throw;
    }
  }
  size_t size = static_cast<size_t>(st.st_size);
  FileText text = withPadding(size);
  bool ok;
  // Copying half a gigabyte out of the page cache into fresh pages is a
  // fifth of a large load: two threads take a half each.
  constexpr size_t kSplitAbove = 64u << 20;
  if (size > kSplitAbove) {
    bool secondOk = false;
    std::thread second([&] { secondOk = readRange(fd, text.data.get(), size / 2, size); });
    ok = readRange(fd, text.data.get(), 0, size / 2);
    second.join();
    ok = ok && secondOk;
  } else {
    ok = readRange(fd, text.data.get(), 0, size);
  }
  int err = errno;
  ::close(fd);
  if (!ok) throw Error(path.string() + ": read failed" + (err ? std::string(": ") + std::strerror(err) : ""));
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
  const bool stdinput = path == "-";
  if (!stdinput && std::filesystem::is_directory(path, ec))
    throw Error(path.string() + ": is a directory, not a graph file");
  const std::string where = stdinput ? "stdin" : path.string();
  FileText text = readWhole(path);
  GraphFileFormat format = options.format ? *options.format : detectFormat(path, text.view());
  if (format == GraphFileFormat::GraphML) return parseGraphML(text.view(), where);
  // Parsing rewrites the buffer; errors need the text as written. A file can
  // be read again; standard input is kept.
  std::string kept = stdinput ? std::string(text.view()) : std::string();
  return readJsonGraph(text.data.get(), where, [&] {
    if (stdinput) return kept;
    FileText again = readWhole(path);
    return std::string(again.view());
  });
}

}  // namespace akg::query
