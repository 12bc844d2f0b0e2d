// Turns command-line inputs (files, directories, "-") into Articles. Bad input
// is reported through the error sink with its position and skipped; reading
// continues with the next article.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "ingest/article.h"

namespace akg {

struct InputProblem {
  std::string where;    // "path", "path:line:col" or "path: byte N"
  std::string message;
  std::string text() const { return where + ": " + message; }
};

using ArticleSink = std::function<void(Article&&)>;
using ProblemSink = std::function<void(const InputProblem&)>;

// Expands directories recursively into their *.txt and *.jsonl files (sorted);
// a missing path is reported and dropped.
std::vector<std::string> expandInputs(const std::vector<std::string>& inputs, const ProblemSink& problems);

// Reads one input: a .jsonl file (one article per line), a text file (one
// article), or "-" (stdin: JSON Lines when the first byte is '{').
void readInput(const std::string& path, const ArticleSink& sink, const ProblemSink& problems);

// Parses one text article already in memory (used for files and stdin).
// Returns false (and reports) when the bytes are not a usable article.
bool makeTextArticle(std::string&& bytes, const std::string& path, const std::string& id, Article& out,
                     const ProblemSink& problems);

// Parses JSON Lines content; `path` names it in errors.
void readJsonLines(std::string_view content, const std::string& path, const ArticleSink& sink,
                   const ProblemSink& problems);

}  // namespace akg
