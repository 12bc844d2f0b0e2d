// SSE2 (every x86-64) lets RapidJSON skip indentation 16 bytes at a time: a
// quarter off the parse of a pretty-printed graph. The buffer is padded.
#if defined(__SSE2__) && !defined(RAPIDJSON_SSE2)
#define RAPIDJSON_SSE2
#endif

#include "query/json_graph_reader.h"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

#include "base/error.h"
#include "base/json_file.h"
#include "base/utf8.h"
#include "graph/bulk_load.h"
#include "query/graph_loader.h"

namespace akg::query {

namespace {

// Where s stops being UTF-8, checked eight ASCII bytes at a time: RapidJSON's
// own check costs more, and most of a graph file is ASCII.
std::optional<size_t> invalidUtf8(std::string_view s) {
  size_t i = 0;
  for (uint64_t w; i + 8 <= s.size(); i += 8) {
    std::memcpy(&w, s.data() + i, 8);
    if (w & 0x8080808080808080ULL) break;
  }
  if (auto bad = utf8::firstInvalid(s.substr(i))) return i + *bad;
  return std::nullopt;
}

constexpr const char* kInvalidEncoding = "Invalid encoding in string.";

// Node id -> vertex for the two lookups every edge needs: open addressing
// with the hash in the slot and the ids packed in one string, so a lookup
// stays in a few megabytes of cache instead of chasing std::unordered_map's
// pointers into a 500 MB buffer (a third of the load time at a million edges).
class IdTable {
 public:
  static uint32_t hash(std::string_view id) {
    uint64_t h = std::hash<std::string_view>{}(id);
    return static_cast<uint32_t>(h ^ (h >> 32));
  }

