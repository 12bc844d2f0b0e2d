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

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path.string() + ": cannot read: " + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw Error(path.string() + ": read failed");
  return std::move(ss).str();
}

}  // namespace akg
