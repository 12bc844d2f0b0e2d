#include "base/atomic_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>

#include "base/error.h"

namespace akg {
namespace fs = std::filesystem;

namespace {

fs::path temporaryBeside(const fs::path& path) {
  std::random_device rd;
  auto name = "." + path.filename().string() + ".tmp" + std::to_string(::getpid()) + "_" +
              std::to_string(rd() % 1000000);
  return path.parent_path() / name;
}

void ensureParent(const fs::path& path) {
  auto parent = path.parent_path();
  if (parent.empty()) return;
  std::error_code ec;
  fs::create_directories(parent, ec);
  if (ec) throw Error(parent.string() + ": cannot create directory: " + ec.message());
}

// Devices, pipes and sockets (/dev/null, /dev/stdout, a FIFO) are written in
// place: renaming a temporary file over them would replace the device.
bool specialFile(const fs::path& path) {
  std::error_code ec;
  auto st = fs::status(path, ec);
  return !ec && fs::exists(st) && !fs::is_regular_file(st) && !fs::is_directory(st);
}

void commit(const fs::path& tmp, const fs::path& path) {
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw Error(path.string() + ": cannot write: " + ec.message());
  }
}

}  // namespace

void writeFileAtomic(const fs::path& path, const std::function<void(std::ostream&)>& write) {
  if (path == "-") {
    write(std::cout);
    std::cout.flush();
    if (!std::cout) throw Error("stdout: write failed");
    return;
  }
  if (specialFile(path)) {
    std::ofstream out(path, std::ios::binary);
    if (!out) throw Error(path.string() + ": cannot write: " + std::strerror(errno));
    write(out);
    out.flush();
    if (!out) throw Error(path.string() + ": write failed");
    return;
  }
  ensureParent(path);
  auto tmp = temporaryBeside(path);
  try {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw Error(path.string() + ": cannot write: " + std::strerror(errno));
    write(out);
    out.flush();
    if (!out) throw Error(path.string() + ": write failed: " + std::strerror(errno));
  } catch (...) {
    std::error_code ec;
    fs::remove(tmp, ec);
    throw;
  }
  commit(tmp, path);
}

void writeFileAtomicC(const fs::path& path, const std::function<void(std::FILE*)>& write) {
  if (path == "-") {
    write(stdout);
    if (std::fflush(stdout) != 0) throw Error("stdout: write failed");
    return;
  }
  if (specialFile(path)) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) throw Error(path.string() + ": cannot write: " + std::strerror(errno));
    try {
      write(f);
    } catch (...) {
      std::fclose(f);
      throw;
    }
    if (std::fclose(f) != 0) throw Error(path.string() + ": write failed");
    return;
  }
  ensureParent(path);
  auto tmp = temporaryBeside(path);
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) throw Error(path.string() + ": cannot write: " + std::strerror(errno));
  try {
    write(f);
  } catch (...) {
    std::fclose(f);
    std::error_code ec;
    fs::remove(tmp, ec);
    throw;
  }
  bool failed = std::ferror(f) != 0;
  if (std::fclose(f) != 0 || failed) {
    std::error_code ec;
    fs::remove(tmp, ec);
    throw Error(path.string() + ": write failed");
  }
  commit(tmp, path);
}

void writeDirectoryAtomic(const fs::path& dirIn, const std::function<void(const fs::path&)>& write) {
  if (dirIn == "-") throw Error("a directory format cannot be written to stdout: give -o DIR");
  // "out/neo4j/" names the folder "neo4j", not an empty file name.
  fs::path dir = dirIn.has_filename() ? dirIn : dirIn.parent_path();
  std::error_code ec;
  const bool exists = fs::exists(dir, ec);
  if (exists) {
    if (!fs::is_directory(dir, ec)) throw Error(dir.string() + ": exists and is not a directory");
    const bool empty = fs::is_empty(dir, ec);
    if (!empty && !fs::exists(dir / ".akg-export", ec))
      throw Error(dir.string() + ": directory exists and was not written by akg (no .akg-export); "
                  "refusing to replace it");
  }
  ensureParent(dir);
  auto tmp = temporaryBeside(dir);
  fs::create_directory(tmp, ec);
  if (ec) throw Error(dir.string() + ": cannot create " + tmp.string() + ": " + ec.message());
  try {
    write(tmp);
    std::ofstream marker(tmp / ".akg-export");
    marker << "Written by akg; the whole folder is replaced on the next export.\n";
    if (!marker) throw Error(dir.string() + ": write failed");
  } catch (...) {
    fs::remove_all(tmp, ec);
    throw;
  }
  // Two renames: the old folder moves aside, the new one takes its name.
  // Between them the path is briefly absent, never half-written.
  fs::path old;
  if (exists) {
    old = temporaryBeside(dir);
    fs::rename(dir, old, ec);
    if (ec) {
      fs::remove_all(tmp, ec);
      throw Error(dir.string() + ": cannot replace: " + ec.message());
    }
  }
  fs::rename(tmp, dir, ec);
  if (ec) {
    std::error_code ignored;
    if (!old.empty()) fs::rename(old, dir, ignored);
    fs::remove_all(tmp, ignored);
    throw Error(dir.string() + ": cannot write: " + ec.message());
  }
  if (!old.empty()) fs::remove_all(old, ec);
}

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path.string() + ": cannot read: " + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw Error(path.string() + ": read failed");
  return std::move(ss).str();
}

}  // namespace akg
