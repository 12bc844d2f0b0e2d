// Kùzu client test: `akg export -f kuzu` folders for the example and the
// hostile graph are loaded into a fresh Kùzu database with the kuzu npm
// package, running schema.cypher and then load.cypher (from inside the folder,
// as README.md there says); every node, name, alias list and edge must come
// back exactly as in the JSON.
// Called as: node kuzu_client.mjs AKG_BINARY SOURCE_DIR WORK_DIR
import fs from "node:fs";
import path from "node:path";
import kuzu from "kuzu";
import { Client } from "./clientlib.mjs";

const c = new Client(process.argv);

async function all(conn, query, params) {
  let result;
  if (params) {
    const ps = await conn.prepare(query);
    result = await conn.execute(ps, params);
  } else {
    result = await conn.query(query);
  }
  const results = Array.isArray(result) ? result : [result];
  const rows = [];
  for (const r of results) rows.push(...(await r.getAll()));
  return rows;
}

// Empty lists and strings load as NULL (README.md in the export folder).
const list = (xs) => {
  const kept = (xs || []).filter((x) => x !== "");
  return kept.length ? kept : null;
};
const day = (d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
const pascal = (s) => s.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");

function expectedNode(n) {
  return {
    id: n.id,
    tbl: pascal(n.type),
    label: n.label,
    label_ar: n.label_ar || null,
    kind: n.kind,
    aliases: list(n.aliases),
    languages: list(n.languages),
    articles: list(n.articles),
    mentions: n.mentions ?? 0,
    in_gazetteer: n.in_gazetteer ?? false,
    lat: n.coords ? n.coords[0] : null,
    lon: n.coords ? n.coords[1] : null,
  };
}

function expectedEdge(e) {
  const ev = e.evidence || [];
  return {
    source: e.source,
    relation: e.relation,
    target: e.target,
    count: e.count ?? ev.length,
    symmetric: e.symmetric ?? false,
    negated: e.negated ?? false,
    languages: list([...new Set(ev.map((x) => x.lang))].sort()),
    dates: list([...new Set(ev.map((x) => x.date).filter(Boolean))].sort()),
    evidence: list(ev.map((x) => x.text)),
    articles: list([...new Set(ev.map((x) => x.article))].sort()),
    first_evidence: ev.length ? ev[0].text : null,
  };
}

const byKey = (rows, key) => Object.fromEntries(rows.map((r) => [key(r), r]));

async function load(graphPath, name) {
  const graph = c.loadJson(graphPath);
  const dir = c.export(graphPath, name, "-f", "kuzu");
  for (const f of ["schema.cypher", "load.cypher", "README.md", "nodes_actor.csv", "nodes_location.csv"])
    c.check(fs.existsSync(path.join(dir, f)), `${name}: ${f} written`);

  const dbPath = path.join(c.work, `${name}.kuzu`);
  fs.rmSync(dbPath, { recursive: true, force: true });
  const db = new kuzu.Database(dbPath);
  const conn = new kuzu.Connection(db);
  await all(conn, fs.readFileSync(path.join(dir, "schema.cypher"), "utf8"));
  // The COPY paths are relative to the folder, as for the kuzu shell started there.
  const home = process.cwd();
  process.chdir(dir);
  try {
    await all(conn, fs.readFileSync("load.cypher", "utf8"));
  } finally {
    process.chdir(home);
  }

  const [{ n }] = await all(conn, "MATCH (x) RETURN count(x) AS n");
  c.equal(Number(n), graph.nodes.length, `${name}: node count`);
  const [{ m }] = await all(conn, "MATCH ()-[r]->() RETURN count(r) AS m");
  c.equal(Number(m), graph.edges.length, `${name}: edge count`);

  const nodes = await all(
    conn,
    "MATCH (x) RETURN x.id AS id, label(x) AS tbl, x.label AS label, x.label_ar AS label_ar, x.kind AS kind, " +
      "x.aliases AS aliases, x.languages AS languages, x.articles AS articles, x.mentions AS mentions, " +
      "x.in_gazetteer AS in_gazetteer, x.lat AS lat, x.lon AS lon",
  );
  const got = byKey(nodes.map((r) => ({ ...r, mentions: Number(r.mentions) })), (r) => r.id);
  const wrongNodes = graph.nodes.filter((x) => JSON.stringify(got[x.id]) !== JSON.stringify(expectedNode(x)));
  c.equal(
    wrongNodes.slice(0, 1).map((x) => [got[x.id], expectedNode(x)]),
    [],
    `${name}: every node (id, names, aliases, kind, counts, coordinates) as in the JSON`,
  );

  // Looking nodes up by id as a client would, with a parameter.
  const missed = [];
  for (const x of graph.nodes) {
    const rows = await all(conn, "MATCH (x) WHERE x.id = $id RETURN x.label AS label", { id: x.id });
    if (rows.length !== 1 || rows[0].label !== x.label) missed.push(x.id);
  }
  c.equal(missed, [], `${name}: every node found by its id`);

  const edges = await all(
    conn,
    "MATCH (a)-[r]->(b) RETURN a.id AS source, label(r) AS relation, b.id AS target, r.count AS count, " +
      "r.symmetric AS symmetric, r.negated AS negated, r.languages AS languages, r.dates AS dates, " +
      "r.evidence AS evidence, r.articles AS articles, r.first_evidence AS first_evidence",
  );
  const key = (e) => JSON.stringify([e.source, e.relation, e.target]);
  const gotEdges = byKey(
    edges.map((r) => ({ ...r, count: Number(r.count), dates: r.dates ? r.dates.map(day) : null })),
    key,
  );
  c.equal(Object.keys(gotEdges).length, graph.edges.length, `${name}: edges unique by (source, relation, target)`);
  const wrongEdges = graph.edges.filter((e) => JSON.stringify(gotEdges[key(e)]) !== JSON.stringify(expectedEdge(e)));
  c.equal(
    wrongEdges.slice(0, 1).map((e) => [gotEdges[key(e)], expectedEdge(e)]),
    [],
    `${name}: every edge (relation table, count, dates, evidence) as in the JSON`,
  );
  return conn;
}

const example = await load(c.exampleGraph(), "example");
const sdf = await all(example, "MATCH (a)-[r]->(b) WHERE a.id='sdf' AND b.id='aleppo' RETURN r");
c.check(
  sdf.some((row) => row.r._label === "withdrew_from"),
  `example: sdf -> aleppo includes withdrew_from (got ${JSON.stringify(sdf.map((row) => row.r._label))})`,
);

const hostile = await load(c.hostileGraph(), "hostile");
const parallel = await all(
  hostile,
  "MATCH (a)-[r]->(b) WHERE a.id = $a AND b.id = $b RETURN label(r) AS rel ORDER BY rel",
  { a: "rsf", b: "x:الفاشر" },
);
c.equal(parallel.map((row) => row.rel), ["attacked", "controls"], "hostile: both parallel edges rsf -> x:الفاشر");
const comma = await all(hostile, "MATCH (x:Actor) WHERE x.id = 'x:comma' RETURN x.aliases AS aliases");
c.equal(comma.map((row) => row.aliases), [["Comma, Semicolon; Front"]], "hostile: an alias with , and ; is one element");
c.done();
