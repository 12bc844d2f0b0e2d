// Small UTF-8 helpers over std::string_view. Decoding never reads past the
// view and reports invalid sequences instead of guessing.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace akg::utf8 {

inline constexpr char32_t kInvalid = 0xFFFFFFFF;

// Decodes the code point at s[i]; sets len to the bytes consumed (1 for an
// invalid byte) and returns kInvalid for malformed input.
char32_t decode(std::string_view s, size_t i, size_t& len);

void append(std::string& out, char32_t cp);

// Byte offset of the first invalid sequence, or nullopt when s is valid.
std::optional<size_t> firstInvalid(std::string_view s);

bool isArabicLetter(char32_t cp);
bool isLatinLetter(char32_t cp);

// Text fit for XML and Graphviz: invalid bytes and C0 controls other than
// tab/newline become spaces.
std::string sanitize(std::string_view s);

}  // namespace akg::utf8
