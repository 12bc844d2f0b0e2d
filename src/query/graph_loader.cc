#include "query/graph_loader.h"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <cstdint>
#include <optional>

#include "base/atomic_file.h"
#include "base/error.h"
#include "base/json_file.h"
#include "graph/bulk_load.h"

namespace akg::query {

namespace {

// Node id -> vertex for the two lookups every edge needs: open addressing
// with the hash kept in the slot, so a lookup touches one slot and, on a
// hit, the id once. std::unordered_map chases three pointers per lookup and
// was a third of the load time at a million edges.
class IdTable {
 public:
  std::optional<Vertex> find(std::string_view id) const {
    if (slots_.empty()) return std::nullopt;
    uint64_t h = hash(id);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.vertex == kEmpty) return std::nullopt;
      if (s.hash == h && ids_[s.vertex] == id) return s.vertex;
    }
  }
  // The view must outlive the table (it points into the parse buffer).
  // Vertices arrive in order 0, 1, 2, ...
  bool insert(std::string_view id, Vertex v) {
    if (find(id)) return false;
    if ((ids_.size() + 1) * 2 > slots_.size()) grow();
    ids_.push_back(id);
    place(hash(id), static_cast<uint32_t>(v));
    return true;
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint64_t hash = 0;
    uint32_t vertex = kEmpty;
  };
  static uint64_t hash(std::string_view id) { return std::hash<std::string_view>{}(id); }
  void place(uint64_t h, uint32_t v) {
    size_t i = h & mask_;
    while (slots_[i].vertex != kEmpty) i = (i + 1) & mask_;
    slots_[i] = {h, v};
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<size_t>(1024, old.size() * 2), Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old)
      if (s.vertex != kEmpty) place(s.hash, s.vertex);
  }
  std::vector<Slot> slots_;
  std::vector<std::string_view> ids_;  // by vertex
  size_t mask_ = 0;
};

// A SAX handler that builds the graph while RapidJSON reads the text in
// place: no DOM, string views into the buffer until a value is kept. A
// million-edge file would need gigabytes as a DOM.
class GraphHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, GraphHandler> {
 public:
  GraphHandler(KnowledgeGraph& kg, const rapidjson::InsituStringStream& stream) : kg_(kg), stream_(stream) {}

