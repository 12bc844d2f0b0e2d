// The HTML viewer in headless Chromium (playwright-core): it loads from a
// file:// URL with no network request and no console error, search finds
// names in English and Arabic (diacritics and tatweel ignored), clicking a
// node or an edge shows its evidence, the relation filter hides edges, and
// hostile names are shown as text, exactly, never as markup.
import { chromium } from "playwright-core";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { Client } from "./clientlib.mjs";

const c = new Client(process.argv);
const exampleGraph = c.exampleGraph();
const example = c.loadJson(exampleGraph);
const hostile = c.loadJson(c.hostileGraph());
const exampleHtml = c.export(exampleGraph, "example.html");
const hostileHtml = c.export(c.hostileGraph(), "hostile.html");

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "akg-chromium-"));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  viewport: { width: 1400, height: 900 },
});

// Opens file in a new page and records what must never happen there.
async function open(file) {
  const page = await context.newPage();
  const problems = { requests: [], errors: [], dialogs: [] };
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith("file:") && !u.startsWith("data:")) problems.requests.push(u);
  });
  page.on("console", (m) => { if (m.type() === "error") problems.errors.push("console: " + m.text()); });
  page.on("pageerror", (e) => problems.errors.push("page error: " + e.message));
  page.on("dialog", async (d) => { problems.dialogs.push(d.message()); await d.dismiss(); });
  page.setDefaultTimeout(5000);
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector("body[data-ready=true]");
  return { page, problems };
}

function checkClean({ problems }, what) {
  c.equal(problems.requests, [], `${what}: no network requests`);
  c.equal(problems.errors, [], `${what}: no console or page errors`);
  c.equal(problems.dialogs, [], `${what}: no dialogs`);
}

// Indexes in the page follow the JSON's node and edge order.
const nodeIndex = (g, id) => g.nodes.findIndex((n) => n.id === id);
const edgeIndex = (g, s, rel, t) => g.edges.findIndex((e) => e.source === s && e.relation === rel && e.target === t);
const evidenceTexts = (e) => e.evidence.map((v) => v.text).sort();

async function search(page, text) {
  await page.fill("#search", text);
  return page.evaluate(() => ({
    results: [...document.querySelectorAll("#results button")].map((b) => +b.dataset.index),
    highlighted: [...document.querySelectorAll("#nodes .node.match")].map((g) => +g.dataset.index),
  }));
}

// Clicks node i where it is drawn, as a user would.
async function clickNode(page, i) {
  await page.locator(`#nodes .node[data-index="${i}"] .shape`).click();
}

// Clicks edge i at a point of its curve that nothing else covers.
async function clickEdge(page, i) {
  const point = await page.evaluate((i) => {
    const g = document.querySelector(`#edges .edge[data-index="${i}"]`);
    const line = g.querySelector("path.line");
    const m = line.getScreenCTM(), len = line.getTotalLength();
    for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
      const p = line.getPointAtLength(len * f);
      const x = m.a * p.x + m.c * p.y + m.e, y = m.b * p.x + m.d * p.y + m.f;
      const under = document.elementFromPoint(x, y);
      if (under && under.closest(".edge") === g) return { x, y };
    }
    return null;
  }, i);
  if (!point) throw new Error(`edge ${i} is covered everywhere along its curve`);
  await page.mouse.click(point.x, point.y);
}

async function panel(page) {
  return page.evaluate(() => ({
    heading: document.querySelector("#details h2")?.textContent ?? null,
    label: document.querySelector("#details .node-label")?.textContent ?? null,
    labelAr: document.querySelector("#details .node-label-ar")?.textContent ?? null,
    evidence: [...document.querySelectorAll("#details .evidence")].map((e) => ({
      text: e.querySelector(".ev-text").textContent,
      article: e.querySelector(".ev-article").textContent,
      date: e.querySelector(".ev-date").textContent,
      trigger: e.querySelector(".ev-trigger")?.textContent ?? "",
      direction: getComputedStyle(e.querySelector(".ev-text")).direction,
    })),
  }));
}

async function visibleEdges(page, relation) {
  return page.evaluate((r) => [...document.querySelectorAll("#edges .edge")]
    .filter((g) => g.dataset.relation === r && getComputedStyle(g).display !== "none").length, relation);
}

async function setFilter(page, fieldset, value, on) {
  const box = page.locator(`#${fieldset} input[type=checkbox][value="${value}"]`);
  on ? await box.check() : await box.uncheck();
}

