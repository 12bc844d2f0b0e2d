// Loads akg's N-Triples and Turtle into Oxigraph (npm oxigraph 0.5) and asks
// SPARQL what the JSON graph says: every node with its tagged labels, every
// edge (asserted and reified), every piece of evidence, on the example graph
// and on the hostile-name fixture. Both files must give the same triples.
import fs from "node:fs";
import oxigraph from "oxigraph";
import { Client } from "./clientlib.mjs";

const AKG = "https://akg.example/ontology#";
const ID = "https://akg.example/id/";
const ARTICLE = "https://akg.example/article/";
const XSD = "http://www.w3.org/2001/XMLSchema#";
const PREFIXES = `PREFIX akg: <${AKG}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
`;

const c = new Client(process.argv);

// A JSON string is a valid SPARQL string literal (same escapes, \uXXXX too).
const lit = (s) => JSON.stringify(s);

// The documented tagging rule (EXPORT_FORMATS.md): a Latin letter -> en,
// else an Arabic letter -> ar, else no tag.
function guessLang(s) {
  let arabic = false;
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    const latin = (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ||
      (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7);
    if (latin) return "en";
    if ((cp >= 0x600 && cp <= 0x6ff) || (cp >= 0x750 && cp <= 0x77f) || (cp >= 0x8a0 && cp <= 0x8ff) ||
        (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff)) arabic = true;
  }
  return arabic ? "ar" : "";
}

const tagged = (value, lang) => `${value}@${lang}`;
const sorted = (xs) => [...xs].sort();

function load(file, format) {
  const store = new oxigraph.Store();
  try {
    store.load(fs.readFileSync(file, "utf8"), { format });
  } catch (e) {
    c.check(false, `${file} loads as ${format}: ${e}`);
  }
  return store;
}

function select(store, query) {
  return store.query(PREFIXES + query);
}

function ask(store, query) {
  return store.query(PREFIXES + query) === true;
}

