// Merging article graphs into one KnowledgeGraph: nodes unique by id, edges
// unique by (source, relation, target) with all their evidence, symmetric
// relations stored once.
#include <catch2/catch.hpp>

#include "../support/test_support.h"
#include "graph/knowledge_graph.h"
#include "graph/merge.h"

using namespace akg;
using namespace akg::test;

namespace {

Evidence evidence(const std::string& article, uint32_t sentence, Lang lang = Lang::En) {
  Evidence e;
  e.article = article;
  e.sentence = sentence;
  e.text = "sentence " + std::to_string(sentence) + " of " + article;
  e.lang = lang;
  return e;
}

NodeProps node(const std::string& id, const std::string& label = {}) {
  NodeProps p;
  p.id = id;
  p.label = label.empty() ? id : label;
  p.type = "actor";
  p.kind = "armed_group";
  return p;
}

struct EdgeView {
  std::string source, relation, target;
  uint32_t count;
  bool symmetric, negated;
  std::vector<Evidence> evidence;
};

std::vector<EdgeView> edges(const KnowledgeGraph& kg) {
  std::vector<EdgeView> out;
  const Graph& g = kg.graph();
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& p = g[e];
    out.push_back({g[boost::source(e, g)].id, p.relation, g[boost::target(e, g)].id, p.count, p.symmetric, p.negated,
                   p.evidence});
  }
  return out;
}

const EdgeView* findEdge(const std::vector<EdgeView>& es, const std::string& s, const std::string& r,
                         const std::string& t) {
  for (const auto& e : es)
    if (e.source == s && e.relation == r && e.target == t) return &e;
  return nullptr;
}

