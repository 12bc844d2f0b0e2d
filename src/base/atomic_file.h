// Output files are whole or absent: content goes to a temporary file beside
// the target, which is renamed over it only after the writer succeeded.
#pragma once
#include <cstdio>
#include <filesystem>
#include <functional>
#include <ostream>
#include <string>

namespace akg {

// "-" writes to stdout; devices and pipes (/dev/null, a FIFO) are written in
// place, never replaced. Throws akg::Error naming the path on failure; the
// temporary file is removed then.
void writeFileAtomic(const std::filesystem::path& path,
                     const std::function<void(std::ostream&)>& write);

// For C libraries (cgraph) that write to a FILE*.
void writeFileAtomicC(const std::filesystem::path& path,
                      const std::function<void(std::FILE*)>& write);

// For formats that are a set of files (Neo4j and Kùzu CSVs with their
// scripts): write() fills a fresh temporary directory beside dir, which then
// replaces dir in one rename. A dir that already exists must be a directory
// akg wrote before, or empty: it holds a ".akg-export" marker file, so a
// mistyped -o never deletes someone's folder. Throws akg::Error naming dir.
void writeDirectoryAtomic(const std::filesystem::path& dir,
                          const std::function<void(const std::filesystem::path&)>& write);

// Reads a whole file; throws akg::Error naming the path.
std::string readFile(const std::filesystem::path& path);

}  // namespace akg