function checkGraph(name, graphPath) {
  const g = c.loadJson(graphPath);
  const ntPath = c.export(graphPath, `${name}.nt`);
  const ttlPath = c.export(graphPath, `${name}.ttl`);
  const nt = load(ntPath, "application/n-triples");
  const ttl = load(ttlPath, "text/turtle");

  // Same triples: no blank nodes, so isomorphic means equal canonical dumps.
  const lines = (store) => sorted(store.dump({ format: "application/n-triples", from_graph_name: oxigraph.defaultGraph() }).split("\n").filter((l) => l));
  const ntLines = fs.readFileSync(ntPath, "utf8").split("\n").filter((l) => l).length;
  c.check(nt.size > 0, `${name}: N-Triples loaded ${nt.size} triples`);
  c.equal(ttl.size, nt.size, `${name}: Turtle and N-Triples hold as many triples`);
  c.equal(nt.size, ntLines, `${name}: no N-Triples line is a duplicate`);
  c.check(JSON.stringify(lines(nt)) === JSON.stringify(lines(ttl)), `${name}: Turtle and N-Triples hold the same triples`);

  for (const [format, store] of [["nt", nt], ["ttl", ttl]]) {
    const what = `${name}.${format}`;
    const count = (q) => Number(select(store, q)[0].get("n").value);
    c.equal(count(`SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a ?t FILTER(?t IN (akg:Actor, akg:Location)) }`),
            g.nodes.length, `${what}: one typed resource per node`);
    c.equal(count(`SELECT (COUNT(*) AS ?n) { ?st a rdf:Statement }`), g.edges.length,
            `${what}: one rdf:Statement per edge`);
    // Nodes: IRI, labels with their tags, aliases, kind, numbers, place.
    const byId = new Map();
    for (const row of select(store, `SELECT ?x ?id { ?x akg:id ?id ; akg:kind ?k }`)) byId.set(row.get("id").value, row.get("x").value);
    let nodeFailures = 0;
    for (const n of g.nodes) {
      const iri = byId.get(n.id);
      // Only the first few are printed: one broken rule fails every node.
      const fail = (msg) => { if (nodeFailures++ < 5) c.check(false, `${what}: node ${JSON.stringify(n.id)}: ${msg}`); };
      if (!iri) { fail("missing"); continue; }
      if (!iri.startsWith(ID) || decodeURIComponent(iri.slice(ID.length)) !== n.id) fail(`IRI ${iri} does not decode to the id`);
      if (/[\s<>"{}|\\^`\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/u.test(iri)) fail(`IRI ${iri} holds a character IRIs forbid`);
      const want = new Set([tagged(n.label, guessLang(n.label))]);
      if (n.label_ar) want.add(tagged(n.label_ar, "ar"));
      const got = select(store, `SELECT ?l { <${iri}> rdfs:label ?l }`).map((r) => tagged(r.get("l").value, r.get("l").language));
      if (JSON.stringify(sorted(got)) !== JSON.stringify(sorted(want))) fail(`labels ${JSON.stringify(got)} != ${JSON.stringify([...want])}`);
      // The exact literal finds the node: the text survived byte for byte.
      const lang = guessLang(n.label);
      if (!ask(store, `ASK { ?x akg:id ${lit(n.id)} ; rdfs:label ${lit(n.label)}${lang ? "@" + lang : ""} }`)) fail("not found by its exact label");
      const aliases = select(store, `SELECT ?a { <${iri}> akg:alias ?a }`).map((r) => tagged(r.get("a").value, r.get("a").language));
      if (JSON.stringify(sorted(aliases)) !== JSON.stringify(sorted(n.aliases.map((a) => tagged(a, guessLang(a)))))) fail(`aliases ${JSON.stringify(aliases)}`);
      const row = select(store, `SELECT ?kind ?type ?m { <${iri}> akg:kind ?kind ; akg:type ?type ; akg:mentions ?m }`)[0];
      if (!row || row.get("kind").value !== n.kind || row.get("type").value !== n.type) fail("kind or type differ");
      else if (row.get("m").datatype.value !== XSD + "integer" || Number(row.get("m").value) !== n.mentions) fail("mentions differ");
      const cls = n.type === "actor" ? "Actor" : "Location";
      if (!ask(store, `ASK { <${iri}> a akg:${cls} }`)) fail(`not an akg:${cls}`);
      const where = select(store, `SELECT ?lat ?lon { <${iri}> geo:lat ?lat ; geo:long ?lon }`);
      if (n.coords) {
        if (where.length !== 1 || Number(where[0].get("lat").value) !== n.coords[0] ||
            Number(where[0].get("lon").value) !== n.coords[1] || where[0].get("lat").datatype.value !== XSD + "double") {
          fail(`coordinates ${JSON.stringify(where.map((r) => [r.get("lat").value, r.get("lon").value]))}`);
        }
      } else if (where.length) fail("has coordinates it should not");
    }
    c.check(nodeFailures === 0, `${what}: all ${g.nodes.length} nodes round-trip (id, IRI, tagged labels, aliases, kind, mentions, coordinates)`);

    // Edges: the reified statements are exactly the JSON edges, each
    // asserted unless negated, each with its evidence.
    const statements = select(store, `SELECT ?s ?r ?o ?p { ?st a rdf:Statement ; rdf:subject ?sx ; rdf:predicate ?p ;
        rdf:object ?ox ; akg:relation ?r . ?sx akg:id ?s . ?ox akg:id ?o }`)
      .map((r) => JSON.stringify([r.get("s").value, r.get("r").value, r.get("o").value, r.get("p").value]));
    const wantStatements = g.edges.map((e) => JSON.stringify([e.source, e.relation, e.target, AKG + e.relation]));
    c.equal(sorted(statements), sorted(wantStatements), `${what}: statements are the JSON edges`);
    const asserted = select(store, `SELECT ?s ?p ?o { ?sx ?p ?ox . ?sx akg:id ?s . ?ox akg:id ?o .
        ?ox a ?t FILTER(?t IN (akg:Actor, akg:Location)) }`)
      .map((r) => JSON.stringify([r.get("s").value, r.get("p").value.slice(AKG.length), r.get("o").value]));
    c.equal(asserted.length, g.edges.filter((e) => !e.negated).length, `${what}: one relation triple per asserted edge`);
    c.equal(sorted(asserted), sorted(g.edges.filter((e) => !e.negated).map((e) => JSON.stringify([e.source, e.relation, e.target]))),
            `${what}: asserted relation triples are the non-negated edges`);

    let evidenceFailures = 0;
    for (const e of g.edges) {
      const rows = select(store, `SELECT ?count ?text ?trigger ?date ?sentence ?article { ?st rdf:subject ?sx ; rdf:object ?ox ;
          akg:relation ${lit(e.relation)} ; akg:count ?count . ?sx akg:id ${lit(e.source)} . ?ox akg:id ${lit(e.target)} .
          OPTIONAL { ?st akg:evidence ?ev . ?ev akg:text ?text ; akg:sentence ?sentence ; akg:article ?article .
                     OPTIONAL { ?ev akg:trigger ?trigger } OPTIONAL { ?ev akg:date ?date } } }`);
      const got = sorted(rows.filter((r) => r.get("text")).map((r) => JSON.stringify([
        r.get("text").value, r.get("text").language, r.get("trigger")?.value ?? "", r.get("date")?.value ?? "",
        r.get("date") ? r.get("date").datatype.value : "", Number(r.get("sentence").value),
        decodeURIComponent(r.get("article").value.slice(ARTICLE.length))])));
      const want = sorted(e.evidence.map((ev) => JSON.stringify([
        ev.text, ev.lang, ev.trigger ?? "", ev.date ?? "", ev.date ? XSD + "date" : "", ev.sentence, ev.article])));
      const count = rows.length ? Number(rows[0].get("count").value) : -1;
      if ((JSON.stringify(got) !== JSON.stringify(want) || count !== e.count) && evidenceFailures++ < 5) {
        c.check(false, `${what}: edge ${e.source} ${e.relation} ${e.target}: count ${count}, evidence ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
      }
    }
    c.check(evidenceFailures === 0, `${what}: every edge's count and evidence (text@lang, trigger, date, sentence, article) round-trip`);

    if (name === "example") {
      c.check(ask(store, `ASK { ?sdf rdfs:label "Syrian Democratic Forces"@en . ?a rdfs:label "Aleppo"@en .
                             ?sdf akg:withdrew_from ?a }`), `${what}: SDF withdrew_from Aleppo, found by English labels`);
      c.check(ask(store, `ASK { ?sdf rdfs:label "قوات سوريا الديمقراطية"@ar . ?a rdfs:label "حلب"@ar .
                             ?sdf akg:withdrew_from ?a }`), `${what}: the same edge found by Arabic labels`);
      c.check(!ask(store, `ASK { ?a rdfs:label "Aleppo"@en . ?a akg:withdrew_from ?x }`), `${what}: Aleppo withdrew from nothing`);
      c.check(!ask(store, `ASK { ?sdf rdfs:label "Syrian Democratic Forces" }`), `${what}: an untagged label does not match a tagged one`);
    } else if (name === "hostile") {
      c.check(ask(store, `ASK { ?rsf akg:id "rsf" ; akg:attacked ?f ; akg:controls ?f . ?f rdfs:label "El Fasher"@en , "الفاشر"@ar }`),
              `${what}: both parallel edges RSF attacked / controls El Fasher`);
      c.equal(count(`SELECT (COUNT(DISTINCT ?st) AS ?n) { ?st rdf:subject ?rsf ; rdf:object ?f . ?rsf akg:id "rsf" . ?f akg:id "x:الفاشر" }`),
              2, `${what}: the parallel edges are two statements`);
      c.check(ask(store, `ASK { ?x rdfs:label "\u200fقوات الدعم السريع\u200e"@ar }`), `${what}: RLM/LRM marks kept in the Arabic label`);
      c.check(!ask(store, `ASK { ?x rdfs:label "قوات الدعم السريع"@ar }`), `${what}: the label without its marks is not there`);
      c.check(ask(store, `ASK { ?e akg:text "RSF shelled <El Fasher> & its ]]> outskirts,\\n again."@en ; akg:trigger "shelled"@en }`),
              `${what}: evidence text with newline and markup found by exact literal`);
      c.check(ask(store, `ASK { ?x akg:id "x:sparql" ; rdfs:label ${lit('"> } ; DROP ALL ; # <urn:x> ?s $o')}@en }`),
              `${what}: the SPARQL-injection label is plain text`);
    }
  }
}

// Ids the fixture lacks but IRIs are touchy about: delimiters, percent signs
// that look like escapes, dot segments, bidi marks, characters N-Triples
// bars from IRIs. Oxigraph validates every IRI it loads.
function awkwardIdGraph() {
  const ids = ["a/b", "a%2Fb", "a%252Fb", "#frag?q=1&r", ".", "..", "\u200fx\u200e", "<x>", "a b\tc\"d\\e{|}^`",
               "x:\u0600\u061c", "@at+plus,semi;eq=", "\ufeffbom"];
  const node = (id, i) => ({ id, label: `Node ${i} ${id}`, type: i % 2 ? "location" : "actor", kind: i % 2 ? "city" : "person",
                             aliases: [id], languages: ["en"], articles: ["a/1 x"], mentions: 1, in_gazetteer: false });
  const ev = { article: "a/1 x", sentence: 0, begin: 0, end: 3, text: "t", date: "2026-01-02", lang: "en", trigger: "t" };
  const edges = ids.slice(1).map((id, i) => ({ source: ids[i], target: id, relation: "met_with", evidence: [ev],
                                               symmetric: false, count: 1, languages: ["en"], dates: ["2026-01-02"] }));
  const g = { directed: true, multigraph: false,
              graph: { generator: "akg", articles: [{ id: "a/1 x", path: "a.txt", lang: "en", date: "2026-01-02" }] },
              nodes: ids.map(node), edges };
  const p = `${c.work}/awkward_ids.json`;
  fs.writeFileSync(p, JSON.stringify(g));
  return p;
}

checkGraph("example", c.exampleGraph());
checkGraph("hostile", c.hostileGraph());
checkGraph("awkward-ids", awkwardIdGraph());
c.done();
