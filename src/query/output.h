// Writes query results in the three forms `akg query` offers: an aligned
// table for people, one JSON document (fields in
// graph_schemas/schema/query_output.md) and TSV. The caller picks the
// stream; this writes data only, never diagnostics.
#pragma once
#include <cstdint>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "query/query.h"

namespace akg::query {

enum class OutputMode { Table, Json, Tsv };

struct OutputOptions {
  OutputMode mode = OutputMode::Table;
  bool evidence = true;   // false (--no-evidence): no sentences in any form
  std::string graph;      // the graph file, echoed in JSON as "graph"
};

// The question as asked, echoed in JSON under "query".
struct QueryEcho {
  std::vector<std::pair<std::string, std::string>> strings;
  std::vector<std::pair<std::string, int64_t>> numbers;
  std::vector<std::pair<std::string, std::vector<std::string>>> lists;
};

class ResultWriter {
 public:
  ResultWriter(std::ostream& out, const KnowledgeGraph& kg, OutputOptions options, QueryEcho echo = {})
      : out_(out), kg_(kg), options_(std::move(options)), echo_(std::move(echo)) {}

  void show(const ShowResult& r);
  void neighbors(const NeighborsResult& r, int depth);
  void edges(const EdgesResult& r);
  void paths(const PathResult& r, Vertex from, Vertex to);
  void where(Vertex actor, const std::vector<EdgeHit>& hits);
  void who(const std::string& relation, Vertex target, const std::vector<EdgeHit>& hits);
  void timeline(Vertex node, const std::vector<TimelineEntry>& entries);
  void stats(const StatsResult& r);
  void subgraph(Vertex centre, const std::string& output, const std::string& format, size_t nodes, size_t edges);

 private:
  std::ostream& out_;
  const KnowledgeGraph& kg_;
  OutputOptions options_;
  QueryEcho echo_;
};

}  // namespace akg::query