  // The first structural fault: its message and the byte offset it refers to.
  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }
  size_t errorOffset() const { return errorOffset_; }

  // After the parse: edges that named nodes listed later in the file.
  bool finish() {
    if (!sawNodes_ || !sawEdges_) return fail(std::string("missing \"") + (sawNodes_ ? "edges" : "nodes") + "\" array", 0);
    for (auto& d : deferred_) {
      if (!addEdge(d)) return false;
    }
    deferred_.clear();
    return true;
  }

  bool Null() { return scalar("null"); }
  bool Bool(bool b) {
    if (skip()) return true;
    switch (state_) {
      case State::Node:
        if (key_ == "in_gazetteer") { node_.inGazetteer = b; return true; }
        break;
      case State::Edge:
        if (key_ == "symmetric") { edge_.props.symmetric = b; return true; }
        if (key_ == "negated") { edge_.props.negated = b; return true; }
        break;
      case State::Top:
        if (key_ == "directed" || key_ == "multigraph") return true;
        break;
      default: break;
    }
    return unexpected("a boolean");
  }
  bool Int(int i) { return i < 0 ? number(static_cast<double>(i), false) : Uint(static_cast<unsigned>(i)); }
  bool Int64(int64_t i) { return number(static_cast<double>(i), false); }
  bool Uint64(uint64_t u) { return number(static_cast<double>(u), false); }
  bool Uint(unsigned u) {
    if (skip()) return true;
    switch (state_) {
      case State::Node:
        if (key_ == "mentions") { node_.mentions = u; return true; }
        break;
      case State::Edge:
        if (key_ == "count") { edge_.props.count = u; return true; }
        break;
      case State::Evidence:
        if (key_ == "sentence") { ev_.sentence = u; return true; }
        if (key_ == "begin") { ev_.begin = u; return true; }
        if (key_ == "end") { ev_.end = u; return true; }
        break;
      default: break;
    }
    return number(u, true);
  }
  bool Double(double d) { return number(d, false); }

  bool String(const char* s, rapidjson::SizeType n, bool) {
    if (skip()) return true;
    std::string_view v(s, n);
    switch (state_) {
      case State::Node:
        if (key_ == "id") { nodeId_ = v; seen_ |= kId; return true; }
        if (key_ == "label") { node_.label.assign(v); seen_ |= kLabel; return true; }
        if (key_ == "label_ar") { node_.labelAr.assign(v); return true; }
        if (key_ == "type") {
          if (v != "actor" && v != "location") return fail("node type must be \"actor\" or \"location\", not \"" + std::string(v) + "\"");
          node_.type.assign(v);
          seen_ |= kType;
          return true;
        }
        if (key_ == "kind") { node_.kind.assign(v); return true; }
        break;
      case State::NodeList:
        if (list_ == "aliases") { node_.aliases.emplace_back(v); return true; }
        if (list_ == "languages") { node_.languages.emplace(v); return true; }
        if (list_ == "articles") { node_.articles.emplace(v); return true; }
        return true;
      case State::Edge:
        if (key_ == "source") { edge_.source = v; seen_ |= kSource; return true; }
        if (key_ == "target") { edge_.target = v; seen_ |= kTarget; return true; }
        if (key_ == "relation") {
          if (v.empty()) return fail("edge relation is empty");
          edge_.props.relation.assign(v);
          seen_ |= kRelation;
          return true;
        }
        break;
      case State::EdgeList:
        if (list_ == "languages") {
          if (!parseLang(v)) return fail("unknown language \"" + std::string(v) + "\"");
          edge_.languages.push_back(*parseLang(v));
        } else if (list_ == "dates") {
          edge_.dates.emplace_back(v);
        }
        return true;
      case State::Evidence:
        if (key_ == "article") { ev_.article.assign(v); evSeen_ |= kArticle; return true; }
        if (key_ == "text") { ev_.text.assign(v); evSeen_ |= kText; return true; }
        if (key_ == "date") { ev_.date.assign(v); return true; }
        if (key_ == "trigger") { ev_.trigger.assign(v); return true; }
        if (key_ == "lang") {
          auto lang = parseLang(v);
          if (!lang) return fail("evidence lang must be \"en\" or \"ar\", not \"" + std::string(v) + "\"");
          ev_.lang = *lang;
          return true;
        }
        break;
      case State::Article:
        if (key_ == "id") { article_.id.assign(v); return true; }
        if (key_ == "path") { article_.path.assign(v); return true; }
        if (key_ == "date") { article_.date.assign(v); return true; }
        if (key_ == "lang") {
          if (!parseLang(v)) return fail("article lang must be \"en\" or \"ar\", not \"" + std::string(v) + "\"");
          article_.lang.assign(v);
          return true;
        }
        break;
      case State::GraphMeta:
        if (key_ == "generator") return true;
        break;
      default: break;
    }
    return unexpected("a string");
  }

  bool Key(const char* s, rapidjson::SizeType n, bool) {
    if (skipDepth_ > 0) return true;
    key_ = std::string_view(s, n);
    if (!known(key_)) skipNext_ = true;
    return true;
  }

  bool StartObject() {
    if (skip(true)) return true;
    switch (state_) {
      case State::Start: state_ = State::Top; return true;
      case State::Top:
        if (key_ == "graph") { state_ = State::GraphMeta; return true; }
        break;
      case State::Nodes:
        state_ = State::Node;
        node_ = NodeProps{};
        nodeId_ = {};
        seen_ = 0;
        objectStart_ = position();
        return true;
      case State::Edges:
        state_ = State::Edge;
        edge_ = EdgeRecord{};
        seen_ = 0;
        edge_.offset = objectStart_ = position();
        return true;
      case State::EvidenceList:
        state_ = State::Evidence;
        ev_ = Evidence{};
        evSeen_ = 0;
        evidenceStart_ = position();
        return true;
      case State::Articles:
        state_ = State::Article;
        article_ = ArticleInfo{};
        articleStart_ = position();
        return true;
      default: break;
    }
    return unexpected("an object");
  }

  bool EndObject(rapidjson::SizeType) {
    if (unskip()) return true;
    switch (state_) {
      case State::Top: state_ = State::Done; return true;
      case State::GraphMeta: state_ = State::Top; return true;
      case State::Node: state_ = State::Nodes; return endNode();
      case State::Edge: state_ = State::Edges; return endEdge();
      case State::Evidence:
        state_ = State::EvidenceList;
        if (!(evSeen_ & kArticle)) return fail("evidence has no \"article\"", evidenceStart_);
        if (!(evSeen_ & kText)) return fail("evidence has no \"text\"", evidenceStart_);
        edge_.props.evidence.push_back(std::move(ev_));
        return true;
      case State::Article:
        state_ = State::Articles;
        if (article_.id.empty()) return fail("article has no \"id\"", articleStart_);
        if (article_.lang.empty()) return fail("article has no \"lang\"", articleStart_);
        kg_.articles().push_back(std::move(article_));
        return true;
      default: break;
    }
    return fail("unexpected end of object");
  }

  bool StartArray() {
    if (skip(true)) return true;
    switch (state_) {
      case State::Top:
        if (key_ == "nodes") { state_ = State::Nodes; sawNodes_ = true; return true; }
        if (key_ == "edges") { state_ = State::Edges; sawEdges_ = true; return true; }
        break;
      case State::GraphMeta:
        if (key_ == "articles") { state_ = State::Articles; return true; }
        break;
      case State::Node:
        if (key_ == "aliases" || key_ == "languages" || key_ == "articles") {
          state_ = State::NodeList;
          list_ = key_;
          if (key_ == "aliases") seen_ |= kAliases;
          return true;
        }
        if (key_ == "coords") { state_ = State::Coords; coords_.clear(); return true; }
        break;
      case State::Edge:
        if (key_ == "languages" || key_ == "dates") { state_ = State::EdgeList; list_ = key_; return true; }
        if (key_ == "evidence") { state_ = State::EvidenceList; return true; }
        break;
      default: break;
    }
    return unexpected("an array");
  }

  bool EndArray(rapidjson::SizeType) {
    if (unskip()) return true;
    switch (state_) {
      case State::Nodes: case State::Edges: state_ = State::Top; return true;
      case State::Articles: state_ = State::GraphMeta; return true;
      case State::NodeList: state_ = State::Node; return true;
      case State::Coords:
        state_ = State::Node;
        if (coords_.size() != 2) return fail("coords must be [latitude, longitude]");
        node_.coords = std::make_pair(coords_[0], coords_[1]);
        return true;
      case State::EdgeList: case State::EvidenceList: state_ = State::Edge; return true;
      default: break;
    }
    return fail("unexpected end of array");
  }

 private:
  enum class State {
    Start, Top, GraphMeta, Articles, Article, Nodes, Node, NodeList, Coords,
    Edges, Edge, EdgeList, EvidenceList, Evidence, Done
  };
  // Required fields seen in the current object.
  static constexpr unsigned kId = 1, kLabel = 2, kType = 4, kAliases = 8, kSource = 16, kTarget = 32,
                            kRelation = 64, kArticle = 1, kText = 2;

  struct EdgeRecord {
    std::string_view source, target;  // into the parse buffer
    EdgeProps props;
    std::vector<Lang> languages;      // edge-level summaries, used when evidence was left out
    std::vector<std::string> dates;
    size_t offset = 0;
  };

  size_t position() const { return stream_.src_ - stream_.head_; }

  bool fail(std::string message, size_t offset) {
    if (error_.empty()) {
      error_ = std::move(message);
      errorOffset_ = offset;
    }
    return false;
  }
  bool fail(std::string message) { return fail(std::move(message), position()); }

  bool unexpected(const char* what) {
    std::string where;
    switch (state_) {
      case State::Start: return fail("the graph must be a JSON object with \"nodes\" and \"edges\"");
      case State::Node: case State::NodeList: case State::Coords: where = "node"; break;
      case State::Edge: case State::EdgeList: where = "edge"; break;
      case State::Evidence: case State::EvidenceList: where = "evidence"; break;
      case State::Article: case State::Articles: where = "article"; break;
      case State::Nodes: return fail(std::string("\"nodes\" must hold objects, not ") + what);
      case State::Edges: return fail(std::string("\"edges\" must hold objects, not ") + what);
      default: where = "graph"; break;
    }
    if (state_ == State::NodeList || state_ == State::EdgeList)
      return fail(where + " \"" + std::string(list_) + "\" must hold strings, not " + what);
    if (state_ == State::Coords) return fail(std::string("node \"coords\" must hold numbers, not ") + what);
    return fail(where + " \"" + std::string(key_) + "\" must not be " + what);
  }

  bool scalar(const char* what) {
    if (skip()) return true;
    return unexpected(what);
  }

  bool number(double d, bool nonNegative) {
    if (skip()) return true;
    if (state_ == State::Coords) { coords_.push_back(d); return true; }
    if (!nonNegative && (state_ == State::Node || state_ == State::Edge || state_ == State::Evidence) &&
        (key_ == "mentions" || key_ == "count" || key_ == "sentence" || key_ == "begin" || key_ == "end"))
      return fail("\"" + std::string(key_) + "\" must be a non-negative integer");
    return unexpected("a number");
  }

  // Keys the reader understands in the current object; others are skipped
  // whole, so files from newer versions with extra fields still load.
  bool known(std::string_view k) const {
    auto in = [&](std::initializer_list<std::string_view> keys) {
      for (auto x : keys) if (x == k) return true;
      return false;
    };
    switch (state_) {
      case State::Top: return in({"nodes", "edges", "graph", "directed", "multigraph"});
      case State::GraphMeta: return in({"articles", "generator"});
      case State::Article: return in({"id", "path", "lang", "date"});
      case State::Node:
        return in({"id", "label", "label_ar", "type", "kind", "aliases", "languages", "articles", "mentions",
                   "in_gazetteer", "coords"});
      case State::Edge:
        return in({"source", "target", "relation", "symmetric", "negated", "count", "languages", "dates", "evidence"});
      case State::Evidence: return in({"article", "sentence", "begin", "end", "text", "date", "lang", "trigger"});
      default: return true;
    }
  }

  // Skipping the value of an unknown key: scalars end it at once, containers
  // when their depth returns to zero.
  bool skip(bool opening = false) {
    if (skipDepth_ > 0) {
      if (opening) ++skipDepth_;
      return true;
    }
    if (skipNext_) {
      skipNext_ = false;
      if (opening) skipDepth_ = 1;
      return true;
    }
    return false;
  }
  bool unskip() {
    if (skipDepth_ == 0) return false;
    --skipDepth_;
    return true;
  }

  bool endNode() {
    if (!(seen_ & kId) || nodeId_.empty()) return fail("node has no \"id\"", objectStart_);
    if (!(seen_ & kLabel) || node_.label.empty()) return fail("node \"" + std::string(nodeId_) + "\" has no \"label\"", objectStart_);
    if (!(seen_ & kType)) return fail("node \"" + std::string(nodeId_) + "\" has no \"type\"", objectStart_);
    if (byId_.find(nodeId_)) return fail("node id \"" + std::string(nodeId_) + "\" appears twice", objectStart_);
    node_.id.assign(nodeId_);
    byId_.insert(nodeId_, kg_.upsertNode(node_));
    return true;
  }

  bool endEdge() {
    if (!(seen_ & kSource)) return fail("edge has no \"source\"", objectStart_);
    if (!(seen_ & kTarget)) return fail("edge has no \"target\"", objectStart_);
    if (!(seen_ & kRelation)) return fail("edge has no \"relation\"", objectStart_);
    auto s = byId_.find(edge_.source), t = byId_.find(edge_.target);
    if (!s || !t) {
      // Nodes may follow the edges in a hand-edited file: resolve at the end.
      deferred_.push_back(std::move(edge_));
      return true;
    }
    return addEdge(edge_, *s, *t);
  }

  bool addEdge(EdgeRecord& r) {
    auto s = byId_.find(r.source), t = byId_.find(r.target);
    if (!s) return fail("edge source \"" + std::string(r.source) + "\" is not a node", r.offset);
    if (!t) return fail("edge target \"" + std::string(r.target) + "\" is not a node", r.offset);
    return addEdge(r, *s, *t);
  }

  bool addEdge(EdgeRecord& r, Vertex source, Vertex target) {
    EdgeProps& p = r.props;
    if (p.evidence.empty()) {
      // Saved without evidence: keep what the edge says about dates and languages.
      size_t n = std::max(r.dates.size(), r.languages.size());
      for (size_t i = 0; i < n; ++i) {
        Evidence ev;
        if (i < r.dates.size()) ev.date = r.dates[i];
        ev.lang = i < r.languages.size() ? r.languages[i] : r.languages.empty() ? Lang::En : r.languages[0];
        p.evidence.push_back(std::move(ev));
      }
    }
    if (p.count == 0) p.count = std::max<uint32_t>(1, static_cast<uint32_t>(p.evidence.size()));
    appendEdge(kg_, source, target, std::move(p));
    return true;
  }

  KnowledgeGraph& kg_;
  const rapidjson::InsituStringStream& stream_;
  State state_ = State::Start;
  std::string_view key_, list_;
  bool skipNext_ = false;
  int skipDepth_ = 0;
  bool sawNodes_ = false, sawEdges_ = false;
  unsigned seen_ = 0, evSeen_ = 0;
  size_t objectStart_ = 0, evidenceStart_ = 0, articleStart_ = 0;

  NodeProps node_;
  std::string_view nodeId_;
  std::vector<double> coords_;
  EdgeRecord edge_;
  Evidence ev_;
  ArticleInfo article_;
  IdTable byId_;  // keys point into the parse buffer
  std::vector<EdgeRecord> deferred_;

  std::string error_;
  size_t errorOffset_ = 0;
};

