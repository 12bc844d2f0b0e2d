// One news article as read from disk or stdin. `text` is the input exactly as
// given; spans everywhere in akg are byte offsets into it. The optional
// " date YYYY-MM-DD" header is recognised but left in place: extraction
// starts at bodyBegin.
#pragma once
#include <cstddef>
#include <string>

#include "base/lang.h"

namespace akg {

struct Article {
  std::string id;        // file stem, JSONL "id", or "<stem>:<line>"
  std::string path;      // where it came from ("-" for stdin)
  size_t line = 0;       // JSONL line number, 0 for plain files
  Lang lang = Lang::En;
  std::string date;      // YYYY-MM-DD or empty
  std::string text;
  size_t bodyBegin = 0;  // first byte after the date header
};

// The script that dominates the text: Arabic letters outnumbering Latin ones
// make it Arabic (articles quote names in the other script).
Lang detectLanguage(std::string_view text);

// Recognises a leading "date YYYY-MM-DD" (leading whitespace allowed, on its
// own line or followed by text). Returns the byte where the body starts, or 0.
size_t parseDateHeader(std::string_view text, std::string& date);

bool isValidDate(std::string_view date);

}  // namespace akg
