#include "base/json_file.h"

#include <rapidjson/error/en.h>

#include "base/atomic_file.h"
#include "base/error.h"

namespace akg {

std::pair<size_t, size_t> lineColumn(std::string_view text, size_t offset) {
  size_t line = 1, col = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') { ++line; col = 1; }
    // Columns count characters, not UTF-8 continuation bytes.
    else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
  }
  return {line, col};
}

rapidjson::Document parseJson(std::string_view text, const std::string& where) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(text.data(), text.size());
  if (doc.HasParseError()) {
    auto [line, col] = lineColumn(text, doc.GetErrorOffset());
    throw Error(where + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " +
                rapidjson::GetParseError_En(doc.GetParseError()));
  }
  return doc;
}

rapidjson::Document parseJsonFile(const std::string& path) {
  return parseJson(readFile(path), path);
}

}  // namespace akg
