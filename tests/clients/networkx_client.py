"""networkx reads akg's GraphML (plain and --yed) and GEXF 1.3.

Both graphs (examples/articles and the hostile fixture) are exported and read
back with networkx; every node and edge is compared with the source JSON
(read with the json module): counts, labels and ids byte for byte, every
relation, the parallel edges kept apart, typed values (int, bool, float),
evidence, dates and spells. The GraphML is also checked with xmllint.

networkx 2.8 (Debian's) predates GEXF 1.3 and reads no mixed graphs
(type="undirected" edges in a directed graph, which GEXF 1.3 and Gephi
allow). The GEXF is read with networkx's own GEXF reader after registering
the 1.3 namespaces (the entry later networkx versions ship), through a
subclass that only records each edge's type before networkx's add_edge runs.
A copy of the hostile graph without symmetric edges goes through plain
nx.read_gexf unchanged.

Called as: networkx_client.py AKG_BINARY SOURCE_DIR WORK_DIR.
"""
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from clientlib import Client  # noqa: E402

import networkx as nx  # noqa: E402
from networkx.readwrite import gexf as nx_gexf  # noqa: E402

NS_Y = "{http://www.yworks.com/xml/graphml}"
NS_GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"

nx_gexf.GEXF.versions.setdefault("1.3", {
    "NS_GEXF": "http://gexf.net/1.3",
    "NS_VIZ": "http://gexf.net/1.3/viz",
    "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
    "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    "VERSION": "1.3",
})


class MixedGexfReader(nx_gexf.GEXFReader):
    """networkx's GEXF reader, told that an undirected edge in a directed
    graph is allowed; edge_types keeps what each edge said."""

    def __init__(self):
        super().__init__(version="1.3")
        self.edge_types = {}

    def add_edge(self, G, edge_element, edge_attr):
        kind = edge_element.get("type")
        self.edge_types[edge_element.get("id")] = kind
        if kind == "undirected":
            edge_element.attrib.pop("type")
        super().add_edge(G, edge_element, edge_attr)


def pascal(s):
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"[^A-Za-z0-9]+", s) if p)


def neo4j_labels(node):
    t, k = pascal(node["type"]), pascal(node.get("kind", ""))
    return ":" + t + (":" + k if k and k != t else "")


class Source:
    """The JSON graph as the reference."""

    def __init__(self, path):
        d = Client.load_json(path)
        self.nodes = {n["id"]: n for n in d["nodes"]}
        self.edges = {(e["source"], e["relation"], e["target"]): e for e in d["edges"]}
        self.node_count, self.edge_count = len(d["nodes"]), len(d["edges"])
        self.dated = any(e.get("dates") for e in d["edges"])


def xmllint(c, path):
    r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
    c.check(r.returncode == 0, "xmllint --noout %s %s" % (os.path.basename(path), r.stderr.strip()))


def check_types(c, where, d, ints=(), bools=(), floats=()):
    bad = [k for k in ints if k in d and type(d[k]) is not int]
    bad += [k for k in bools if k in d and type(d[k]) is not bool]
    bad += [k for k in floats if k in d and type(d[k]) is not float]
    c.check(not bad, "%s: typed values %s" % (where, bad or "int/bool/float"))


def check_edge_common(c, where, d, e):
    """Edge attributes GraphML and GEXF share."""
    evidence = e.get("evidence", [])
    want = {
        "relation": e["relation"],
        "count": e["count"],
        "negated": e.get("negated", False),
        "symmetric": e.get("symmetric", False),
        "first_evidence": evidence[0]["text"] if evidence else "",
    }
    got = {k: d.get(k, "") for k in want}  # networkx leaves out empty strings
    c.equal(got, want, where + ": relation, count, flags, first evidence")
    c.equal(json.loads(d["dates"]), sorted(set(e.get("dates", []))), where + ": dates")
    c.equal(json.loads(d["articles"]), sorted({ev["article"] for ev in evidence}), where + ": articles")
    c.equal(json.loads(d["evidence"]), evidence, where + ": evidence objects")
    check_types(c, where, d, ints=("count",), bools=("negated", "symmetric"))


def check_parallel(c, name, src, edge_ids):
    """Every pair with several relations has them all, each with its own id."""
    pairs = {}
    for s, r, t in src.edges:
        pairs.setdefault((s, t), set()).add(r)
    parallel = {p: rs for p, rs in pairs.items() if len(rs) > 1}
    c.check(len(set(edge_ids)) == len(edge_ids), "%s: %d edge ids, all distinct" % (name, len(edge_ids)))
    return parallel


