"""Reads akg's GeoJSON as a map client would and checks it against RFC 7946
and against the JSON graph: one Point per located place, [lon, lat] order and
ranges, the labels and the edges touching each place, on the example graph
and on the hostile-name fixture."""
import json
import math
import sys

from clientlib import Client

c = Client(sys.argv)


def strict_load(path):
    """JSON with duplicate keys refused (RFC 8259 leaves them undefined)."""
    def pairs(items):
        keys = [k for k, _ in items]
        if len(keys) != len(set(keys)):
            raise ValueError("duplicate key in %r" % keys)
        return dict(items)
    with open(path, "rb") as f:
        raw = f.read()
    return json.loads(raw.decode("utf-8"), object_pairs_hook=pairs)


def is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def check_rfc7946(name, doc):
    """The structural rules of RFC 7946 sections 3 and 7.1 that a Point
    FeatureCollection can break."""
    problems = []
    if doc.get("type") != "FeatureCollection":
        problems.append("top-level type is %r" % doc.get("type"))
    if not isinstance(doc.get("features"), list):
        problems.append("features is not an array")
    for member in ("coordinates", "geometry", "geometries", "properties"):
        if member in doc:
            problems.append("FeatureCollection has a %r member" % member)
    for i, f in enumerate(doc.get("features") or []):
        where = "feature %d" % i
        if f.get("type") != "Feature":
            problems.append("%s: type %r" % (where, f.get("type")))
        if "id" in f and not isinstance(f["id"], (str, int, float)):
            problems.append("%s: id is neither string nor number" % where)
        if not isinstance(f.get("properties"), dict):
            problems.append("%s: properties is not an object" % where)
        for member in ("features", "coordinates", "geometries"):
            if member in f:
                problems.append("%s: Feature has a %r member" % (where, member))
        g = f.get("geometry")
        if not isinstance(g, dict) or g.get("type") != "Point":
            problems.append("%s: geometry is not a Point" % where)
            continue
        pos = g.get("coordinates")
        if not isinstance(pos, list) or len(pos) not in (2, 3) or not all(is_number(x) for x in pos):
            problems.append("%s: position %r" % (where, pos))
            continue
        lon, lat = pos[0], pos[1]
        if not -180 <= lon <= 180 or not -90 <= lat <= 90:
            problems.append("%s: [lon, lat] = %r out of range" % (where, pos))
    c.check(not problems, "%s: RFC 7946 structure%s" % (name, "" if not problems else ": " + "; ".join(problems[:5])))


def edge_view(graph, nodes, place_id, want_location):
    """The edges touching a place, as the GeoJSON lists them."""
    out = []
    for e in graph["edges"]:
        for here, there, direction in ((e["target"], e["source"], "incoming"), (e["source"], e["target"], "outgoing")):
            if here != place_id or (direction == "outgoing" and e["source"] == e["target"]):
                continue
            if (nodes[there]["type"] == "location") != want_location:
                continue
            out.append((there, nodes[there]["label"], e["relation"], e["count"], direction, bool(e.get("negated", False))))
    return sorted(out)