// ---------------------------------------------------------------- example graph
{
  const v = await open(exampleHtml);
  const { page } = v;
  const counts = await page.evaluate(() => [document.querySelectorAll("#nodes .node").length,
                                            document.querySelectorAll("#edges .edge").length]);
  c.equal(counts, [example.nodes.length, example.edges.length], "example: every node and edge is drawn");

  const sdf = nodeIndex(example, "sdf");
  c.check(sdf >= 0, "example graph has sdf");
  const sdfNode = example.nodes[sdf];

  let s = await search(page, "SDF");
  c.check(s.results.includes(sdf), "search 'SDF' lists sdf");
  c.check(s.highlighted.includes(sdf), "search 'SDF' highlights the sdf node");
  const aleppo = nodeIndex(example, "aleppo");
  c.check(!s.highlighted.includes(aleppo), "search 'SDF' does not highlight aleppo");

  const arabic = "قسد";
  c.check(sdfNode.aliases.includes(arabic) || sdfNode.label_ar === arabic, `sdf has the Arabic alias ${arabic}`);
  s = await search(page, arabic);
  c.check(s.results.includes(sdf) && s.highlighted.includes(sdf), `search '${arabic}' finds sdf`);
  // The same name with a fatha and a tatweel, as Arabic text is often typed.
  s = await search(page, "قـسَد");
  c.check(s.results.includes(sdf) && s.highlighted.includes(sdf), "search ignores Arabic diacritics and tatweel");
  if (sdfNode.label_ar) {
    s = await search(page, sdfNode.label_ar);
    c.check(s.results.includes(sdf), "search by the Arabic label finds sdf");
  }
  s = await search(page, "");
  c.equal(s.highlighted, [], "clearing the search clears the highlight");

  // Node click: the panel shows sdf and evidence of its edges.
  await clickNode(page, sdf);
  let p = await panel(page);
  c.equal(p.label, sdfNode.label, "clicking sdf shows its label");
  const sdfEvidence = new Set(example.edges.filter((e) => e.source === "sdf" || e.target === "sdf")
    .flatMap((e) => e.evidence.map((v) => v.text)));
  c.check(p.evidence.length > 0 && p.evidence.every((v) => sdfEvidence.has(v.text)),
          `sdf's panel shows its evidence sentences (${p.evidence.length})`);
  c.check(await page.evaluate((i) => document.querySelector(`#nodes .node[data-index="${i}"]`)
    .classList.contains("selected"), sdf), "the clicked node is marked selected");

  // Edge click: sdf -withdrew_from-> aleppo shows exactly its evidence.
  const w = edgeIndex(example, "sdf", "withdrew_from", "aleppo");
  c.check(w >= 0, "example graph has sdf -withdrew_from-> aleppo");
  const wEdge = example.edges[w];
  await clickEdge(page, w);
  p = await panel(page);
  c.equal(p.heading, "withdrew_from", "clicking the edge shows its relation");
  c.equal(p.evidence.map((v) => v.text).sort(), evidenceTexts(wEdge), "the edge panel lists its evidence sentences");
  const first = wEdge.evidence[0];
  const shown = p.evidence.find((v) => v.text === first.text);
  c.check(shown && shown.article === first.article && shown.date === (first.date || shown.date) &&
          shown.trigger === (first.trigger || ""), "evidence shows article id, date and trigger");
  const arabicEvidence = p.evidence.filter((v) => /[\u0600-\u06ff]/.test(v.text.slice(0, 3)));
  c.check(arabicEvidence.every((v) => v.direction === "rtl"), "Arabic evidence sentences run right to left");

  // Relation filter.
  const before = await visibleEdges(page, "withdrew_from");
  c.check(before > 0, `withdrew_from edges are shown (${before})`);
  const others = example.edges.filter((e) => e.relation !== "withdrew_from").length;
  const othersVisible = async () => page.evaluate(() => [...document.querySelectorAll("#edges .edge")]
    .filter((g) => g.dataset.relation !== "withdrew_from" && getComputedStyle(g).display !== "none").length);
  await setFilter(page, "relation-filters", "withdrew_from", false);
  c.equal(await visibleEdges(page, "withdrew_from"), 0, "unticking withdrew_from hides its edges");
  c.equal(await othersVisible(), others, "other relations stay shown");
  await setFilter(page, "relation-filters", "withdrew_from", true);
  c.equal(await visibleEdges(page, "withdrew_from"), before, "ticking it again shows them");

  // Kind filter.
  const cities = example.nodes.filter((n) => n.kind === "city").length;
  if (cities) {
    await setFilter(page, "kind-filters", "city", false);
    const shownCities = await page.evaluate((kinds) => [...document.querySelectorAll("#nodes .node")]
      .filter((g) => kinds[+g.dataset.index] === "city" && getComputedStyle(g).display !== "none").length,
      example.nodes.map((n) => n.kind));
    c.equal(shownCities, 0, `unticking city hides ${cities} city nodes`);
    await setFilter(page, "kind-filters", "city", true);
  }

  // Arabic names on the nodes, right to left.
  await page.locator("#arabic-labels").check();
  const arLabel = await page.evaluate((i) => {
    const t = document.querySelector(`#labels .node-name[data-index="${i}"]`);
    return [t.textContent, t.getAttribute("direction")];
  }, sdf);
  c.equal(arLabel, [sdfNode.label_ar, "rtl"], "Arabic node names are drawn right to left");
  await page.screenshot({ path: path.join(c.work, "viewer-arabic.png") });
  await page.locator("#arabic-labels").uncheck();

  // A usable picture: search hits highlighted, sdf's evidence open.
  await search(page, "SDF");
  await clickNode(page, sdf);
  await page.screenshot({ path: path.join(c.work, "viewer.png") });
  checkClean(v, "example");
  await page.close();
}

