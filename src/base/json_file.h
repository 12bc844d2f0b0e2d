// RapidJSON parsing with errors that name the file, line and column.
#pragma once
#include <rapidjson/document.h>

#include <string>
#include <string_view>

namespace akg {

// Parses JSON text (validating UTF-8); `where` names the source in errors
// ("graph_schemas/lexicon.json"). Throws akg::Error "where:line:col: reason".
rapidjson::Document parseJson(std::string_view text, const std::string& where);
rapidjson::Document parseJsonFile(const std::string& path);

// 1-based line and column of a byte offset.
std::pair<size_t, size_t> lineColumn(std::string_view text, size_t offset);

}  // namespace akg
