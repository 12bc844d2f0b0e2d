"""Graphviz's own `dot` program reads the DOT akg writes (`akg export` and
`akg render`) and lays it out: no errors or warnings, every node and edge
of the JSON graph there with its name and label, labels drawn as the names
(line breaks as line breaks, hostile characters as themselves), the two
parallel edges drawn apart, and `akg render`'s filters leaving exactly the
nodes a separate computation here expects.
"""
import collections
import json
import os
import subprocess
import sys

from clientlib import Client


def run_dot(c, args, what):
    """Runs dot; fails the check (and returns None) on an exit status or any stderr."""
    r = subprocess.run(["dot", *args], capture_output=True)
    c.check(r.returncode == 0, "%s: dot exits 0 (got %d)" % (what, r.returncode))
    stderr = r.stderr.decode("utf-8", "replace")
    c.check(stderr == "", "%s: dot prints no warnings (%r)" % (what, stderr[:500]))
    return r.stdout if r.returncode == 0 else None


def unescape(s):
    """akg's escaping rule (EXPORT_FORMATS.md, DOT): \\\\ -> \\, \\n \\l \\r -> newline."""
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            nxt = s[i + 1]
            out.append("\n" if nxt in "nlr" else nxt)
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def unescape_label(s):
    return unescape(s).replace("&amp;", "&")


def sanitized(s):
    """What akg keeps of a name in Graphviz text: C0 controls but tab and newline become spaces."""
    return "".join(" " if ord(ch) < 32 and ch not in "\t\n" else ch for ch in s)


def expected_label(node):
    label = node.get("label") or node["id"]
    ar = node.get("label_ar") or ""
    text = sanitized(label)
    if ar and ar != label:
        text += "\n" + sanitized(ar)
    return text


def laid_out(c, dot_path, what):
    """dot -Tjson: the graph with its layout and every drawn text."""
    out = run_dot(c, ["-Tjson", dot_path], what + " -Tjson")
    return json.loads(out) if out is not None else None


def nodes_of(layout):
    """Node objects of dot -Tjson output (subgraphs come first in "objects")."""
    return layout["objects"][layout.get("_subgraph_cnt", 0):]


def check_drawing(c, graph, dot_path, what):
    layout = laid_out(c, dot_path, what)
    if layout is None:
        return
    svg = run_dot(c, ["-Tsvg", dot_path], what + " -Tsvg")
    nodes = nodes_of(layout)
    c.equal(len(nodes), len(graph["nodes"]), what + ": node count")
    by_name = {unescape(n["name"]): n for n in nodes}
    for node in graph["nodes"]:
        drawn = by_name.get(node["id"])
        if drawn is None:
            c.check(False, "%s: node %r is in the DOT" % (what, node["id"]))
            continue
        want = expected_label(node)
        c.equal(unescape_label(drawn["label"]), want, "%s: label of %r" % (what, node["id"]))
        c.equal(unescape(drawn.get("id", "")), node["id"], "%s: id attribute of %r" % (what, node["id"]))
        # What dot draws: one text per label line, each exactly the name's line.
        texts = [op["text"] for op in drawn.get("_ldraw_", []) if op["op"] == "T"]
        c.equal(texts, want.split("\n"), "%s: drawn lines of %r" % (what, node["id"]))

    edges = collections.Counter()
    paths = collections.defaultdict(list)
    for e in layout.get("edges", []):
        tail, head = unescape(layout["objects"][e["tail"]]["name"]), unescape(layout["objects"][e["head"]]["name"])
        key = (tail, e["relation"], head)
        edges[key] += 1
        paths[(tail, head)].append(json.dumps(e.get("_draw_")))
    want = collections.Counter((l["source"], l["relation"], l["target"]) for l in graph["edges"])
    c.equal(edges, want, what + ": edges (source, relation, target)")
    # Parallel edges: one drawn path each, and not the same path.
    for (s, t), drawn in paths.items():
        if len(drawn) > 1:
            c.check(len(set(drawn)) == len(drawn), "%s: %d parallel edges %s -> %s drawn apart" % (what, len(drawn), s, t))
    if svg is not None:
        c.equal(svg.decode("utf-8").count('class="edge"'), len(graph["edges"]), what + ": SVG draws every edge")


