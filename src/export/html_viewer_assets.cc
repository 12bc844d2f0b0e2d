// The page is plain HTML, CSS and JS with no library: the layout is a small
// force simulation, run to rest before the first paint. Every string from
// the graph reaches the DOM through textContent or a text node, never
// through innerHTML, so names cannot become markup.
#include "export/html_viewer_assets.h"

namespace akg {

namespace {

constexpr std::string_view kPage = R"akgpage(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@AKG_TITLE@@</title>
<style>
:root { --side: 270px; --panel: 360px; --line: #d0d4da; --muted: #5f6670; --accent: #0b62d6; }
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font: 13px/1.4 "DejaVu Sans", "Noto Sans", "Noto Sans Arabic", Tahoma, Arial, sans-serif; color: #1d2126;
       display: grid; grid-template-columns: var(--side) 1fr var(--panel); grid-template-rows: auto 1fr; }
header { grid-column: 1 / 4; display: flex; gap: 1em; align-items: baseline; padding: 6px 12px;
         border-bottom: 1px solid var(--line); background: #f6f7f9; }
header h1 { font-size: 15px; margin: 0; }
header .stats { color: var(--muted); }
header button { margin-left: auto; }
#side, #panel { overflow: auto; padding: 8px 10px; background: #fbfbfc; }
#side { border-right: 1px solid var(--line); }
#panel { border-left: 1px solid var(--line); }
#search { width: 100%; padding: 5px 7px; font: inherit; border: 1px solid #aab; border-radius: 4px; }
#results { list-style: none; margin: 6px 0; padding: 0; max-height: 30vh; overflow: auto; }
#results button, .link { all: unset; box-sizing: border-box; cursor: pointer; display: block; width: 100%; padding: 2px 4px; border-radius: 3px; }
#results button:hover, .link:hover { background: #e6effc; }
#results .count { color: var(--muted); margin: 4px 0; }
.ar { font-size: 14px; }
.sub { color: var(--muted); font-size: 12px; }
fieldset { border: 1px solid var(--line); border-radius: 4px; margin: 8px 0; padding: 4px 8px; }
legend { font-weight: bold; padding: 0 4px; }
fieldset label { display: flex; align-items: center; gap: 5px; white-space: nowrap; }
fieldset .n { color: var(--muted); margin-left: auto; }
.swatch { display: inline-block; width: 12px; height: 12px; border: 1px solid #555; border-radius: 50%; }
.swatch.location { border-radius: 2px; }
.swatch.line { height: 3px; border: 0; border-radius: 0; width: 16px; }
.filter-buttons { display: flex; gap: 4px; margin: 2px 0 4px; }
.filter-buttons button { font-size: 11px; padding: 0 5px; }
main { position: relative; overflow: hidden; background: #fff; }
#graph { width: 100%; height: 100%; display: block; cursor: grab; user-select: none; }
#graph.panning { cursor: grabbing; }
.edge path.line { fill: none; stroke-opacity: .75; }
.edge path.hit { fill: none; stroke: transparent; stroke-width: 10px; cursor: pointer; }
.edge.negated path.line { stroke-dasharray: 5 4; }
.edge text { font-size: 9px; fill: #444; paint-order: stroke; stroke: #fff; stroke-width: 3px; cursor: pointer; }
#graph.no-edge-labels .edge text { display: none; }
.node { cursor: pointer; }
.node .shape { stroke: #333; stroke-width: 1px; }
.node-name { cursor: pointer; font-size: 11px; fill: #111; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.node-name.match { font-weight: bold; fill: #b00000; }
.node.match .shape { stroke: #d40000; stroke-width: 3px; }
.node.selected .shape, .edge.selected path.line { stroke: var(--accent); }
.node.selected .shape { stroke-width: 3.5px; }
.edge.selected path.line { stroke-width: 4px; stroke-opacity: 1; }
.dim { opacity: .15; }
.hidden { display: none; }
#details h2 { font-size: 16px; margin: 2px 0; white-space: pre-wrap; }
#details h3 { font-size: 13px; margin: 12px 0 4px; border-bottom: 1px solid var(--line); }
#details dl { display: grid; grid-template-columns: auto 1fr; gap: 1px 8px; margin: 6px 0; }
#details dt { color: var(--muted); }
#details dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.rel { margin: 8px 0 2px; font-weight: bold; }
.rel .self { font-weight: normal; }
.rel-name { color: #7a3b00; }
.evidence { border-left: 3px solid var(--line); margin: 4px 0 8px; padding: 2px 8px; }
.evidence .meta { color: var(--muted); font-size: 11px; }
.evidence .ev-text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 2px 0; }
.evidence .ev-text[dir="rtl"], .ar-text { font-size: 14px; }
mark { background: #fff1a8; }
.hint { color: var(--muted); }
</style>
</head>
<body>
<header><h1 id="title"></h1><span class="stats" id="stats"></span><button type="button" id="fit">Fit view</button></header>
<aside id="side">
  <input id="search" type="search" dir="auto" autocomplete="off" placeholder="Search names: English or Arabic" aria-label="Search names">
  <ul id="results"></ul>
  <fieldset id="relation-filters"><legend>Relations</legend></fieldset>
  <fieldset id="kind-filters"><legend>Kinds</legend></fieldset>
  <fieldset><legend>Display</legend>
    <label><input type="checkbox" id="edge-labels" checked> relation labels on edges</label>
    <label><input type="checkbox" id="arabic-labels"> Arabic names on nodes</label>
  </fieldset>
</aside>
<main><svg id="graph" role="img" aria-label="graph"><defs id="markers"></defs><g id="viewport"><g id="edges"></g><g id="labels"></g><g id="nodes"></g></g></svg></main>
<aside id="panel"><div id="details"><p class="hint">Click a node or an edge to see its evidence. Drag to pan, scroll to zoom, drag a node to move it.</p></div></aside>
<script type="application/json" id="graph-data">@@AKG_GRAPH_JSON@@</script>
<script type="application/json" id="graph-style">@@AKG_STYLE_JSON@@</script>
<script>
"use strict";
(function () {
  const SVG_NS = document.getElementById("graph").namespaceURI;  // the HTML parser put <svg> there
  const data = JSON.parse(document.getElementById("graph-data").textContent);

  // Colours from the style table every drawing uses (export/graph_style.h).
  const style = JSON.parse(document.getElementById("graph-style").textContent);
  const KIND_FILL = style.kinds;
  const RELATION_COLOR = style.relations;
  const kindFill = (k) => KIND_FILL[k] || "#ffffff";
  const relationColor = (r) => RELATION_COLOR[r] || "#333333";

  // ---- small DOM helpers: text only ever goes in as text nodes ----
  function el(tag, props, ...children) {
    const e = document.createElement(tag);
    if (props) for (const [k, v] of Object.entries(props)) {
      if (k === "class") e.className = v;
      else if (k === "dir") e.dir = v;
      else if (k === "onclick") e.addEventListener("click", v);
      else e.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);  // strings become text nodes
    return e;
  }
  function svg(tag, attrs) {
    const e = document.createElementNS(SVG_NS, tag);
    if (attrs) for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  }
  // A name inside running text, isolated so Arabic keeps its own direction.
  const bdi = (text, cls) => el("bdi", cls ? { class: cls } : null, text);
  // Base direction of a string: its first strong character (the rule dir="auto" uses).
  function direction(s) {
    const m = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.exec(s || "");
    return m && /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(m[0]) ? "rtl" : "ltr";
  }

  // ---- the graph ----
  const nodes = data.nodes.map((n, i) => ({
    i, data: n, x: 0, y: 0, vx: 0, vy: 0, edges: [],
    r: 6 + Math.min(14, 2.5 * Math.sqrt(n.mentions || 1)),
  }));
  const byId = new Map(nodes.map((n) => [n.data.id, n]));
  const edges = [];
  for (const e of data.edges) {
    const s = byId.get(e.source), t = byId.get(e.target);
    if (!s || !t) continue;  // a dangling edge would have nothing to draw to
    const edge = { i: edges.length, data: e, s, t, offset: 0 };
    edges.push(edge);
    s.edges.push(edge);
    if (t !== s) t.edges.push(edge);
  }
  const articles = new Map(((data.graph && data.graph.articles) || []).map((a) => [a.id, a]));

  // Parallel edges (other relations between the same pair, either way) get
  // their own curve so none hides another.
  const pairs = new Map();
  for (const e of edges) {
    const key = Math.min(e.s.i, e.t.i) + " " + Math.max(e.s.i, e.t.i);
    if (!pairs.has(key)) pairs.set(key, []);
    pairs.get(key).push(e);
  }
  for (const group of pairs.values()) {
    group.forEach((e, k) => {
      const o = (k - (group.length - 1) / 2) * 26;
      e.offset = e.s.i <= e.t.i ? o : -o;  // offsets measured in one direction per pair
    });
  }

  // ---- layout: Fruchterman-Reingold style, run to rest before drawing ----
  function layout() {
    const n = nodes.length;
    if (!n) return;
    const L = 85;  // ideal edge length
    const far2 = (4 * L) * (4 * L);
    // Deterministic start (a sunflower spiral): the same file always looks the same.
    nodes.forEach((p, i) => {
      const a = i * 2.39996, d = L * 0.6 * Math.sqrt(i + 0.5);
      p.x = d * Math.cos(a); p.y = d * Math.sin(a);
    });
    const links = [...pairs.values()].map((g) => g[0]).filter((e) => e.s !== e.t);
    const degree = new Float64Array(n);
    for (const e of links) { degree[e.s.i]++; degree[e.t.i]++; }
    // O(n^2) repulsion: keep the total work near 3e7 pair visits.
    const iterations = Math.max(40, Math.min(400, Math.floor(3e7 / (n * n))));
    let temperature = L * 2;
    const cool = temperature / (iterations + 1);
    const fx = new Float64Array(n), fy = new Float64Array(n);
    for (let it = 0; it < iterations; it++) {
      fx.fill(0); fy.fill(0);
      for (let a = 0; a < n; a++) {
        const pa = nodes[a];
        for (let b = a + 1; b < n; b++) {
          const pb = nodes[b];
          let dx = pa.x - pb.x, dy = pa.y - pb.y;
          let d2 = dx * dx + dy * dy;
          if (d2 < 0.01) { dx = 0.1 * ((a * 7 + b) % 5 - 2); dy = 0.1; d2 = dx * dx + dy * dy; }
          if (d2 > far2) continue;  // far nodes do not push: lone pairs would drift off
          const minD = pa.r + pb.r + 24;  // room for labels
          let f = (L * L) / d2;
          if (d2 < minD * minD) f *= 3;
          fx[a] += dx * f; fy[a] += dy * f; fx[b] -= dx * f; fy[b] -= dy * f;
        }
      }
      for (const e of links) {
        const a = e.s.i, b = e.t.i;
        const dx = nodes[a].x - nodes[b].x, dy = nodes[a].y - nodes[b].y;
        const d = Math.sqrt(dx * dx + dy * dy) || 0.01;
        // Hubs pull less per edge, or their leaves pile onto them.
        const f = d / L / Math.max(1, Math.sqrt(Math.min(degree[a], degree[b])));
        fx[a] -= dx * f; fy[a] -= dy * f; fx[b] += dx * f; fy[b] += dy * f;
      }
      for (let a = 0; a < n; a++) {
        const p = nodes[a];
        // Gravity keeps separate components in view.
        fx[a] -= p.x * 0.04; fy[a] -= p.y * 0.04;
        const f = Math.sqrt(fx[a] * fx[a] + fy[a] * fy[a]);
        if (f > 0) {
          const step = Math.min(f, temperature);
          p.x += (fx[a] / f) * step; p.y += (fy[a] / f) * step;
        }
      }
      temperature = Math.max(1, temperature - cool);
    }
  }

  // ---- drawing ----
  const svgRoot = document.getElementById("graph");
  const viewport = document.getElementById("viewport");
  const markers = document.getElementById("markers");
  const edgeLayer = document.getElementById("edges");
  const nodeLayer = document.getElementById("nodes");
  // Names sit under every shape, so a long name never hides a node from the pointer.
  const labelLayer = document.getElementById("labels");

  const markerIds = new Map();
  function markerFor(color) {
    if (!markerIds.has(color)) {
      const id = "arrow" + markerIds.size;
      const m = svg("marker", { id, viewBox: "0 0 10 10", refX: "9", refY: "5", markerWidth: "9", markerHeight: "9",
                                markerUnits: "userSpaceOnUse", orient: "auto" });
      m.append(svg("path", { d: "M0,1 L10,5 L0,9 z", fill: color }));
      markers.append(m);
      markerIds.set(color, id);
    }
    return "url(#" + markerIds.get(color) + ")";
  }

  function nodeName(n, arabic) {
    return (arabic && n.data.label_ar) || n.data.label || n.data.id;
  }
  function edgeText(e) { return e.data.relation + (e.data.count > 1 ? " (" + e.data.count + ")" : ""); }

  for (const e of edges) {
    const color = relationColor(e.data.relation);
    const g = svg("g", { class: "edge" + (e.data.negated ? " negated" : "") });
    g.dataset.index = String(e.i);
    g.dataset.relation = e.data.relation;
    const title = svg("title");
    title.textContent = e.data.relation + ": " + nodeName(e.s) + " \u2192 " + nodeName(e.t);
    const line = svg("path", { class: "line", stroke: color, "stroke-width": String(1.2 + Math.log2(e.data.count || 1)) });
    if (!e.data.symmetric) line.setAttribute("marker-end", markerFor(color));
    const hit = svg("path", { class: "hit" });
    const label = svg("text", { "text-anchor": "middle", dy: "-2" });
    label.textContent = edgeText(e);
    g.append(title, line, hit, label);
    edgeLayer.append(g);
    e.el = g; e.line = line; e.hit = hit; e.label = label;
  }
  for (const n of nodes) {
    const g = svg("g", { class: "node" });
    g.dataset.index = String(n.i);
    const title = svg("title");
    title.textContent = nodeName(n) + (n.data.label_ar ? " \u2014 " + n.data.label_ar : "") + " (" + n.data.kind + ")";
    const shape = n.data.type === "location"
      ? svg("rect", { x: -n.r, y: -n.r, width: 2 * n.r, height: 2 * n.r, rx: 3 })
      : svg("circle", { r: n.r });
    shape.setAttribute("class", "shape");
    shape.setAttribute("fill", kindFill(n.data.kind));
    const label = svg("text", { "text-anchor": "middle", y: String(n.r + 12), class: "node-name" });
    label.dataset.index = String(n.i);
    g.append(title, shape);
    nodeLayer.append(g);
    labelLayer.append(label);
    n.el = g; n.labelEl = label;
  }
  function setNodeLabels(arabic) {
    for (const n of nodes) {
      const text = nodeName(n, arabic).replace(/\s+/g, " ");  // SVG text is one line
      n.labelEl.textContent = text;
      n.labelEl.setAttribute("direction", direction(text));
    }
  }

  function edgeGeometry(e) {
    const s = e.s, t = e.t;
    if (s === t) {  // a loop above the node
      const r = s.r;
      return { d: `M${s.x - r * 0.6},${s.y - r * 0.8} C${s.x - 2.5 * r},${s.y - 4 * r} ${s.x + 2.5 * r},${s.y - 4 * r} ${s.x + r * 0.6},${s.y - r * 0.8}`,
               lx: s.x, ly: s.y - 3 * r };
    }
    const dx = t.x - s.x, dy = t.y - s.y, len = Math.sqrt(dx * dx + dy * dy) || 1;
    const nx = -dy / len, ny = dx / len;
    const cx = (s.x + t.x) / 2 + nx * e.offset * 2, cy = (s.y + t.y) / 2 + ny * e.offset * 2;
    // Stop at the target's rim so the arrowhead shows.
    const ex = t.x - cx, ey = t.y - cy, el = Math.sqrt(ex * ex + ey * ey) || 1;
    const tx = t.x - (ex / el) * (t.r + 2), ty = t.y - (ey / el) * (t.r + 2);
    const f = (n) => n.toFixed(1);
    return { d: `M${f(s.x)},${f(s.y)} Q${f(cx)},${f(cy)} ${f(tx)},${f(ty)}`,
             lx: (s.x + 2 * cx + t.x) / 4, ly: (s.y + 2 * cy + t.y) / 4 };
  }
  function placeEdge(e) {
    const g = edgeGeometry(e);
    e.line.setAttribute("d", g.d);
    e.hit.setAttribute("d", g.d);
    e.label.setAttribute("x", g.lx.toFixed(1));
    e.label.setAttribute("y", g.ly.toFixed(1));
  }
  function placeNode(n) {
    const t = `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`;
    n.el.setAttribute("transform", t);
    n.labelEl.setAttribute("transform", t);
  }
  function placeAll() { nodes.forEach(placeNode); edges.forEach(placeEdge); }

  // ---- pan and zoom ----
  const view = { x: 0, y: 0, k: 1 };
  function applyView() { viewport.setAttribute("transform", `translate(${view.x},${view.y}) scale(${view.k})`); }
  function fit() {
    const w = svgRoot.clientWidth || 800, h = svgRoot.clientHeight || 600;
    // The drawn extent, names included (hidden elements do not count).
    const b = viewport.getBBox();
    if (!nodes.length || b.width === 0 || b.height === 0) { view.x = w / 2; view.y = h / 2; view.k = 1; applyView(); return; }
    const pad = 12;
    view.k = Math.min(2, (w - 2 * pad) / b.width, (h - 2 * pad) / b.height);
    view.x = w / 2 - view.k * (b.x + b.width / 2);
    view.y = h / 2 - view.k * (b.y + b.height / 2);
    applyView();
  }
  function centerOn(n) {
    const w = svgRoot.clientWidth || 800, h = svgRoot.clientHeight || 600;
    view.k = Math.max(view.k, 1);
    view.x = w / 2 - view.k * n.x;
    view.y = h / 2 - view.k * n.y;
    applyView();
  }
  function toGraph(evt) {
    const r = svgRoot.getBoundingClientRect();
    return { x: (evt.clientX - r.left - view.x) / view.k, y: (evt.clientY - r.top - view.y) / view.k };
  }
  svgRoot.addEventListener("wheel", (evt) => {
    evt.preventDefault();
    const r = svgRoot.getBoundingClientRect();
    const mx = evt.clientX - r.left, my = evt.clientY - r.top;
    const k = Math.max(0.05, Math.min(8, view.k * Math.exp(-evt.deltaY * 0.0015)));
    view.x = mx - ((mx - view.x) * k) / view.k;
    view.y = my - ((my - view.y) * k) / view.k;
    view.k = k;
    applyView();
  }, { passive: false });

  // One pointer gesture: on a node it drags the node, elsewhere it pans; a
  // gesture that barely moved is a click.
  let gesture = null;
  svgRoot.addEventListener("pointerdown", (evt) => {
    if (evt.button !== 0) return;
    const nodeEl = evt.target.closest(".node, .node-name");
    gesture = { x: evt.clientX, y: evt.clientY, moved: false, node: nodeEl ? nodes[+nodeEl.dataset.index] : null,
                vx: view.x, vy: view.y };
    svgRoot.setPointerCapture(evt.pointerId);
  });
  svgRoot.addEventListener("pointermove", (evt) => {
    if (!gesture) return;
    const dx = evt.clientX - gesture.x, dy = evt.clientY - gesture.y;
    if (!gesture.moved && dx * dx + dy * dy < 16) return;
    gesture.moved = true;
    if (gesture.node) {
      const p = toGraph(evt);
      gesture.node.x = p.x; gesture.node.y = p.y;
      placeNode(gesture.node);
      gesture.node.edges.forEach(placeEdge);
    } else {
      svgRoot.classList.add("panning");
      view.x = gesture.vx + dx; view.y = gesture.vy + dy;
      applyView();
    }
  });
  svgRoot.addEventListener("pointerup", (evt) => {
    const g = gesture;
    gesture = null;
    svgRoot.classList.remove("panning");
    if (!g || g.moved) return;
    // Pointer capture retargets the event to the svg; find what lies under it.
    const under = document.elementFromPoint(evt.clientX, evt.clientY);
    const nodeEl = under && under.closest(".node, .node-name"), edgeEl = under && under.closest(".edge");
    if (nodeEl) selectNode(nodes[+nodeEl.dataset.index]);
    else if (edgeEl) selectEdge(edges[+edgeEl.dataset.index]);
    else clearSelection();
  });
  svgRoot.addEventListener("pointercancel", () => { gesture = null; svgRoot.classList.remove("panning"); });
  document.getElementById("fit").addEventListener("click", fit);

  // ---- filters ----
  const hiddenRelations = new Set(), hiddenKinds = new Set();
  function applyFilters() {
    for (const n of nodes) {
      n.visible = !hiddenKinds.has(n.data.kind);
      n.el.classList.toggle("hidden", !n.visible);
      n.labelEl.classList.toggle("hidden", !n.visible);
    }
    for (const e of edges) {
      e.visible = e.s.visible && e.t.visible && !hiddenRelations.has(e.data.relation);
      e.el.classList.toggle("hidden", !e.visible);
    }
  }
  function countBy(list, key) {
    const m = new Map();
    for (const x of list) m.set(key(x), (m.get(key(x)) || 0) + 1);
    return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  }
  function buildFilter(fieldset, entries, hidden, swatch) {
    const boxes = [];
    const all = (on) => () => {
      for (const b of boxes) { b.checked = on; on ? hidden.delete(b.value) : hidden.add(b.value); }
      applyFilters();
    };
    fieldset.append(el("div", { class: "filter-buttons" },
      el("button", { type: "button", onclick: all(true) }, "all"),
      el("button", { type: "button", onclick: all(false) }, "none")));
    for (const [value, count] of entries) {
      const box = el("input", { type: "checkbox" });
      box.value = value;
      box.checked = true;
      box.addEventListener("change", () => {
        box.checked ? hidden.delete(value) : hidden.add(value);
        applyFilters();
      });
      boxes.push(box);
      fieldset.append(el("label", null, box, swatch(value), bdi(value), el("span", { class: "n" }, String(count))));
    }
  }
  buildFilter(document.getElementById("relation-filters"), countBy(edges, (e) => e.data.relation), hiddenRelations,
    (r) => { const s = el("span", { class: "swatch line" }); s.style.background = relationColor(r); return s; });
  const typeOfKind = new Map(nodes.map((n) => [n.data.kind, n.data.type]));
  buildFilter(document.getElementById("kind-filters"), countBy(nodes, (n) => n.data.kind), hiddenKinds,
    (k) => { const s = el("span", { class: "swatch " + (typeOfKind.get(k) || "") }); s.style.background = kindFill(k); return s; });

  // ---- search ----
  // Folding for matching: case, Latin accents, Arabic diacritics, tatweel,
  // bidi marks, hamza carriers, alef maqsura and ta marbuta.
  function fold(s) {
    return String(s || "").normalize("NFKD").toLowerCase()
      .replace(/[\u0300-\u036f\u0610-\u061a\u061c\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "")
      .replace(/\u0671/g, "\u0627").replace(/\u0649/g, "\u064a").replace(/\u0629/g, "\u0647")
      .replace(/\s+/g, " ").trim();
  }
  for (const n of nodes) {
    n.search = [n.data.label, n.data.label_ar, n.data.id, ...(n.data.aliases || [])].filter(Boolean).map(fold);
  }
  const searchBox = document.getElementById("search"), results = document.getElementById("results");
  let matches = [];
  function runSearch() {
    const q = fold(searchBox.value);
    results.replaceChildren();
    matches = [];
    for (const n of nodes) {
      const hit = q !== "" && n.search.some((s) => s.includes(q));
      n.el.classList.toggle("match", hit);
      n.labelEl.classList.toggle("match", hit);
      if (hit) matches.push(n);
    }
    if (q === "") return;
    // Exact name matches first, then by mentions.
    const exact = (n) => n.search.some((s) => s === q) ? 0 : 1;
    matches.sort((a, b) => exact(a) - exact(b) || (b.data.mentions || 0) - (a.data.mentions || 0));
    results.append(el("li", { class: "count" }, matches.length + (matches.length === 1 ? " match" : " matches")));
    for (const n of matches.slice(0, 100)) {
      const b = el("button", { type: "button" }, bdi(nodeName(n)),
        n.data.label_ar && n.data.label_ar !== nodeName(n) ? el("div", { class: "ar", dir: "rtl" }, bdi(n.data.label_ar)) : null,
        el("span", { class: "sub" }, " " + n.data.kind));
      b.dataset.index = String(n.i);
      b.addEventListener("click", () => { selectNode(n); centerOn(n); });
      results.append(el("li", null, b));
    }
  }
  searchBox.addEventListener("input", runSearch);
  searchBox.addEventListener("keydown", (evt) => {
    if (evt.key === "Enter" && matches.length) { selectNode(matches[0]); centerOn(matches[0]); }
  });

  // ---- selection and the evidence panel ----
  const details = document.getElementById("details");
  function clearMarks() {
    for (const n of nodes) { n.el.classList.remove("selected", "dim"); n.labelEl.classList.remove("dim"); }
    for (const e of edges) e.el.classList.remove("selected", "dim");
  }
  function clearSelection() {
    clearMarks();
    details.replaceChildren(el("p", { class: "hint" }, "Click a node or an edge to see its evidence."));
  }
  function nodeLink(n) {
    const b = el("button", { type: "button", class: "link" }, bdi(nodeName(n)));
    b.style.display = "inline"; b.style.width = "auto"; b.style.padding = "0";
    b.addEventListener("click", () => { selectNode(n); centerOn(n); });
    return b;
  }
  // The sentence with its trigger marked; all parts are text nodes.
  function sentence(text, trigger) {
    const p = el("div", { class: "ev-text", dir: "auto" });
    const at = trigger ? text.indexOf(trigger) : -1;
    if (at < 0) p.append(text);
    else p.append(text.slice(0, at), el("mark", null, trigger), text.slice(at + trigger.length));
    return p;
  }
  function evidenceList(e) {
    const list = e.data.evidence || [];
    if (!list.length) return [el("p", { class: "hint" }, "No evidence sentences in this file.")];
    return list.map((ev) => {
      const art = articles.get(ev.article);
      const date = ev.date || (art && art.date) || "undated";
      return el("div", { class: "evidence" },
        el("div", { class: "meta" }, bdi(ev.article, "ev-article"), " \u00b7 ", el("span", { class: "ev-date" }, date),
          " \u00b7 " + (ev.lang || "")),
        sentence(ev.text || "", ev.trigger || ""),
        ev.trigger ? el("div", { class: "meta" }, "trigger: ", bdi(ev.trigger, "ev-trigger")) : null);
    });
  }
  // "source relation -> target", the selected node as plain text, the other end a link.
  function edgeHeading(e, from) {
    const end = (n) => (n === from ? bdi(nodeName(n), "self") : nodeLink(n));
    return el("div", { class: "rel" }, end(e.s), " ",
      el("span", { class: "rel-name" }, e.data.relation + (e.data.negated ? " (negated)" : "")),
      e.data.symmetric ? " \u2194 " : " \u2192 ", end(e.t),
      el("span", { class: "sub" }, " " + (e.data.count || 0) + "\u00d7"));
  }
  function dl(rows) {
    const d = el("dl");
    for (const [k, v] of rows) if (v !== undefined && v !== null && v !== "") d.append(el("dt", null, k), el("dd", { dir: "auto" }, v));
    return d;
  }
  // Inline, each name isolated so a list of mixed scripts keeps its order.
  function aliasList(aliases) {
    if (!aliases.length) return "";
    const span = el("span", { class: "aliases" });
    aliases.forEach((a, k) => span.append(k ? " \u00b7 " : "", bdi(a)));
    return span;
  }
  function selectNode(n) {
    clearMarks();
    const near = new Set([n]);
    for (const e of n.edges) { near.add(e.s); near.add(e.t); e.el.classList.add("selected"); }
    for (const m of nodes) if (!near.has(m)) { m.el.classList.add("dim"); m.labelEl.classList.add("dim"); }
    for (const e of edges) if (e.s !== n && e.t !== n) e.el.classList.add("dim");
    n.el.classList.add("selected");
    const d = n.data;
    const c = d.coords ? d.coords[0] + ", " + d.coords[1] : "";
    details.replaceChildren(
      el("h2", { dir: "auto", class: "node-label" }, d.label || d.id),
      d.label_ar ? el("div", { dir: "rtl", class: "ar-text node-label-ar" }, el("bdi", null, d.label_ar)) : null,
      dl([["id", d.id], ["type", d.type], ["kind", d.kind], ["aliases", aliasList(d.aliases || [])],
          ["mentions", String(d.mentions || 0)], ["articles", (d.articles || []).join(", ")],
          ["lat, lon", c], ["gazetteer", d.in_gazetteer ? "yes" : "no"]]),
      el("h3", null, n.edges.length + (n.edges.length === 1 ? " relation" : " relations")));
    const sorted = [...n.edges].sort((a, b) => (b.data.count || 0) - (a.data.count || 0));
    for (const e of sorted) {
      const block = el("div", { class: "edge-evidence" }, edgeHeading(e, n), ...evidenceList(e));
      block.dataset.index = String(e.i);
      details.append(block);
    }
  }
  function selectEdge(e) {
    clearMarks();
    for (const m of nodes) if (m !== e.s && m !== e.t) { m.el.classList.add("dim"); m.labelEl.classList.add("dim"); }
    for (const x of edges) if (x !== e) x.el.classList.add("dim");
    e.el.classList.add("selected");
    const langs = (e.data.languages || []).join(", "), dates = (e.data.dates || []).join(", ");
    const block = el("div", { class: "edge-evidence" }, ...evidenceList(e));
    block.dataset.index = String(e.i);
    details.replaceChildren(
      el("h2", null, e.data.relation),
      el("div", null, nodeLink(e.s), e.data.symmetric ? " \u2194 " : " \u2192 ", nodeLink(e.t)),
      dl([["evidence", String(e.data.count || 0)], ["languages", langs], ["dates", dates],
          ["negated", e.data.negated ? "yes" : ""]]),
      el("h3", null, "Evidence"), block);
  }

  // ---- start ----
  document.getElementById("title").textContent = document.title;
  document.getElementById("stats").textContent =
    nodes.length + " nodes \u00b7 " + edges.length + " edges \u00b7 " + articles.size + " articles";
  document.getElementById("edge-labels").addEventListener("change", (evt) => {
    svgRoot.classList.toggle("no-edge-labels", !evt.target.checked);
  });
  document.getElementById("arabic-labels").addEventListener("change", (evt) => setNodeLabels(evt.target.checked));
  if (edges.length > 300) {  // labels on hundreds of edges are noise; the box brings them back
    document.getElementById("edge-labels").checked = false;
    svgRoot.classList.add("no-edge-labels");
  }
  setNodeLabels(false);
  applyFilters();
  layout();
  placeAll();
  fit();
  window.addEventListener("resize", fit);
  document.body.dataset.ready = "true";
})();
</script>
</body>
</html>
)akgpage";

}  // namespace

std::string_view htmlViewerPage() { return kPage; }

}  // namespace akg
