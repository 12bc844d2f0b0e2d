#include "ingest/reader.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <iterator>

#include "base/atomic_file.h"
#include "base/error.h"
#include "base/json_file.h"

#include <rapidjson/error/en.h>
#include "base/utf8.h"

namespace akg {
namespace fs = std::filesystem;

namespace {

bool wanted(const fs::path& p) {
  auto ext = p.extension().string();
  return ext == ".txt" || ext == ".jsonl";
}

// The first reason these bytes are not a text article, or empty when usable.
std::string checkBytes(std::string_view bytes, std::string& where, const std::string& path) {
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) return "empty file: no article text";
  auto nul = bytes.find('\0');
  if (nul != std::string_view::npos) {
    where = path + ": byte " + std::to_string(nul);
    return "binary file (NUL byte), not a text article";
  }
  if (auto bad = utf8::firstInvalid(bytes)) {
    where = path + ": byte " + std::to_string(*bad);
    return "invalid UTF-8";
  }
  return {};
}

std::string stem(const std::string& path) {
  if (path == "-") return "stdin";
  return fs::path(path).stem().string();
}

}  // namespace

std::vector<std::string> expandInputs(const std::vector<std::string>& inputs, const ProblemSink& problems) {
  std::vector<std::string> out;
  for (const auto& in : inputs) {
    if (in == "-") { out.push_back(in); continue; }
    std::error_code ec;
    auto status = fs::status(in, ec);
    if (ec || !fs::exists(status)) {
      problems({in, "no such file or directory"});
      continue;
    }
    if (fs::is_directory(status)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(in, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file() && wanted(it->path())) found.push_back(it->path().string());
      }
      if (ec) problems({in, "cannot list directory: " + ec.message()});
      std::sort(found.begin(), found.end());
      if (found.empty()) problems({in, "directory holds no *.txt or *.jsonl articles"});
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(in);
    }
  }
  return out;
}

bool makeTextArticle(std::string&& bytes, const std::string& path, const std::string& id, Article& a,
                     const ProblemSink& problems) {
  std::string where = path;
  auto why = checkBytes(bytes, where, path);
  if (!why.empty()) {
    problems({where, why});
    return false;
  }
  a.id = id;
  a.path = path;
  a.text = std::move(bytes);
  a.bodyBegin = parseDateHeader(a.text, a.date);
  a.lang = detectLanguage(a.text);
  return true;
}

void readJsonLines(std::string_view content, const std::string& path, const ArticleSink& sink,
                   const ProblemSink& problems) {
  size_t lineNo = 0, pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    auto line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++lineNo;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    std::string where = path + ":" + std::to_string(lineNo);
    try {
      rapidjson::Document doc;
      doc.Parse<rapidjson::kParseValidateEncodingFlag>(line.data(), line.size());
      if (doc.HasParseError()) {
        auto [l, col] = lineColumn(line, doc.GetErrorOffset());
        (void)l;
        problems({where + ":" + std::to_string(col), rapidjson::GetParseError_En(doc.GetParseError())});
        continue;
      }
      if (!doc.IsObject()) throw Error(where + ":1: not a JSON object");
      auto textIt = doc.FindMember("text");
      if (textIt == doc.MemberEnd() || !textIt->value.IsString())
        throw Error(where + ": missing string field \"text\"");
      Article a;
      std::string id = stem(path) + ":" + std::to_string(lineNo);
      if (auto it = doc.FindMember("id"); it != doc.MemberEnd()) {
        if (it->value.IsString()) id = it->value.GetString();
        else if (it->value.IsInt64()) id = std::to_string(it->value.GetInt64());
      }
      std::string text(textIt->value.GetString(), textIt->value.GetStringLength());
      if (!makeTextArticle(std::move(text), path, id, a, [&](const InputProblem& p) {
            problems({where, p.message});
          }))
        continue;
      a.line = lineNo;
      if (auto it = doc.FindMember("date"); it != doc.MemberEnd() && it->value.IsString()) {
        std::string d = it->value.GetString();
        if (!isValidDate(d)) throw Error(where + ": \"date\" is not YYYY-MM-DD: " + d);
        a.date = d;
      }
      if (auto it = doc.FindMember("lang"); it != doc.MemberEnd() && it->value.IsString()) {
        auto l = parseLang(it->value.GetString());
        if (!l) throw Error(where + ": \"lang\" must be \"en\" or \"ar\"");
        a.lang = *l;
      }
      sink(std::move(a));
    } catch (const Error& e) {
      std::string msg = e.what();
      // parseJson already prefixes the position; split it for the sink.
      auto cut = msg.find(": ", where.size());
      if (msg.rfind(where, 0) == 0 && cut != std::string::npos)
        problems({msg.substr(0, cut), msg.substr(cut + 2)});
      else
        problems({where, msg});
    }
  }
}

void readInput(const std::string& path, const ArticleSink& sink, const ProblemSink& problems) {
  std::string bytes;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::error_code ec;
    if (fs::is_directory(path, ec)) { problems({path, "is a directory"}); return; }
    try {
      bytes = readFile(path);
    } catch (const Error& e) {
      problems({path, std::string(e.what()).substr(path.size() + 2)});
      return;
    }
  }
  bool jsonl = fs::path(path).extension() == ".jsonl";
  if (path == "-") {
    auto first = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    jsonl = first != std::string::npos && bytes[first] == '{';
  }
  if (jsonl) {
    // Encoding is validated line by line so one bad line costs only itself.
    if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
      problems({path, "empty file: no articles"});
      return;
    }
    readJsonLines(bytes, path, sink, problems);
    return;
  }
  Article a;
  if (makeTextArticle(std::move(bytes), path, stem(path), a, problems)) sink(std::move(a));
}

}  // namespace akg