const NodeProps& nodeOf(const KnowledgeGraph& kg, const std::string& id) {
  auto v = kg.find(id);
  REQUIRE(v.has_value());
  return kg.graph()[*v];
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

TEST_CASE("upsertNode merges nodes by id", "[graph][merge]") {
  KnowledgeGraph kg;
  NodeProps a = node("sdf", "Syrian Democratic Forces");
  a.aliases = {"SDF", "Syrian Democratic Forces"};
  a.languages = {"en"};
  a.articles = {"en-1"};
  a.mentions = 2;
  NodeProps b = node("sdf", "");
  b.label.clear();
  b.labelAr = "قوات سوريا الديمقراطية";
  b.aliases = {"قسد", "SDF"};
  b.languages = {"ar"};
  b.articles = {"ar-1"};
  b.mentions = 1;
  auto v1 = kg.upsertNode(a);
  auto v2 = kg.upsertNode(b);
  CHECK(v1 == v2);
  CHECK(kg.nodeCount() == 1);
  const NodeProps& n = nodeOf(kg, "sdf");
  CHECK(n.label == "Syrian Democratic Forces");
  CHECK(n.labelAr == "قوات سوريا الديمقراطية");
  CHECK(n.aliases == std::vector<std::string>{"SDF", "Syrian Democratic Forces", "قسد"});
  CHECK(n.languages == std::set<std::string>{"ar", "en"});
  CHECK(n.articles == std::set<std::string>{"ar-1", "en-1"});
  CHECK(n.mentions == 3);
  CHECK_FALSE(kg.find("rsf").has_value());
}

TEST_CASE("edges merge by (source, relation, target) and count their evidence", "[graph][merge]") {
  KnowledgeGraph kg;
  auto sdf = kg.upsertNode(node("sdf"));
  auto aleppo = kg.upsertNode(node("aleppo"));
  kg.upsertEdge(sdf, aleppo, "withdrew_from", false, {evidence("en-1", 0)});
  kg.upsertEdge(sdf, aleppo, "withdrew_from", false, {evidence("ar-1", 3, Lang::Ar)});
  SECTION("two articles: one edge, count 2") {
    auto es = edges(kg);
    REQUIRE(es.size() == 1);
    CHECK(es[0].count == 2);
    REQUIRE(es[0].evidence.size() == 2);
    CHECK(es[0].evidence[0].article == "en-1");
    CHECK(es[0].evidence[1].article == "ar-1");
    CHECK(es[0].evidence[1].lang == Lang::Ar);
  }
  SECTION("the same sentence twice counts once") {
    kg.upsertEdge(sdf, aleppo, "withdrew_from", false, {evidence("en-1", 0)});
    auto es = edges(kg);
    REQUIRE(es.size() == 1);
    CHECK(es[0].count == 2);
  }
  SECTION("another relation between the same nodes is another edge") {
    kg.upsertEdge(sdf, aleppo, "controls", false, {evidence("en-2", 1)});
    auto es = edges(kg);
    CHECK(es.size() == 2);
    REQUIRE(findEdge(es, "sdf", "controls", "aleppo") != nullptr);
    CHECK(findEdge(es, "sdf", "controls", "aleppo")->count == 1);
  }
  SECTION("the reverse direction of a directed relation is another edge") {
    kg.upsertEdge(aleppo, sdf, "withdrew_from", false, {evidence("en-3", 0)});
    CHECK(edges(kg).size() == 2);
  }
}

TEST_CASE("symmetric relations are stored once with source id <= target id", "[graph][merge]") {
  KnowledgeGraph kg;
  auto saf = kg.upsertNode(node("saf"));
  auto rsf = kg.upsertNode(node("rsf"));
  kg.upsertEdge(saf, rsf, "clashed_with", true, {evidence("a", 0)});
  kg.upsertEdge(rsf, saf, "clashed_with", true, {evidence("b", 0)});
  auto es = edges(kg);
  REQUIRE(es.size() == 1);
  CHECK(es[0].source == "rsf");
  CHECK(es[0].target == "saf");
  CHECK(es[0].symmetric);
  CHECK(es[0].count == 2);
}

TEST_CASE("an edge is negated only while all its evidence is negated", "[graph][merge]") {
  KnowledgeGraph kg;
  auto a = kg.upsertNode(node("hezbollah"));
  auto b = kg.upsertNode(node("litani"));
  kg.upsertEdge(a, b, "withdrew_from", false, {evidence("x", 0)}, true);
  CHECK(edges(kg)[0].negated);
  kg.upsertEdge(a, b, "withdrew_from", false, {evidence("y", 0)}, false);
  CHECK_FALSE(edges(kg)[0].negated);
}

TEST_CASE("finalizeLabels gives every node a label", "[graph][merge]") {
  KnowledgeGraph kg;
  NodeProps ar = node("x:dlsfzrk", "");
  ar.label.clear();
  ar.labelAr = "عادل يوسف زريق";
  kg.upsertNode(ar);
  NodeProps bare = node("x:bare", "");
  bare.label.clear();
  kg.upsertNode(bare);
  finalizeLabels(kg);
  CHECK(nodeOf(kg, "x:dlsfzrk").label == "عادل يوسف زريق");
  CHECK(nodeOf(kg, "x:bare").label == "x:bare");
}

TEST_CASE("an English and an Arabic article end as one node per entity", "[graph][merge][ar]") {
  const Lexicon& lx = bundledLexicon();
  Extractor ex(lx);
  Article en = makeArticle(
      " date 2026-01-11\nThe SDF withdrew from Aleppo on Sunday. Governor Adel Yousef Zureiq said the city was calm.",
      "aleppo-en");
  Article ar = makeArticle(
      " date 2026-01-12\nانسحبت قسد من حلب يوم الأحد. وقال المحافظ عادل يوسف زريق إن المدينة هادئة.", "aleppo-ar");
  ArticleGraph ge = ex.extract(en);
  ArticleGraph ga = ex.extract(ar);
  INFO("en nodes: " << describe(nodeIds(ge)) << " edges: " << describe(edgeTriples(ge)));
  INFO("ar nodes: " << describe(nodeIds(ga)) << " edges: " << describe(edgeTriples(ga)));
  REQUIRE(en.lang == Lang::En);
  REQUIRE(ar.lang == Lang::Ar);

  KnowledgeGraph kg;
  mergeArticle(kg, ge, lx);
  mergeArticle(kg, ga, lx);
  finalizeLabels(kg);

  CHECK(kg.articles().size() == 2);

  SECTION("the gazetteer entity named قسد and SDF") {
    const NodeProps& sdf = nodeOf(kg, "sdf");
    CHECK(sdf.languages == std::set<std::string>{"ar", "en"});
    CHECK(sdf.articles == std::set<std::string>{"aleppo-ar", "aleppo-en"});
    CHECK(contains(sdf.aliases, "SDF"));
    CHECK(contains(sdf.aliases, "قسد"));
    CHECK(sdf.label == "Syrian Democratic Forces");
    CHECK_FALSE(sdf.labelAr.empty());
  }
  SECTION("the person outside the gazetteer, in Latin and Arabic letters") {
    std::string enId = nodeNamed(ge, "Adel Yousef Zureiq");
    std::string arId = nodeNamed(ga, "عادل يوسف زريق");
    REQUIRE_FALSE(enId.empty());
    REQUIRE_FALSE(arId.empty());
    CHECK(enId == arId);
    const NodeProps& p = nodeOf(kg, enId);
    CHECK(contains(p.aliases, "Adel Yousef Zureiq"));
    CHECK(contains(p.aliases, "عادل يوسف زريق"));
    CHECK(p.languages == std::set<std::string>{"ar", "en"});
    CHECK(p.label == "Adel Yousef Zureiq");
    size_t named = 0;
    for (auto v : boost::make_iterator_range(boost::vertices(kg.graph())))
      if (contains(kg.graph()[v].aliases, "Adel Yousef Zureiq") || contains(kg.graph()[v].aliases, "عادل يوسف زريق"))
        ++named;
    CHECK(named == 1);
  }
  SECTION("the edge both articles state has count 2 and evidence in both languages") {
    auto es = edges(kg);
    const EdgeView* e = findEdge(es, "sdf", "withdrew_from", "aleppo");
    REQUIRE(e != nullptr);
    CHECK(e->count == 2);
    std::set<std::string> articles, dates;
    std::set<Lang> langs;
    for (const auto& ev : e->evidence) {
      articles.insert(ev.article);
      dates.insert(ev.date);
      langs.insert(ev.lang);
    }
    CHECK(articles == std::set<std::string>{"aleppo-ar", "aleppo-en"});
    CHECK(dates == std::set<std::string>{"2026-01-11", "2026-01-12"});
    CHECK(langs == std::set<Lang>{Lang::En, Lang::Ar});
  }
  SECTION("no node is duplicated") {
    std::set<std::string> ids;
    for (auto v : boost::make_iterator_range(boost::vertices(kg.graph()))) CHECK(ids.insert(kg.graph()[v].id).second);
    std::set<std::string> expected = nodeIds(ge);
    auto arIds = nodeIds(ga);
    expected.insert(arIds.begin(), arIds.end());
    CHECK(ids == expected);
  }
}

TEST_CASE("symmetric edges from two articles in opposite order merge into one", "[graph][merge]") {
  const Lexicon& lx = bundledLexicon();
  Extractor ex(lx);
  ArticleGraph a = ex.extract(makeArticle("Clashes broke out between the SAF and the RSF in Kordofan.", "a"));
  ArticleGraph b = ex.extract(makeArticle("Fighting between the RSF and the SAF resumed in Kordofan.", "b"));
  INFO(describe(edgeTriples(a)) << " / " << describe(edgeTriples(b)));
  KnowledgeGraph kg;
  mergeArticle(kg, a, lx);
  mergeArticle(kg, b, lx);
  auto es = edges(kg);
  size_t clashes = 0;
  for (const auto& e : es)
    if (e.relation == "clashed_with") {
      ++clashes;
      CHECK(e.source == "rsf");
      CHECK(e.target == "saf");
      CHECK(e.count == 2);
      CHECK(e.symmetric);
    }
  CHECK(clashes == 1);
}

TEST_CASE("articleGraph holds one article alone", "[graph][merge]") {
  const Lexicon& lx = bundledLexicon();
  Extractor ex(lx);
  ArticleGraph a = ex.extract(makeArticle("The RSF seized El Fasher.", "fasher"));
  KnowledgeGraph kg = articleGraph(a, lx);
  CHECK(kg.nodeCount() == a.nodes.size());
  CHECK(kg.edgeCount() == a.edges.size());
  REQUIRE(kg.articles().size() == 1);
  CHECK(kg.articles()[0].id == "fasher");
  CHECK(kg.articles()[0].lang == "en");
}

TEST_CASE("mergeArticle skips edges whose ends are not nodes of the article", "[graph][merge]") {
  ArticleGraph a;
  a.articleId = "x";
  ArticleNode n;
  n.id = "rsf";
  n.label = "RSF";
  a.nodes.push_back(n);
  ArticleEdge e;
  e.source = "rsf";
  e.target = "nowhere";
  e.relation = "controls";
  a.edges.push_back(e);
  KnowledgeGraph kg;
  mergeArticle(kg, a, bundledLexicon());
  CHECK(kg.nodeCount() == 1);
  CHECK(kg.edgeCount() == 0);
}