def neighbourhood(graph, centre, depth, relations=None):
    adj = collections.defaultdict(set)
    for l in graph["edges"]:
        if relations is None or l["relation"] in relations:
            adj[l["source"]].add(l["target"])
            adj[l["target"]].add(l["source"])
    seen, frontier = {centre}, {centre}
    for _ in range(depth):
        frontier = {n for f in frontier for n in adj[f]} - seen
        seen |= frontier
    return seen


def dot_node_names(c, path, what):
    layout = laid_out(c, path, what)
    return {unescape(n["name"]) for n in nodes_of(layout)} if layout else set()


def main():
    c = Client(sys.argv)
    graphs = {"example": c.example_graph(), "hostile": c.hostile_graph()}
    for name, path in graphs.items():
        graph = c.load_json(path)
        exported = c.export(path, name + ".dot")
        check_drawing(c, graph, exported, name + " export")
        # akg render's DOT adds a legend (the graph label) and clusters, not nodes.
        for extra in ([], ["--cluster", "kind"], ["--cluster", "location"]):
            out = os.path.join(c.work, "%s-render%s.dot" % (name, "".join(extra).replace("--", "-")))
            c.run("render", path, "-o", out, *extra)
            check_drawing(c, graph, out, "%s render %s" % (name, " ".join(extra)))
            with open(out, encoding="utf-8") as f:
                c.check("Legend" in f.read(), "%s render %s: the DOT has a legend" % (name, " ".join(extra)))

    # Filters, against a computation of their own.
    hostile = c.load_json(graphs["hostile"])
    out = os.path.join(c.work, "filtered.dot")
    c.run("render", graphs["hostile"], "-o", out, "--relation", "attacked", "--relation", "present_in")
    want = {n for l in hostile["edges"] if l["relation"] in ("attacked", "present_in") for n in (l["source"], l["target"])}
    c.equal(dot_node_names(c, out, "--relation"), want, "--relation attacked, present_in: nodes")

    c.run("render", graphs["hostile"], "-o", out, "--min-count", "2")
    want = {n for l in hostile["edges"] if l["count"] >= 2 for n in (l["source"], l["target"])}
    c.equal(dot_node_names(c, out, "--min-count"), want, "--min-count 2: nodes")

    for depth in (1, 2):
        c.run("render", graphs["hostile"], "-o", out, "--focus", "El Fasher", "--depth", str(depth))
        c.equal(dot_node_names(c, out, "--focus"), neighbourhood(hostile, "x:الفاشر", depth),
                "--focus 'El Fasher' --depth %d: nodes" % depth)

    example = c.load_json(graphs["example"])
    c.run("render", graphs["example"], "-o", out, "--focus", "sdf", "--depth", "1", "--relation", "withdrew_from")
    c.equal(dot_node_names(c, out, "example --focus"), neighbourhood(example, "sdf", 1, {"withdrew_from"}),
            "example --focus sdf --relation withdrew_from: nodes")
    c.check("aleppo" in neighbourhood(example, "sdf", 1, {"withdrew_from"}), "example: sdf withdrew from aleppo")

    # The drawings themselves come out of akg render whole.
    drawings = [os.path.join(c.work, "example." + ext) for ext in ("svg", "png", "pdf")]
    c.run("render", graphs["example"], "--cluster", "location", *[a for d in drawings for a in ("-o", d)])
    for d in drawings:
        c.check(os.path.getsize(d) > 1000, "%s written" % os.path.basename(d))
    c.done()


if __name__ == "__main__":
    main()
