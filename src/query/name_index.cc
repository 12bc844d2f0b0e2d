#include "query/name_index.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <limits>

#include "base/error.h"
#include "base/utf8.h"

namespace akg::query {

namespace {

bool isApostrophe(char32_t c) {
  return c == U'\'' || c == U'`' || c == 0x2018 || c == 0x2019 || c == 0x02BC || c == 0x02BE ||
         c == 0x02BF || c == 0x00B4 || c == 0x2032;
}

// Maps one code point after casefolding and mark removal; 0 drops it.
char32_t foldArabic(char32_t c) {
  switch (c) {
    case 0x0671: return 0x0627;  // ٱ alef wasla
    case 0x0622: case 0x0623: case 0x0625: return 0x0627;  // in case marks were not decomposed
    case 0x0649: return 0x064A;  // ى -> ي
    case 0x06CC: return 0x064A;  // Persian yeh
    case 0x06A9: return 0x0643;  // keheh -> kaf
    case 0x0629: return 0x0647;  // ة -> ه
    case 0x0640: return 0;       // tatweel
    default: return c;
  }
}

// Appends c to out, turning every run of separators into one space.
void put(std::string& out, char32_t c, bool& pendingSpace) {
  if (c == U' ') {
    if (!out.empty()) pendingSpace = true;
    return;
  }
  if (pendingSpace) {
    out += ' ';
    pendingSpace = false;
  }
  utf8::append(out, c);
}

void stripLeadingArticle(std::string& key) {
  static constexpr std::string_view kArticles[] = {"the ", "al ", "\xD8\xA7\xD9\x84"};  // ال
  for (std::string_view a : kArticles) {
    if (key.size() > a.size() + 1 && key.compare(0, a.size(), a) == 0 && key[a.size()] != ' ') {
      key.erase(0, a.size());
      return;
    }
  }
}

std::string normalizeAscii(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool pendingSpace = false;
  for (char ch : name) {
    auto c = static_cast<unsigned char>(ch);
    if (c == '\'' || c == '`') continue;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) put(out, c, pendingSpace);
    else if (c >= 'A' && c <= 'Z') put(out, c - 'A' + 'a', pendingSpace);
    else put(out, U' ', pendingSpace);
  }
  return out;
}

std::string normalizeUnicode(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* fold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw Error(std::string("ICU normaliser unavailable: ") + u_errorName(status));
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  icu::UnicodeString folded = fold->normalize(s, status);
  icu::UnicodeString decomposed = nfd->normalize(folded, status);
  if (U_FAILURE(status)) throw Error(std::string("cannot normalise name: ") + u_errorName(status));

  std::string out;
  out.reserve(name.size());
  bool pendingSpace = false;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    int8_t type = u_charType(c);
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_COMBINING_SPACING_MARK) continue;
    if (isApostrophe(static_cast<char32_t>(c))) continue;
    char32_t f = foldArabic(static_cast<char32_t>(c));
    if (f == 0) continue;
    if (u_isalnum(static_cast<UChar32>(f))) put(out, f, pendingSpace);
    else if (type == U_FORMAT_CHAR) continue;  // bidi controls, ZWJ/ZWNJ inside words
    else put(out, U' ', pendingSpace);
  }
  // Without marks, only Hangul jamo can still compose: recompose them so
  // keys compare equal, and skip the pass for every other script.
  bool jamo = false;
  for (size_t i = 0; i < out.size() && !jamo;) {
    size_t len;
    char32_t c = utf8::decode(out, i, len);
    jamo = (c >= 0x1100 && c <= 0x11FF) || (c >= 0xA960 && c <= 0xA97F) || (c >= 0xD7B0 && c <= 0xD7FF);
    i += len;
  }
  if (!jamo) return out;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString composed = nfc->normalize(icu::UnicodeString::fromUTF8(out), status);
  if (U_FAILURE(status)) throw Error(std::string("cannot normalise name: ") + u_errorName(status));
  std::string result;
  composed.toUTF8String(result);
  return result;
}

std::vector<std::string> splitTokens(const std::string& key) {
  std::vector<std::string> tokens;
  size_t start = 0;
  while (start < key.size()) {
    size_t end = key.find(' ', start);
    if (end == std::string::npos) end = key.size();
    std::string token = key.substr(start, end - start);
    // Inside a name every token may carry its own article (Azzam al-Ghareeb).
    std::string stripped = token + " x";
    stripLeadingArticle(stripped);
    stripped.resize(stripped.size() - 2);
    if (token != "al" && token != "the" && !stripped.empty()) tokens.push_back(stripped);
    start = end + 1;
  }
  return tokens;
}

std::u32string codePoints(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    size_t len;
    out.push_back(utf8::decode(s, i, len));
    i += len;
  }
  return out;
}