def check_graph(name, graph_path):
    graph = c.load_json(graph_path)
    nodes = {n["id"]: n for n in graph["nodes"]}
    path = c.export(graph_path, name + ".geojson")
    try:
        doc = strict_load(path)
    except ValueError as e:
        c.check(False, "%s: GeoJSON parses as strict UTF-8 JSON: %s" % (name, e))
        return
    check_rfc7946(name, doc)

    located = {n["id"] for n in graph["nodes"] if n["type"] == "location" and n.get("coords")}
    unlocated = sorted(n["id"] for n in graph["nodes"] if n["type"] == "location" and not n.get("coords"))
    features = {f["properties"]["id"]: f for f in doc["features"]}
    c.equal(len(features), len(doc["features"]), "%s: feature ids are unique" % name)
    c.equal(sorted(features), sorted(located), "%s: one feature per place with coordinates" % name)
    c.equal(sorted(doc.get("akg", {}).get("unlocated", [])), unlocated, "%s: places left out are listed" % name)

    bad = []
    for pid, f in features.items():
        n = nodes[pid]
        p = f["properties"]
        lat, lon = n["coords"]
        if f["geometry"]["coordinates"] != [lon, lat]:
            bad.append("%s: coordinates %r, want [lon, lat] = %r" % (pid, f["geometry"]["coordinates"], [lon, lat]))
        if f.get("id") != pid:
            bad.append("%s: feature id %r" % (pid, f.get("id")))
        for key, want in (("label", n["label"]), ("label_ar", n.get("label_ar")), ("kind", n["kind"]),
                          ("mentions", n["mentions"]), ("aliases", n["aliases"])):
            if p.get(key) != want:
                bad.append("%s: %s %r, want %r" % (pid, key, p.get(key), want))
        got_actors = sorted((a["id"], a["label"], a["relation"], a["count"], a["direction"], a["negated"]) for a in p["actors"])
        if got_actors != edge_view(graph, nodes, pid, False):
            bad.append("%s: actors %r, want %r" % (pid, got_actors, edge_view(graph, nodes, pid, False)))
        got_places = sorted((a["id"], a["label"], a["relation"], a["count"], a["direction"], a["negated"]) for a in p["places"])
        if got_places != edge_view(graph, nodes, pid, True):
            bad.append("%s: places %r" % (pid, got_places))
        parents = sorted(e["target"] for e in graph["edges"] if e["source"] == pid and e["relation"] == "located_in"
                         and nodes[e["target"]]["type"] == "location" and not e.get("negated"))
        if sorted(p["located_in"]) != parents:
            bad.append("%s: located_in %r, want %r" % (pid, p["located_in"], parents))
    c.check(not bad, "%s: every feature's position and properties match the graph%s"
            % (name, "" if not bad else ": " + "; ".join(bad[:5])))
    return features


example = check_graph("example", c.example_graph())
if example:
    aleppo = example.get("aleppo")
    c.check(aleppo is not None, "example: Aleppo is on the map")
    if aleppo:
        lon, lat = aleppo["geometry"]["coordinates"][:2]
        c.check(abs(lon - 37.13) < 0.05 and abs(lat - 36.20) < 0.05,
                "example: Aleppo's point is near lon 37.13, lat 36.20 (got %r)" % [lon, lat])
        c.check(any(a["id"] == "sdf" and a["relation"] == "withdrew_from" and a["direction"] == "incoming"
                    for a in aleppo["properties"]["actors"]), "example: Aleppo lists SDF withdrew_from")
        c.check(any(a["id"] == "sheikh_maqsoud" and a["relation"] == "located_in" and a["direction"] == "incoming"
                    for a in aleppo["properties"]["places"]), "example: Aleppo lists Sheikh Maqsoud located_in it")
    us = example.get("united_states")
    if us:
        c.check(us["geometry"]["coordinates"][0] < -60, "example: the United States is west of Greenwich")

hostile = check_graph("hostile", c.hostile_graph())
if hostile:
    fasher = hostile.get("x:الفاشر")
    c.check(fasher is not None, "hostile: the Arabic id x:الفاشر is a feature")
    if fasher:
        rels = sorted(a["relation"] for a in fasher["properties"]["actors"] if a["id"] == "rsf")
        c.equal(rels, ["attacked", "controls"], "hostile: both parallel RSF edges are listed apart")
        c.equal(fasher["properties"]["label_ar"], "الفاشر", "hostile: Arabic label")
    bidi = hostile.get("x:bidi")
    c.check(bidi is not None and bidi["properties"]["label"] == "\u200fMixed حي الشيخ\u200e (east)",
            "hostile: RLM/LRM marks kept in the label")
    c.check(bidi is not None and bidi["properties"]["located_in"] == ["x:الفاشر"], "hostile: x:bidi located_in x:الفاشر")
    c.check(bidi is not None and any(a["label"] == "<b>Bold</b> & Sons ]]> <![CDATA[x]]> &amp;"
                                     for a in bidi["properties"]["actors"]), "hostile: markup in an actor label kept as text")

c.done()