// Parses `buffer` (NUL-terminated, modified in place). `original` gives the
// unmodified text again, only when an error needs its line and column.
std::unique_ptr<KnowledgeGraph> parseInPlace(char* buffer, const std::string& where,
                                             const std::function<std::string()>& original) {
  auto kg = std::make_unique<KnowledgeGraph>();
  rapidjson::InsituStringStream stream(buffer);
  GraphHandler handler(*kg, stream);
  rapidjson::Reader reader;
  constexpr unsigned kFlags = rapidjson::kParseInsituFlag | rapidjson::kParseValidateEncodingFlag;
  rapidjson::ParseResult ok = reader.Parse<kFlags>(stream, handler);
  std::string message;
  size_t offset = 0;
  if (handler.failed()) {
    message = handler.error();
    offset = handler.errorOffset();
  } else if (!ok) {
    message = rapidjson::GetParseError_En(ok.Code());
    offset = ok.Offset();
  } else if (!handler.finish()) {
    message = handler.error();
    offset = handler.errorOffset();
  }
  if (message.empty()) return kg;
  // The buffer was rewritten in place; count lines in the text as written.
  auto [line, col] = lineColumn(original(), offset);
  throw Error(where + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " + message);
}

std::string readWhole(const std::filesystem::path& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) throw Error(path.string() + ": cannot read: " + std::strerror(errno));
  std::string text;
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    std::fclose(f);
    throw Error(path.string() + ": cannot read: " + ec.message());
  }
  text.resize(size);
  size_t got = size ? std::fread(text.data(), 1, size, f) : 0;
  bool bad = std::ferror(f) != 0;
  std::fclose(f);
  if (bad || got != size) throw Error(path.string() + ": read failed");
  return text;
}