// Levenshtein distance, giving up (returning limit + 1) once it must exceed limit.
size_t editDistance(const std::u32string& a, const std::u32string& b, size_t limit) {
  size_t diff = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (diff > limit) return limit + 1;
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    size_t rowMin = cur[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({sub, prev[j] + 1, cur[j - 1] + 1});
      rowMin = std::min(rowMin, cur[j]);
    }
    if (rowMin > limit) return limit + 1;
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::vector<Vertex> distinctSorted(std::vector<Vertex> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

}  // namespace

std::string normalizeName(std::string_view name) {
  bool ascii = std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  std::string key = ascii ? normalizeAscii(name) : normalizeUnicode(name);
  stripLeadingArticle(key);
  return key;
}

NameIndex::NameIndex(const KnowledgeGraph& kg) : kg_(kg) {
  const Graph& g = kg.graph();
  std::vector<Entry> entries;
  entries.reserve(boost::num_vertices(g) * 4);
  names_.reserve(boost::num_vertices(g) * 4);
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProps& n = g[v];
    size_t first = entries.size();
    size_t firstName = names_.size();
    auto add = [&](const std::string& name) {
      if (name.empty()) return;
      // Aliases usually repeat the label: skip names already seen on this node.
      for (size_t i = firstName; i < names_.size(); ++i)
        if (names_[i] == name) return;
      std::string key = normalizeName(name);
      if (key.empty()) return;
      for (size_t i = first; i < entries.size(); ++i)
        if (entries[i].key == key) return;  // one key per node is enough
      names_.push_back(name);
      entries.push_back({std::move(key), static_cast<uint32_t>(names_.size() - 1), v});
    };
    add(n.label);
    add(n.labelAr);
    for (const auto& a : n.aliases) add(a);
    std::string id = n.id;
    std::replace(id.begin(), id.end(), '_', ' ');
    add(id);
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return a.key < b.key || (a.key == b.key && a.vertex < b.vertex);
  });
  entries_ = std::move(entries);
  // A sorted vector, not a hash map of vectors: one allocation per token
  // instead of two, and a single sort.
  tokens_.reserve(entries_.size() * 2);
  for (uint32_t i = 0; i < entries_.size(); ++i)
    for (auto& t : splitTokens(entries_[i].key)) tokens_.emplace_back(std::move(t), i);
  std::sort(tokens_.begin(), tokens_.end());
  tokens_.erase(std::unique(tokens_.begin(), tokens_.end()), tokens_.end());
}

std::vector<Vertex> NameIndex::exact(const std::string& key) const {
  std::vector<Vertex> out;
  auto it = std::lower_bound(entries_.begin(), entries_.end(), key,
                             [](const Entry& e, const std::string& k) { return e.key < k; });
  for (; it != entries_.end() && it->key == key; ++it) out.push_back(it->vertex);
  return distinctSorted(std::move(out));
}

std::vector<Vertex> NameIndex::prefixed(const std::string& key) const {
  std::vector<Vertex> out;
  auto it = std::lower_bound(entries_.begin(), entries_.end(), key,
                             [](const Entry& e, const std::string& k) { return e.key < k; });
  for (; it != entries_.end() && it->key.compare(0, key.size(), key) == 0; ++it) out.push_back(it->vertex);
  return distinctSorted(std::move(out));
}

std::vector<Vertex> NameIndex::tokenMatches(const std::string& key) const {
  std::vector<std::string> tokens = splitTokens(key);
  if (tokens.empty()) return {};
  std::vector<uint32_t> hits;
  bool firstToken = true;
  for (const auto& t : tokens) {
    auto lo = std::lower_bound(tokens_.begin(), tokens_.end(), t,
                               [](const std::pair<std::string, uint32_t>& e, const std::string& k) { return e.first < k; });
    std::vector<uint32_t> with;
    for (; lo != tokens_.end() && lo->first == t; ++lo) with.push_back(lo->second);
    if (with.empty()) return {};
    if (firstToken) {
      hits = std::move(with);
      firstToken = false;
    } else {
      std::vector<uint32_t> both;
      std::set_intersection(hits.begin(), hits.end(), with.begin(), with.end(), std::back_inserter(both));
      hits = std::move(both);
    }
    if (hits.empty()) return {};
  }
  std::vector<Vertex> out;
  for (uint32_t i : hits) out.push_back(entries_[i].vertex);
  return distinctSorted(std::move(out));
}

std::vector<NameMatch::Suggestion> NameIndex::suggest(const std::string& key) const {
  std::u32string q = codePoints(key);
  // Up to a third of the name may be wrong, and at least two letters.
  size_t limit = std::max<size_t>(2, q.size() / 3);
  std::vector<NameMatch::Suggestion> found;
  for (const auto& e : entries_) {
    size_t d = editDistance(q, codePoints(e.key), limit);
    if (d > limit) continue;
    found.push_back({names_[e.name], e.vertex, d});
  }
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.distance < b.distance; });
  std::vector<NameMatch::Suggestion> out;
  for (auto& s : found) {
    if (std::any_of(out.begin(), out.end(), [&](const auto& o) { return o.vertex == s.vertex; })) continue;
    out.push_back(std::move(s));
    if (out.size() == 5) break;
  }
  return out;
}

NameMatch NameIndex::lookup(std::string_view name) const {
  NameMatch m;
  auto finish = [&](std::vector<Vertex> found, const char* how) {
    m.candidates = std::move(found);
    m.how = how;
    m.status = m.candidates.size() == 1 ? NameMatch::Status::Unique : NameMatch::Status::Ambiguous;
    return m;
  };
  if (auto v = kg_.find(std::string(name))) return finish({*v}, "id");
  std::string key = normalizeName(name);
  if (key.empty()) return m;
  if (auto v = exact(key); !v.empty()) return finish(std::move(v), "exact");

  // Arabic proclitics written onto the name: وقسد, بحلب, للجيش.
  static constexpr std::string_view kClitics[] = {"\xD9\x84\xD9\x84",  // لل
                                                  "\xD9\x88", "\xD9\x81", "\xD8\xA8", "\xD9\x83", "\xD9\x84"};
  for (std::string_view c : kClitics) {
    if (key.size() > c.size() + 4 && key.compare(0, c.size(), c) == 0) {
      std::string rest = normalizeName(std::string_view(key).substr(c.size()));
      if (auto v = exact(rest); !v.empty()) return finish(std::move(v), "clitic");
    }
  }
  if (auto v = prefixed(key); !v.empty()) return finish(std::move(v), "prefix");
  if (auto v = tokenMatches(key); !v.empty()) return finish(std::move(v), "token");
  m.status = NameMatch::Status::Unknown;
  m.suggestions = suggest(key);
  return m;
}

}  // namespace akg::query