def check_graphml(c, src, path, yed):
    name = os.path.basename(path)
    xmllint(c, path)
    G = nx.read_graphml(path, force_multigraph=True)
    c.check(G.is_directed() and G.is_multigraph(), name + ": a directed multigraph")
    c.equal(G.number_of_nodes(), src.node_count, name + ": node count")
    c.equal(G.number_of_edges(), src.edge_count, name + ": edge count")
    ids = {n: d.get("node_id") for n, d in G.nodes(data=True)}
    c.equal(sorted(ids.values()), sorted(src.nodes), name + ": node ids byte for byte")

    for n, d in G.nodes(data=True):
        want = src.nodes.get(d.get("node_id"))
        if want is None:
            continue
        where = "%s node %r" % (name, want["id"])
        lat, lon = want["coords"] if "coords" in want else (-999.0, -999.0)
        got = {k: d.get(k, "") for k in ("label", "label_ar", "type", "kind", "labels", "mentions",
                                         "in_gazetteer", "lat", "lon")}
        c.equal(got, {"label": want["label"], "label_ar": want.get("label_ar", ""), "type": want["type"],
                      "kind": want["kind"], "labels": neo4j_labels(want), "mentions": want["mentions"],
                      "in_gazetteer": want["in_gazetteer"], "lat": lat, "lon": lon}, where)
        c.equal(json.loads(d["aliases"]), want["aliases"], where + ": aliases")
        check_types(c, where, d, ints=("mentions",), bools=("in_gazetteer",), floats=("lat", "lon"))
        # networkx takes x, y and shape_type from yEd's y:ShapeNode only.
        c.check(("shape_type" in d) == yed, "%s: yEd shape %s" % (where, "present" if yed else "absent"))
        if yed:
            c.equal(d["shape_type"], "ellipse" if want["type"] == "location" else "roundrectangle", where + ": shape")

    edge_ids = []
    for u, v, k, d in G.edges(keys=True, data=True):
        edge_ids.append(k)
        key = (ids[u], d.get("relation"), ids[v])
        e = src.edges.get(key)
        c.check(e is not None, "%s edge %r in the JSON" % (name, key))
        if e is None:
            continue
        where = "%s edge %r" % (name, key)
        c.equal((d.get("label"), d.get("type")), (e["relation"], e["relation"]), where + ": label and type")
        check_edge_common(c, where, d, e)
        c.equal(json.loads(d["languages"]), e["languages"], where + ": languages")
    got_keys = {(ids[u], d.get("relation"), ids[v]) for u, v, d in G.edges(data=True)}
    c.equal(got_keys, set(src.edges), name + ": every (source, relation, target)")
    parallel = check_parallel(c, name, src, edge_ids)
    by_pair = {}
    for u, v, d in G.edges(data=True):
        by_pair.setdefault((ids[u], ids[v]), set()).add(d["relation"])
    for pair, relations in parallel.items():
        c.equal(by_pair.get(pair), relations, "%s: parallel edges %r kept apart" % (name, pair))

    # What yEd draws: one ShapeNode per node whose first NodeLabel is the
    # label, and one PolyLineEdge labelled with the relation per edge.
    root = ET.parse(path).getroot()
    shapes = root.findall(".//%sShapeNode" % NS_Y)
    c.equal(len(shapes), src.node_count if yed else 0, name + ": y:ShapeNode count")
    c.equal(len(root.findall(".//%sPolyLineEdge" % NS_Y)), src.edge_count if yed else 0,
            name + ": y:PolyLineEdge count")
    if yed:
        shown = sorted(s.find(NS_Y + "NodeLabel").text for s in shapes)
        c.equal(shown, sorted(n["label"] for n in src.nodes.values()), name + ": yEd node labels")
        fills = {s.find(NS_Y + "Fill").get("color") for s in shapes}
        c.check(len(fills) > 1 and all(re.fullmatch(r"#[0-9a-f]{6}", f) for f in fills),
                name + ": yEd fill colours by kind %s" % sorted(fills))
    return G