// ---------------------------------------------------------------- hostile graph
{
  const v = await open(hostileHtml);
  const { page } = v;
  const injected = await page.evaluate(() => ({
    bold: document.querySelectorAll("b").length,
    scripts: document.scripts.length,
    cdata: document.body.innerHTML.includes("<![CDATA["),
  }));
  c.equal(injected, { bold: 0, scripts: 3, cdata: false }, "hostile: names create no elements");

  // Every node, clicked where it is drawn, shows its names exactly.
  for (const [i, n] of hostile.nodes.entries()) {
    await clickNode(page, i);
    const p = await panel(page);
    c.equal([p.label, p.labelAr], [n.label, n.label_ar ?? null], `hostile: ${JSON.stringify(n.id)} shown exactly`);
  }
  const svgLabels = await page.evaluate(() => [...document.querySelectorAll("#labels .node-name")].map((t) => t.textContent));
  c.equal(svgLabels, hostile.nodes.map((n) => n.label.replace(/\s+/g, " ")), "hostile: node labels drawn as text");

  const markup = nodeIndex(hostile, "x:markup");
  const s = await search(page, "<b>Bold</b>");
  c.check(s.results.includes(markup), "hostile: searching markup finds it as text");
  const resultText = await page.evaluate(() => document.querySelector("#results button bdi")?.textContent);
  c.equal(resultText, hostile.nodes[markup].label, "hostile: the result shows the name exactly");
  const rsf = nodeIndex(hostile, "rsf");
  c.check((await search(page, "الدعم السريع")).results.includes(rsf), "hostile: Arabic alias behind bidi marks found");

  // The parallel edges each show their own evidence, exactly.
  const attacked = edgeIndex(hostile, "rsf", "attacked", "x:الفاشر");
  const controls = edgeIndex(hostile, "rsf", "controls", "x:الفاشر");
  const d = await page.evaluate(([a, b]) => [a, b].map((i) =>
    document.querySelector(`#edges .edge[data-index="${i}"] path.line`).getAttribute("d")), [attacked, controls]);
  c.check(d[0] !== d[1], "hostile: parallel edges are drawn apart");
  for (const i of [attacked, controls]) {
    await clickEdge(page, i);
    const p = await panel(page);
    c.equal(p.evidence.map((v) => v.text).sort(), evidenceTexts(hostile.edges[i]),
            `hostile: ${hostile.edges[i].relation} edge shows its evidence exactly`);
    c.equal(p.evidence.map((v) => v.trigger).sort(), hostile.edges[i].evidence.map((v) => v.trigger || "").sort(),
            `hostile: ${hostile.edges[i].relation} triggers shown`);
  }
  c.equal(await page.evaluate(() => document.querySelectorAll("b").length), 0, "hostile: still no <b> after clicks");
  await page.screenshot({ path: path.join(c.work, "viewer-hostile.png") });
  checkClean(v, "hostile");
  await page.close();
}

await context.close();
fs.rmSync(userDataDir, { recursive: true, force: true });
c.done();
