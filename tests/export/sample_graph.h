// A small hand-built graph for the exporter tests, with the text that breaks
// naive writers: Arabic labels, quotes, backslashes (one of them "\N", a
// Graphviz escape, one trailing), DOT keywords as ids ("node", "graph",
// "edge"), a control character in an evidence sentence, a symmetric and a
// negated edge, two relations between the same pair. Also a scratch
// directory that removes itself.
#pragma once
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace akg::testing {

inline const std::string kSdfAr = "قوات سوريا الديمقراطية";
inline const std::string kManbijAr = "منبج";
inline const std::string kTurkeyAr = "تركيا";
// Sanitised for XML, \x01 becomes a space.
inline const std::string kWithdrewText = "The \"SDF\" withdrew\x01" "from Manbij & <the> river.";
inline const std::string kWithdrewTextClean = "The \"SDF\" withdrew from Manbij & <the> river.";
inline const std::string kWithdrewTextAr = "انسحبت قوات سوريا الديمقراطية من منبج";

inline KnowledgeGraph sampleGraph() {
  KnowledgeGraph kg;
  kg.articles() = {{"a1", "articles/a1.txt", "en", "2019-10-14"}, {"a2", "articles/a2.txt", "ar", "2019-10-15"}};

  NodeProps sdf;
  sdf.id = "node";
  sdf.label = "Syrian \"Democratic\" Forces";
  sdf.labelAr = kSdfAr;
  sdf.type = "actor";
  sdf.kind = "armed_group";
  sdf.aliases = {"SDF", "قسد"};
  sdf.languages = {"ar", "en"};
  sdf.articles = {"a1", "a2"};
  sdf.mentions = 3;
  sdf.inGazetteer = true;

  NodeProps manbij;
  manbij.id = "x:manbij";
  manbij.label = "Manbij\\North";  // "\N" would print the node name if not escaped
  manbij.labelAr = kManbijAr;
  manbij.type = "location";
  manbij.kind = "city";
  manbij.aliases = {"Manbij", "منبج"};
  manbij.languages = {"ar", "en"};
  manbij.articles = {"a1", "a2"};
  manbij.mentions = 2;
  manbij.coords = {{36.5281234, 37.9549876}};

  NodeProps army;
  army.id = "graph";
  army.label = "Turkish army \\";  // trailing backslash
  army.type = "actor";
  army.kind = "state";
  army.languages = {"en"};
  army.articles = {"a1"};
  army.mentions = 1;

  NodeProps turkey;
  turkey.id = "edge";
  turkey.label = "Turkey";
  turkey.labelAr = kTurkeyAr;
  turkey.type = "location";
  turkey.kind = "country";
  turkey.mentions = 1;
  turkey.inGazetteer = true;
  turkey.coords = {{39.0, -35.5}};

  Vertex vSdf = kg.upsertNode(sdf), vManbij = kg.upsertNode(manbij), vArmy = kg.upsertNode(army),
         vTurkey = kg.upsertNode(turkey);

  Evidence en{"a1", 0, 0, static_cast<uint32_t>(kWithdrewText.size()), kWithdrewText, "2019-10-14", Lang::En,
              "withdrew"};
  Evidence ar{"a2", 3, 120, 120 + static_cast<uint32_t>(kWithdrewTextAr.size()), kWithdrewTextAr, "2019-10-15",
              Lang::Ar, "انسحبت"};
  Evidence clash{"a1", 1, 60, 90, "Turkish troops did not clash with the SDF, it said.", "2019-10-14", Lang::En,
                 "clash with"};
  Evidence control{"a1", 2, 91, 120, "The SDF controls Manbij.", "2019-10-14", Lang::En, "controls"};
  Evidence inside{"a2", 4, 0, 20, "منبج في سوريا", "", Lang::Ar, ""};

  kg.upsertEdge(vSdf, vManbij, "withdrew_from", false, {en, ar});
  kg.upsertEdge(vSdf, vArmy, "clashed_with", true, {clash}, true);  // stored graph -> node
  kg.upsertEdge(vSdf, vManbij, "controls", false, {control});
  kg.upsertEdge(vManbij, vTurkey, "located_in", false, {inside});
  return kg;
}

// A fresh directory under the system temp dir, removed with its contents.
class ScratchDir {
 public:
  ScratchDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("akg-export-test-" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

  // Names of everything in the directory, sorted.
  std::vector<std::string> entries() const {
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(path_)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }

 private:
  std::filesystem::path path_;
};

// True when `command -v name` finds the program.
inline bool haveProgram(const std::string& name) {
  return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

}  // namespace akg::testing