def check_gexf(c, src, path):
    name = os.path.basename(path)
    xmllint(c, path)
    reader = MixedGexfReader()
    G = reader(path)
    c.check(G.is_directed(), name + ": directed")
    c.equal(G.graph.get("mode"), "dynamic" if src.dated else "static", name + ": mode")
    c.equal(G.number_of_nodes(), src.node_count, name + ": node count")
    c.equal(G.number_of_edges(), src.edge_count, name + ": edge count")
    c.equal(sorted(G.nodes), sorted(src.nodes), name + ": node ids byte for byte")
    for n, d in G.nodes(data=True):
        want = src.nodes.get(n)
        if want is None:
            continue
        where = "%s node %r" % (name, n)
        got = {k: d.get(k) for k in ("label", "label_ar", "type", "kind", "mentions", "in_gazetteer")}
        c.equal(got, {"label": want["label"], "label_ar": want.get("label_ar", ""), "type": want["type"],
                      "kind": want["kind"], "mentions": want["mentions"], "in_gazetteer": want["in_gazetteer"]},
                where)
        c.equal(json.loads(d["aliases"]), want["aliases"], where + ": aliases")
        coords = [d["lat"], d["lon"]] if "lat" in d else None
        c.equal(coords, want.get("coords"), where + ": coordinates")
        check_types(c, where, d, ints=("mentions",), bools=("in_gazetteer",), floats=("lat", "lon"))
        c.check("color" in d.get("viz", {}), where + ": viz colour")

    edge_ids = []
    for u, v, k, d in G.edges(keys=True, data=True):
        edge_ids.append(k)
        key = (u, d.get("relation"), v)
        e = src.edges.get(key)
        c.check(e is not None, "%s edge %r in the JSON" % (name, key))
        if e is None:
            continue
        where = "%s edge %r" % (name, key)
        c.equal(d.get("label"), e["relation"], where + ": label")
        c.equal(d.get("weight"), float(e["count"]), where + ": weight")
        want_type = "undirected" if e.get("symmetric") else None
        c.equal(reader.edge_types.get(k), want_type, where + ": edge type")
        spells = [(day, day) for day in sorted(set(e.get("dates", [])))]
        c.equal(d.get("spells", []), spells, where + ": spells")
        check_edge_common(c, where, d, e)
    got_keys = {(u, d.get("relation"), v) for u, v, d in G.edges(data=True)}
    c.equal(got_keys, set(src.edges), name + ": every (source, relation, target)")
    parallel = check_parallel(c, name, src, edge_ids)
    for (s, t), relations in parallel.items():
        got = {d["relation"] for d in G.get_edge_data(s, t, default={}).values()}
        c.equal(got, relations, "%s: parallel edges %r kept apart" % (name, (s, t)))
    # The GEXF edge kind attribute (networkx does not read it) is the relation.
    root = ET.parse(path).getroot()
    kinds = [(e.get("kind"), e.get("label")) for e in root.iter("{http://gexf.net/1.3}edge")]
    c.check(kinds and all(k == lbl for k, lbl in kinds), name + ": edge kind = label = relation")
    return G


def main():
    c = Client(sys.argv)
    hostile = c.hostile_graph()
    for graph, stem in ((c.example_graph(), "example"), (hostile, "hostile")):
        src = Source(graph)
        check_graphml(c, src, c.export(graph, stem + ".graphml"), yed=False)
        check_graphml(c, src, c.export(graph, stem + "_yed.graphml", "--yed"), yed=True)
        check_gexf(c, src, c.export(graph, stem + ".gexf"))

    src = Source(hostile)
    c.check(("rsf", "attacked", "x:الفاشر") in src.edges and ("rsf", "controls", "x:الفاشر") in src.edges,
            "the hostile fixture has the parallel edges rsf attacked/controls x:الفاشر")
    G = nx.read_graphml(os.path.join(c.work, "hostile.graphml"))  # no force: parallel edges make it multi
    ids = {n: d["node_id"] for n, d in G.nodes(data=True)}
    rsf = [n for n, i in ids.items() if i == "rsf"][0]
    fasher = [n for n, i in ids.items() if i == "x:الفاشر"][0]
    c.equal(sorted(d["relation"] for d in G.get_edge_data(rsf, fasher).values()), ["attacked", "controls"],
            "hostile.graphml: rsf attacked and controls x:الفاشر, two edges")

    # Plain nx.read_gexf on a graph without symmetric edges (networkx reads
    # no mixed graphs).
    d = c.load_json(hostile)
    d["edges"] = [e for e in d["edges"] if not e.get("symmetric")]
    directed = os.path.join(c.work, "hostile_directed.json")
    with open(directed, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False)
    path = c.export(directed, "hostile_directed.gexf")
    G = nx.read_gexf(path, version="1.3")
    c.equal(sorted(G.nodes), sorted(n["id"] for n in d["nodes"]), "nx.read_gexf: node ids")
    c.equal(sorted(G.nodes[n]["label"] for n in G), sorted(n["label"] for n in d["nodes"]), "nx.read_gexf: labels")
    c.equal(sorted((u, a["relation"], v) for u, v, a in G.edges(data=True)),
            sorted((e["source"], e["relation"], e["target"]) for e in d["edges"]), "nx.read_gexf: edges")
    c.equal(sorted(a["relation"] for a in G.get_edge_data("rsf", "x:الفاشر").values()), ["attacked", "controls"],
            "nx.read_gexf: rsf attacked and controls x:الفاشر, two edges")
    c.done()


if __name__ == "__main__":
    main()