GraphFileFormat detectFormat(const std::filesystem::path& path, std::string_view text) {
  std::string ext = path.extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".json") return GraphFileFormat::Json;
  if (ext == ".graphml" || ext == ".xml") return GraphFileFormat::GraphML;
  size_t i = text.find_first_not_of(" \t\r\n");
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) i = text.find_first_not_of(" \t\r\n", 3);
  if (i != std::string_view::npos && text[i] == '<') return GraphFileFormat::GraphML;
  if (i != std::string_view::npos && text[i] == '{') return GraphFileFormat::Json;
  throw Error(path.string() + ": not a graph file: expected JSON ('{') or GraphML ('<')");
}

}  // namespace

std::unique_ptr<KnowledgeGraph> parseGraphJson(std::string_view text, const std::string& where) {
  std::string buffer(text);
  return parseInPlace(buffer.data(), where, [&] { return std::string(text); });
}

std::unique_ptr<KnowledgeGraph> loadGraph(const std::filesystem::path& path, const LoadOptions& options) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw Error(path.string() + ": is a directory, not a graph file");
  std::string text = readWhole(path);
  GraphFileFormat format = options.format ? *options.format : detectFormat(path, text);
  if (format == GraphFileFormat::GraphML) return parseGraphML(text, path.string());
  return parseInPlace(text.data(), path.string(), [&] { return readWhole(path); });
}

}  // namespace akg::query