  std::optional<Vertex> find(std::string_view id) const { return find(id, hash(id)); }
  std::optional<Vertex> find(std::string_view id, uint32_t h) const {
    if (slots_.empty()) return std::nullopt;
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.vertex == kEmpty) return std::nullopt;
      if (s.hash == h && idOf(s.vertex) == id) return s.vertex;
    }
  }
  // Starts loading the slot find(id, h) will look at first.
  void prefetch(uint32_t h) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[h & mask_]);
  }

  // Vertices arrive in order 0, 1, 2, ...
  bool insert(std::string_view id, Vertex v) {
    if (find(id)) return false;
    if ((offsets_.size() + 1) * 2 > slots_.size()) grow();
    offsets_.push_back(static_cast<uint32_t>(arena_.size()));
    arena_.append(id);
    place(hash(id), static_cast<uint32_t>(v));
    return true;
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {  // eight bytes: 100,000 nodes fit in 2 MB of slots
    uint32_t hash = 0;
    uint32_t vertex = kEmpty;
  };
  std::string_view idOf(uint32_t v) const {
    size_t begin = offsets_[v], end = v + 1 < offsets_.size() ? offsets_[v + 1] : arena_.size();
    return std::string_view(arena_).substr(begin, end - begin);
  }
  void place(uint32_t h, uint32_t v) {
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
  std::string arena_;              // every id, back to back
  std::vector<uint32_t> offsets_;  // by vertex: where its id starts in arena_
  size_t mask_ = 0;
};

// An evidence sentence as parsed: views into the parse buffer.
struct EvidenceView {
  std::string_view article, text, date, trigger;
  uint32_t sentence = 0, begin = 0, end = 0;
  Lang lang = Lang::En;
};

// One parsed edge: views into the parse buffer, its lists in the batch.
struct EdgeRecord {
  std::string_view source, target, relation;
  bool symmetric = false, negated = false;
  uint32_t count = 0;
  uint32_t evidenceBegin = 0, evidenceEnd = 0;  // EdgeBatch::evidence
  uint32_t datesBegin = 0, datesEnd = 0;        // EdgeBatch::dates
  uint32_t langsBegin = 0, langsEnd = 0;        // EdgeBatch::languages
  size_t offset = 0;                            // of the edge object, for errors
};

// Edges handed from the parser to the builder a few thousand at a time.
struct EdgeBatch {
  std::vector<EdgeRecord> edges;
  std::vector<EvidenceView> evidence;
  std::vector<std::string_view> dates;  // edge-level summaries, used when evidence was left out
  std::vector<Lang> languages;
};

// An edge whose ends were unknown when it was parsed, kept until the end.
struct PendingEdge {
  std::string_view source, target;
  EdgeProps props;
  size_t offset = 0;
};

// The edge's properties as owned strings: the copying happens here, on the
// builder thread when there is one.
EdgeProps materialise(const EdgeBatch& batch, const EdgeRecord& r) {
  EdgeProps p;
  p.relation.assign(r.relation);
  p.symmetric = r.symmetric;
  p.negated = r.negated;
  p.evidence.reserve(r.evidenceEnd - r.evidenceBegin);
  for (uint32_t i = r.evidenceBegin; i < r.evidenceEnd; ++i) {
    const EvidenceView& v = batch.evidence[i];
    Evidence& ev = p.evidence.emplace_back();
    ev.article.assign(v.article);
    ev.sentence = v.sentence;
    ev.begin = v.begin;
    ev.end = v.end;
    ev.text.assign(v.text);
    ev.date.assign(v.date);
    ev.lang = v.lang;
    ev.trigger.assign(v.trigger);
  }
  if (p.evidence.empty()) {
    // Saved without evidence: keep what the edge says about dates and languages.
    uint32_t dates = r.datesEnd - r.datesBegin, langs = r.langsEnd - r.langsBegin;
    for (uint32_t i = 0; i < std::max(dates, langs); ++i) {
      Evidence& ev = p.evidence.emplace_back();
      if (i < dates) ev.date.assign(batch.dates[r.datesBegin + i]);
      if (langs) ev.lang = batch.languages[r.langsBegin + (i < langs ? i : 0)];
    }
  }
  p.count = r.count ? r.count : std::max<uint32_t>(1, static_cast<uint32_t>(p.evidence.size()));
  return p;
}

// What adding batches leaves for the end of the file.
struct BatchOutcome {
  std::vector<PendingEdge> pending;     // edges naming nodes not (yet) known
  std::optional<size_t> badEncoding;    // offset of the first string that is not UTF-8
};

// The first string of the edge that is not UTF-8, as an offset from base.
std::optional<size_t> badString(const EdgeBatch& batch, const EdgeRecord& r, const char* base) {
  auto check = [&](std::string_view v) -> std::optional<size_t> {
    if (auto bad = invalidUtf8(v)) return static_cast<size_t>(v.data() - base) + *bad;
    return std::nullopt;
  };
  for (std::string_view v : {r.source, r.target, r.relation})
    if (auto bad = check(v)) return bad;
  for (uint32_t i = r.evidenceBegin; i < r.evidenceEnd; ++i) {
    const EvidenceView& ev = batch.evidence[i];
    for (std::string_view v : {ev.article, ev.text, ev.date, ev.trigger})
      if (auto bad = check(v)) return bad;
  }
  for (uint32_t i = r.datesBegin; i < r.datesEnd; ++i)
    if (auto bad = check(batch.dates[i])) return bad;
  return std::nullopt;
}

// Adds a batch to the graph, checking its text is UTF-8 on the way.
void addBatch(KnowledgeGraph& kg, const IdTable& ids, const EdgeBatch& batch, const char* base, BatchOutcome& out) {
  // Building the graph is bound by cache misses on random nodes: the id
  // slots, then each node's edge lists. Both are prefetched a few edges
  // ahead, which is what a batch makes possible.
  constexpr size_t kAhead = 8;
  constexpr uint32_t kNone = UINT32_MAX;
  const size_t n = batch.edges.size();
  std::vector<std::pair<uint32_t, uint32_t>> hashes(n), ends(n);
  for (size_t i = 0; i < n; ++i) {
    hashes[i] = {IdTable::hash(batch.edges[i].source), IdTable::hash(batch.edges[i].target)};
    if (i >= kAhead) continue;
    ids.prefetch(hashes[i].first);
    ids.prefetch(hashes[i].second);
  }
  for (size_t i = 0; i < n; ++i) {
    if (i + kAhead < n) {
      ids.prefetch(hashes[i + kAhead].first);
      ids.prefetch(hashes[i + kAhead].second);
    }
    const EdgeRecord& r = batch.edges[i];
    auto s = ids.find(r.source, hashes[i].first), t = ids.find(r.target, hashes[i].second);
    ends[i] = {s ? static_cast<uint32_t>(*s) : kNone, t ? static_cast<uint32_t>(*t) : kNone};
  }
  const Graph& g = kg.graph();
  auto prefetchNode = [&](uint32_t v) {
    if (v == kNone) return;
    // Boost's vertex record holds the out- and in-edge vectors just before the
    // properties: prefetch the line of each (an address is not a dereference).
    const char* props = reinterpret_cast<const char*>(&g[v]);
    __builtin_prefetch(props - 2 * sizeof(std::vector<int>));
    __builtin_prefetch(props - 1);
  };
  for (size_t i = 0; i < n && i < kAhead; ++i) {
    prefetchNode(ends[i].first);
    prefetchNode(ends[i].second);
  }
  for (size_t i = 0; i < n; ++i) {
    if (i + kAhead < n) {
      prefetchNode(ends[i + kAhead].first);
      prefetchNode(ends[i + kAhead].second);
    }
    const EdgeRecord& r = batch.edges[i];
    if (auto bad = badString(batch, r, base)) {
      if (!out.badEncoding || *bad < *out.badEncoding) out.badEncoding = bad;
      continue;
    }
    auto [s, t] = ends[i];
    if (s != kNone && t != kNone) appendEdge(kg, s, t, materialise(batch, r));
    else out.pending.push_back({r.source, r.target, materialise(batch, r), r.offset});
  }
}

// Builds the graph's edges on a second thread while the parser goes on: on
// a million-edge file, parsing and building take about as long each, and
// the machine has two cores. Started only once every node is known; while
// it runs the parser does not touch the graph's nodes or edges.
class EdgeBuilder {
 public:
  EdgeBuilder(KnowledgeGraph& kg, const IdTable& ids, const char* base)
      : kg_(kg), ids_(ids), base_(base), worker_([this] { run(); }) {}
  ~EdgeBuilder() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      cancelled_ = done_ = true;
    }
    ready_.notify_all();
    space_.notify_all();
    if (worker_.joinable()) worker_.join();
  }

  // Blocks while the worker is several batches behind.
  void push(EdgeBatch&& batch) {
    std::unique_lock<std::mutex> lock(mutex_);
    space_.wait(lock, [&] { return queue_.size() < kMaxQueued || failure_; });
    queue_.push_back(std::move(batch));
    lock.unlock();
    ready_.notify_one();
  }

  // Waits for every batch; rethrows what the worker threw.
  BatchOutcome finish() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      done_ = true;
    }
    ready_.notify_all();
    worker_.join();
    if (failure_) std::rethrow_exception(failure_);
    return std::move(outcome_);
  }

 private:
  static constexpr size_t kMaxQueued = 4;

  void run() {
    try {
      for (;;) {
        EdgeBatch batch;
        {
          std::unique_lock<std::mutex> lock(mutex_);
          ready_.wait(lock, [&] { return !queue_.empty() || done_; });
          if (cancelled_ || queue_.empty()) return;
          batch = std::move(queue_.front());
          queue_.pop_front();
        }
        space_.notify_one();
        addBatch(kg_, ids_, batch, base_, outcome_);
      }
    } catch (...) {
      std::lock_guard<std::mutex> lock(mutex_);
      failure_ = std::current_exception();
      space_.notify_all();
    }
  }

  KnowledgeGraph& kg_;
  const IdTable& ids_;
  const char* base_;  // start of the parse buffer, for error offsets
  std::mutex mutex_;
  std::condition_variable ready_, space_;
  std::deque<EdgeBatch> queue_;
  bool done_ = false, cancelled_ = false;
  std::exception_ptr failure_;
  BatchOutcome outcome_;
  std::thread worker_;  // last: starts after every other member exists
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

  // After the parse: waits for the builder, then adds the edges that named
  // nodes listed later in the file.
  bool finish() {
    if (!sawNodes_ || !sawEdges_) return fail(std::string("missing \"") + (sawNodes_ ? "edges" : "nodes") + "\" array", 0);
    flushBatch(true);
    if (builder_) {
      BatchOutcome built = builder_->finish();
      builder_.reset();
      for (auto& r : built.pending) outcome_.pending.push_back(std::move(r));
      if (built.badEncoding && (!outcome_.badEncoding || *built.badEncoding < *outcome_.badEncoding))
        outcome_.badEncoding = built.badEncoding;
    }
    if (outcome_.badEncoding) return fail(kInvalidEncoding, *outcome_.badEncoding);
    auto& deferred = outcome_.pending;
    // The builder returns them batch by batch: report the first in the file.
    std::stable_sort(deferred.begin(), deferred.end(),
                     [](const PendingEdge& a, const PendingEdge& b) { return a.offset < b.offset; });
    for (auto& d : deferred) {
      auto s = byId_.find(d.source), t = byId_.find(d.target);
      if (!s) return fail("edge source \"" + std::string(d.source) + "\" is not a node", d.offset);
      if (!t) return fail("edge target \"" + std::string(d.target) + "\" is not a node", d.offset);
      appendEdge(kg_, *s, *t, std::move(d.props));
    }
    deferred.clear();
    return true;
  }

  bool Null() { return scalar("null"); }
  bool Bool(bool b) {
    if (skip()) return true;
    switch (state_) {
      case State::Node:
        if (field_ == Field::kInGazetteer) { node_.inGazetteer = b; return true; }
        break;
      case State::Edge:
        if (field_ == Field::kSymmetric) { edge_.symmetric = b; return true; }
        if (field_ == Field::kNegated) { edge_.negated = b; return true; }
        break;
      case State::Top:
        if (field_ == Field::kDirected || field_ == Field::kMultigraph) return true;
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
        if (field_ == Field::kMentions) { node_.mentions = u; return true; }
        break;
      case State::Edge:
        if (field_ == Field::kCount) { edge_.count = u; return true; }
        break;
      case State::Evidence:
        if (field_ == Field::kSentence) { ev_.sentence = u; return true; }
        if (field_ == Field::kBegin) { ev_.begin = u; return true; }
        if (field_ == Field::kEnd) { ev_.end = u; return true; }
        break;
      default: break;
    }
    return number(u, true);
  }
  bool Double(double d) { return number(d, false); }

  bool String(const char* s, rapidjson::SizeType n, bool) {
    if (skip()) return true;
    std::string_view v(s, n);
    // Edge strings are checked on the builder thread; the rest here.
    if (state_ != State::Edge && state_ != State::EdgeList && state_ != State::Evidence)
      if (auto bad = invalidUtf8(v)) return fail(kInvalidEncoding, static_cast<size_t>(s - stream_.head_) + *bad);
    switch (state_) {
      case State::Node:
        if (field_ == Field::kId) { nodeId_ = v; seen_ |= kId; return true; }
        if (field_ == Field::kLabel) { node_.label.assign(v); seen_ |= kLabel; return true; }
        if (field_ == Field::kLabelAr) { node_.labelAr.assign(v); return true; }
        if (field_ == Field::kType) {
          if (v != "actor" && v != "location") return fail("node type must be \"actor\" or \"location\", not \"" + std::string(v) + "\"");
          node_.type.assign(v);
          seen_ |= kType;
          return true;
        }
        if (field_ == Field::kKind) { node_.kind.assign(v); return true; }
        break;
      case State::NodeList:
        if (listField_ == Field::kAliases) { node_.aliases.emplace_back(v); return true; }
        if (listField_ == Field::kLanguages) { node_.languages.emplace(v); return true; }
        if (listField_ == Field::kArticles) { node_.articles.emplace(v); return true; }
        return true;
      case State::Edge:
        if (field_ == Field::kSource) { edge_.source = v; seen_ |= kSource; return true; }
        if (field_ == Field::kTarget) { edge_.target = v; seen_ |= kTarget; return true; }
        if (field_ == Field::kRelation) {
          if (v.empty()) return fail("edge relation is empty");
          edge_.relation = v;
          seen_ |= kRelation;
          return true;
        }
        break;
      case State::EdgeList:
        if (listField_ == Field::kLanguages) {
          if (!parseLang(v)) return fail("unknown language \"" + std::string(v) + "\"");
          batch_.languages.push_back(*parseLang(v));
        } else if (listField_ == Field::kDates) {
          batch_.dates.push_back(v);
        }
        return true;
      case State::Evidence:
        if (field_ == Field::kArticle) { ev_.article = v; evSeen_ |= kArticle; return true; }
        if (field_ == Field::kText) { ev_.text = v; evSeen_ |= kText; return true; }
        if (field_ == Field::kDate) { ev_.date = v; return true; }
        if (field_ == Field::kTrigger) { ev_.trigger = v; return true; }
        if (field_ == Field::kLang) {
          auto lang = parseLang(v);
          if (!lang) return fail("evidence lang must be \"en\" or \"ar\", not \"" + std::string(v) + "\"");
          ev_.lang = *lang;
          return true;
        }
        break;
      case State::Article:
        if (field_ == Field::kId) { article_.id.assign(v); return true; }
        if (field_ == Field::kPath) { article_.path.assign(v); return true; }
        if (field_ == Field::kDate) { article_.date.assign(v); return true; }
        if (field_ == Field::kLang) {
          if (!parseLang(v)) return fail("article lang must be \"en\" or \"ar\", not \"" + std::string(v) + "\"");
          article_.lang.assign(v);
          return true;
        }
        break;
      case State::GraphMeta:
        if (field_ == Field::kGenerator) return true;
        break;
      default: break;
    }
    return unexpected("a string");
  }

  bool Key(const char* s, rapidjson::SizeType n, bool) {
    if (skipDepth_ > 0) return true;
    key_ = std::string_view(s, n);
    field_ = fieldOf(key_);
    if (!known()) skipNext_ = true;
    return true;
  }

  bool StartObject() {
    if (skip(true)) return true;
    switch (state_) {
      case State::Start: state_ = State::Top; return true;
      case State::Top:
        if (field_ == Field::kGraph) { state_ = State::GraphMeta; return true; }
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
        edge_.evidenceBegin = static_cast<uint32_t>(batch_.evidence.size());
        edge_.datesBegin = static_cast<uint32_t>(batch_.dates.size());
        edge_.langsBegin = static_cast<uint32_t>(batch_.languages.size());
        return true;
      case State::EvidenceList:
        state_ = State::Evidence;
        ev_ = EvidenceView{};
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
        batch_.evidence.push_back(ev_);
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
        if (field_ == Field::kNodes) {
          if (sawNodes_) return fail("\"nodes\" appears twice");
          state_ = State::Nodes;
          sawNodes_ = true;
          return true;
        }
        if (field_ == Field::kEdges) {
          if (sawEdges_) return fail("\"edges\" appears twice");
          state_ = State::Edges;
          sawEdges_ = true;
          return true;
        }
        break;
      case State::GraphMeta:
        if (field_ == Field::kArticles) { state_ = State::Articles; return true; }
        break;
      case State::Node:
        if (field_ == Field::kAliases || field_ == Field::kLanguages || field_ == Field::kArticles) {
          state_ = State::NodeList;
          list_ = key_;
          listField_ = field_;
          if (field_ == Field::kAliases) seen_ |= kAliases;
          return true;
        }
        if (field_ == Field::kCoords) { state_ = State::Coords; coords_.clear(); return true; }
        break;
      case State::Edge:
        if (field_ == Field::kLanguages || field_ == Field::kDates) { state_ = State::EdgeList; list_ = key_;
          listField_ = field_; return true; }
        if (field_ == Field::kEvidence) { state_ = State::EvidenceList; return true; }
        break;
      default: break;
    }
    return unexpected("an array");
  }

  bool EndArray(rapidjson::SizeType) {
    if (unskip()) return true;
    switch (state_) {
      case State::Nodes:
        state_ = State::Top;
        nodesDone_ = true;  // from here on edges can go to the builder thread
        return true;
      case State::Edges: state_ = State::Top; return true;
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

  // Every key the format defines, so values dispatch on an enum rather than
  // on string compares (a million edges have twenty million keys).
  enum class Field {
    kUnknown, kAliases, kArticle, kArticles, kBegin, kCoords, kCount, kDate, kDates, kDirected, kEdges, kEnd,
    kEvidence, kGenerator, kGraph, kId, kInGazetteer, kKind, kLabel, kLabelAr, kLang, kLanguages, kMentions,
    kMultigraph, kNegated, kNodes, kPath, kRelation, kSentence, kSource, kSymmetric, kTarget, kText, kTrigger,
    kType
  };

  static Field fieldOf(std::string_view k) {
    switch (k.size()) {
      case 2:
        if (k == "id") return Field::kId;
        break;
      case 3:
        if (k == "end") return Field::kEnd;
        break;
      case 4:
        if (k == "date") return Field::kDate;
        if (k == "kind") return Field::kKind;
        if (k == "lang") return Field::kLang;
        if (k == "path") return Field::kPath;
        if (k == "text") return Field::kText;
        if (k == "type") return Field::kType;
        break;
      case 5:
        if (k == "begin") return Field::kBegin;
        if (k == "count") return Field::kCount;
        if (k == "dates") return Field::kDates;
        if (k == "edges") return Field::kEdges;
        if (k == "graph") return Field::kGraph;
        if (k == "label") return Field::kLabel;
        if (k == "nodes") return Field::kNodes;
        break;
      case 6:
        if (k == "coords") return Field::kCoords;
        if (k == "source") return Field::kSource;
        if (k == "target") return Field::kTarget;
        break;
      case 7:
        if (k == "aliases") return Field::kAliases;
        if (k == "article") return Field::kArticle;
        if (k == "negated") return Field::kNegated;
        if (k == "trigger") return Field::kTrigger;
        break;
      case 8:
        if (k == "articles") return Field::kArticles;
        if (k == "directed") return Field::kDirected;
        if (k == "evidence") return Field::kEvidence;
        if (k == "label_ar") return Field::kLabelAr;
        if (k == "mentions") return Field::kMentions;
        if (k == "relation") return Field::kRelation;
        if (k == "sentence") return Field::kSentence;
        break;
      case 9:
        if (k == "generator") return Field::kGenerator;
        if (k == "languages") return Field::kLanguages;
        if (k == "symmetric") return Field::kSymmetric;
        break;
      case 10:
        if (k == "multigraph") return Field::kMultigraph;
        break;
      case 12:
        if (k == "in_gazetteer") return Field::kInGazetteer;
        break;
      default: break;
    }
    return Field::kUnknown;
  }

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
        (field_ == Field::kMentions || field_ == Field::kCount || field_ == Field::kSentence || field_ == Field::kBegin || field_ == Field::kEnd))
      return fail("\"" + std::string(key_) + "\" must be a non-negative integer");
    return unexpected("a number");
  }

  // Keys the reader understands in the current object; others are skipped
  // whole, so files from newer versions with extra fields still load.
  bool known() const {
    auto in = [&](std::initializer_list<Field> fields) {
      for (Field f : fields)
        if (f == field_) return true;
      return false;
    };
    using F = Field;
    switch (state_) {
      case State::Top: return in({F::kNodes, F::kEdges, F::kGraph, F::kDirected, F::kMultigraph});
      case State::GraphMeta: return in({F::kArticles, F::kGenerator});
      case State::Article: return in({F::kId, F::kPath, F::kLang, F::kDate});
      case State::Node:
        return in({F::kId, F::kLabel, F::kLabelAr, F::kType, F::kKind, F::kAliases, F::kLanguages, F::kArticles,
                   F::kMentions, F::kInGazetteer, F::kCoords});
      case State::Edge:
        return in({F::kSource, F::kTarget, F::kRelation, F::kSymmetric, F::kNegated, F::kCount, F::kLanguages,
                   F::kDates, F::kEvidence});
      case State::Evidence:
        return in({F::kArticle, F::kSentence, F::kBegin, F::kEnd, F::kText, F::kDate, F::kLang, F::kTrigger});
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
    edge_.evidenceEnd = static_cast<uint32_t>(batch_.evidence.size());
    edge_.datesEnd = static_cast<uint32_t>(batch_.dates.size());
    edge_.langsEnd = static_cast<uint32_t>(batch_.languages.size());
    batch_.edges.push_back(edge_);
    if (batch_.edges.size() == kBatch) flushBatch(false);
    return true;
  }

  // Full batches go to the builder thread once every node is known; small
  // graphs never start it. Before the nodes (a hand-edited file), edges are
  // added here or kept for the end.
  void flushBatch(bool last) {
    if (batch_.edges.empty()) return;
    if (builder_ || (nodesDone_ && !last)) {
      if (!builder_) builder_ = std::make_unique<EdgeBuilder>(kg_, byId_, stream_.head_);
      builder_->push(std::move(batch_));
      batch_ = EdgeBatch{};
      batch_.edges.reserve(kBatch);
      batch_.evidence.reserve(kBatch);
      return;
    }
    addBatch(kg_, byId_, batch_, stream_.head_, outcome_);
    batch_.edges.clear();
    batch_.evidence.clear();
    batch_.dates.clear();
    batch_.languages.clear();
  }

  KnowledgeGraph& kg_;
  const rapidjson::InsituStringStream& stream_;
  State state_ = State::Start;
  std::string_view key_, list_;
  Field field_ = Field::kUnknown, listField_ = Field::kUnknown;
  bool skipNext_ = false;
  int skipDepth_ = 0;
  bool sawNodes_ = false, sawEdges_ = false;
  unsigned seen_ = 0, evSeen_ = 0;
  size_t objectStart_ = 0, evidenceStart_ = 0, articleStart_ = 0;

  NodeProps node_;
  std::string_view nodeId_;
  std::vector<double> coords_;
  EdgeRecord edge_;
  EvidenceView ev_;
  ArticleInfo article_;
  IdTable byId_;
  static constexpr size_t kBatch = 4096;
  bool nodesDone_ = false;
  EdgeBatch batch_;
  BatchOutcome outcome_;                  // of the batches added on this thread
  std::unique_ptr<EdgeBuilder> builder_;  // last: destroyed (and joined) first

  std::string error_;
  size_t errorOffset_ = 0;
};

}  // namespace

std::unique_ptr<KnowledgeGraph> readJsonGraph(char* buffer, const std::string& where,
                                              const std::function<std::string()>& original) {
  auto kg = std::make_unique<KnowledgeGraph>();
  rapidjson::InsituStringStream stream(buffer);
  GraphHandler handler(*kg, stream);
  rapidjson::Reader reader;
  // UTF-8 is checked per kept string (invalidUtf8), not by RapidJSON.
  constexpr unsigned kFlags = rapidjson::kParseInsituFlag;
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

std::unique_ptr<KnowledgeGraph> parseGraphJson(std::string_view text, const std::string& where) {
  std::unique_ptr<char[]> buffer(new char[text.size() + kJsonPadding]);
  std::memcpy(buffer.get(), text.data(), text.size());
  std::memset(buffer.get() + text.size(), 0, kJsonPadding);
  return readJsonGraph(buffer.get(), where, [&] { return std::string(text); });
}

}  // namespace akg::query
