"""Reads akg's plain CSV export (`-o graph.csv`: graph_nodes.csv and
graph_edges.csv) with Python's csv module, as a spreadsheet import or a
LOAD CSV would, and checks every name, alias list and edge against the JSON
graph, byte for byte, on the example graph and on the hostile-name fixture."""
import csv
import json
import os
import sys

from clientlib import Client

c = Client(sys.argv)


def read(path):
    # newline="" is what RFC 4180 needs: line breaks inside quotes are data.
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, strict=True))
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:]], rows


def check(name, graph_path):
    graph = c.load_json(graph_path)
    out = c.export(graph_path, name + ".csv")
    stem = out[: -len(".csv")]
    nodes_path, edges_path = stem + "_nodes.csv", stem + "_edges.csv"
    c.check(os.path.exists(nodes_path) and os.path.exists(edges_path), name + ": both files written")

    header, nodes, raw = read(nodes_path)
    c.equal(header, ["id", "label", "label_ar", "type", "kind", "aliases", "mentions"], name + ": node header")
    c.check(all(len(r) == len(header) for r in raw), name + ": every node record has every column")
    c.equal(len(nodes), len(graph["nodes"]), name + ": node count")
    by_id = {n["id"]: n for n in nodes}
    for want in graph["nodes"]:
        got = by_id.get(want["id"])
        if got is None:
            c.check(False, "%s: node %r present" % (name, want["id"]))
            continue
        c.equal(got["label"], want["label"], "%s: label of %r" % (name, want["id"]))
        c.equal(got["label_ar"], want.get("label_ar", ""), "%s: Arabic label of %r" % (name, want["id"]))
        c.equal(json.loads(got["aliases"]), want["aliases"], "%s: aliases of %r" % (name, want["id"]))
        c.equal(int(got["mentions"]), want["mentions"], "%s: mentions of %r" % (name, want["id"]))

    header, edges, raw = read(edges_path)
    c.equal(header, ["source", "target", "relation", "count", "symmetric", "dates", "first_evidence"],
            name + ": edge header")
    c.check(all(len(r) == len(header) for r in raw), name + ": every edge record has every column")
    got = {(e["source"], e["relation"], e["target"]): e for e in edges}
    c.equal(len(edges), len(graph["edges"]), name + ": edge count (parallel edges kept apart)")
    for want in graph["edges"]:
        key = (want["source"], want["relation"], want["target"])
        e = got.get(key)
        if e is None:
            c.check(False, "%s: edge %r present" % (name, key))
            continue
        c.check(e["source"] in by_id and e["target"] in by_id, "%s: %r ends are nodes" % (name, key))
        c.equal(int(e["count"]), want["count"], "%s: count of %r" % (name, key))
        first = want["evidence"][0]["text"] if want["evidence"] else ""
        c.equal(e["first_evidence"], first, "%s: first evidence of %r" % (name, key))


check("example", c.example_graph())
check("hostile", c.hostile_graph())
# The fixture's two relations between the same pair are two rows.
_, edges, _ = read(os.path.join(c.work, "hostile_edges.csv"))
pair = sorted(e["relation"] for e in edges if e["source"] == "rsf" and e["target"] == "x:الفاشر")
c.equal(pair, ["attacked", "controls"], "hostile: parallel edges rsf -> El Fasher")
c.done()
