"""Neo4j client test: neo4j itself cannot be installed here, so the bulk-import
folder is read the way neo4j-admin reads it (header grammar, delimiters and
quoting taken from import.sh) and the Cypher script is tokenized and parsed as
Cypher; every name, alias list and edge must come back exactly as in the JSON.

Called as: neo4j_client.py AKG_BINARY SOURCE_DIR WORK_DIR
"""
import csv
import os
import re
import shlex
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from clientlib import Client  # noqa: E402

# neo4j-admin's CSV header grammar, after the Neo4j Operations Manual, "Import" >
# "CSV header format": a field is <name>:<field_type>; property types are the
# listed ones, each optionally an array ([]); :ID may carry an id space
# ":ID(group)", as may :START_ID/:END_ID; the name is the property that keeps
# the id and is ignored before :LABEL, :TYPE, :START_ID, :END_ID and :IGNORE.
# A property field without a type is a string.
TYPES = ("int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time"
         "|localdatetime|datetime|duration")
PROPERTY = r"[^:\s]+(?::(?:%s)(?:\[\])?)?" % TYPES
GROUP = r"(?:\([^()]+\))?"
NODE_FIELD = re.compile(r"^(?:%s|[^:\s]*:ID%s|[^:\s]*:LABEL|[^:\s]*:IGNORE)$" % (PROPERTY, GROUP))
REL_FIELD = re.compile(r"^(?:%s|[^:\s]*:START_ID%s|[^:\s]*:END_ID%s|[^:\s]*:TYPE|[^:\s]*:IGNORE)$"
                       % (PROPERTY, GROUP, GROUP))


def pascal(name):
    return "".join(w[:1].upper() + w[1:] for w in re.split(r"[^A-Za-z0-9]+", name) if w)


def import_options(script):
    """The neo4j-admin options in import.sh, shell-unquoted."""
    text = open(script, encoding="utf-8").read().replace("\\\n", " ")
    command = next(line for line in text.splitlines() if "database import full" in line)
    opts = {}
    for word in shlex.split(command):
        if word.startswith("--") and "=" in word:
            key, value = word[2:].split("=", 1)
            opts[key] = value
    return opts


def option_char(value):
    """neo4j-admin's <char> option: one character, TAB or U+XXXX."""
    if value == "TAB":
        return "\t"
    if re.fullmatch(r"U\+[0-9A-Fa-f]{4}", value):
        return chr(int(value[2:], 16))
    assert len(value) == 1, value
    return value


def read_csv(path, opts):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=option_char(opts.get("delimiter", ",")),
                               quotechar=option_char(opts.get("quote", '"')), doublequote=True, strict=True))
    return rows[0], rows[1:]


def typed(header, row, array_delimiter):
    """A row as neo4j-admin stores it: empty fields are absent, typed values converted."""
    out = {}
    for field, value in zip(header, row):
        name, _, kind = field.partition(":")
        key = name or ":" + kind
        if value == "":
            continue
        is_array = kind.endswith("[]")
        base = kind[:-2] if is_array else kind
        values = value.split(array_delimiter) if is_array or base == "LABEL" else [value]
        conv = []
        for v in values:
            if base == "int":
                conv.append(int(v))
            elif base == "double":
                conv.append(float(v))
            elif base == "boolean":
                assert v in ("true", "false"), v
                conv.append(v == "true")
            elif base == "date":
                assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", v), v
                conv.append(v)
            else:
                conv.append(v)
        out[key] = conv if is_array or base == "LABEL" else conv[0]
    return out


# ---- Cypher: a small tokenizer and a parser for the statements akg writes ----

ESCAPES = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}


def tokenize(text):
    """Yields (kind, value): str (decoded), name (backticks), num, word, punct."""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif text.startswith("//", i):
            i = text.find("\n", i)
            i = n if i < 0 else i
        elif c in "'\"":
            quote, i, value = c, i + 1, []
            while True:
                if i >= n:
                    raise ValueError("unterminated string literal")
                ch = text[i]
                if ch == "\\":
                    nxt = text[i + 1]
                    if nxt == "u":
                        value.append(chr(int(text[i + 2:i + 6], 16)))
                        i += 6
                        continue
                    if nxt not in ESCAPES:
                        raise ValueError("bad escape \\" + nxt)
                    value.append(ESCAPES[nxt])
                    i += 2
                elif ch == quote:
                    i += 1
                    break
                elif ch == "\n":
                    raise ValueError("raw line break in a string literal")
                else:
                    value.append(ch)
                    i += 1
            yield ("str", "".join(value))
        elif c == "`":
            j, value = i + 1, []
            while True:
                k = text.index("`", j)
                value.append(text[j:k])
                if text.startswith("``", k):
                    value.append("`")
                    j = k + 2
                else:
                    i = k + 1
                    break
            yield ("name", "".join(value))
        elif c.isdigit() or (c == "-" and text[i + 1:i + 2].isdigit()):
            m = re.compile(r"-?\d+(\.\d+)?([eE]-?\d+)?").match(text, i)
            yield ("num", float(m.group()) if m.group(1) or m.group(2) else int(m.group()))
            i = m.end()
        elif c.isalpha() or c == "_":
            m = re.compile(r"[A-Za-z_][A-Za-z0-9_]*").match(text, i)
            yield ("word", m.group())
            i = m.end()
        elif text.startswith("->", i):
            yield ("punct", "->")
            i += 2
        else:
            yield ("punct", c)
            i += 1


class Parser:
    def __init__(self, tokens):
        self.t, self.i = tokens, 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else (None, None)

    def take(self, kind=None, value=None):
        tok = self.peek()
        if (kind and tok[0] != kind) or (value is not None and tok[1] != value):
            raise ValueError("expected %s %r, got %r" % (kind, value, tok))
        self.i += 1
        return tok[1]

    def label(self):
        tok = self.peek()
        if tok[0] not in ("name", "word"):
            raise ValueError("expected a label, got %r" % (tok,))
        self.i += 1
        return tok[1]

    def value(self):
        kind, v = self.peek()
        if kind in ("str", "num"):
            self.i += 1
            return v
        if kind == "word" and v in ("true", "false", "null"):
            self.i += 1
            return {"true": True, "false": False, "null": None}[v]
        if kind == "word" and v == "date":
            self.i += 1
            self.take("punct", "(")
            s = self.take("str")
            self.take("punct", ")")
            return s
        if v == "[":
            self.i += 1
            items = []
            while self.peek()[1] != "]":
                items.append(self.value())
                if self.peek()[1] == ",":
                    self.i += 1
            self.take("punct", "]")
            return items
        if v == "{":
            return self.map()
        raise ValueError("unexpected %r" % (self.peek(),))

    def map(self):
        self.take("punct", "{")
        out = {}
        while self.peek()[1] != "}":
            key = self.label()
            self.take("punct", ":")
            out[key] = self.value()
            if self.peek()[1] == ",":
                self.i += 1
        self.take("punct", "}")
        return out

    def node_pattern(self):
        """(var:Label {id: '...'}) -> (var, label, id)"""
        self.take("punct", "(")
        var = self.take("word")
        self.take("punct", ":")
        label = self.label()
        props = self.map()
        self.take("punct", ")")
        return var, label, props["id"]


def statements(text):
    """Splits at ; outside literals; checks brackets balance in each statement."""
    out, current = [], []
    for tok in tokenize(text):
        if tok == ("punct", ";"):
            out.append(current)
            current = []
        else:
            current.append(tok)
    if current:
        raise ValueError("text after the last statement: %r" % current[:5])
    for st in out:
        depth = {"(": 0, "[": 0, "{": 0}
        closing = {")": "(", "]": "[", "}": "{"}
        for kind, v in st:
            if kind == "punct" and v in depth:
                depth[v] += 1
            elif kind == "punct" and v in closing:
                depth[closing[v]] -= 1
                if depth[closing[v]] < 0:
                    raise ValueError("unbalanced %s" % v)
        if any(depth.values()):
            raise ValueError("unbalanced brackets in %r" % st[:6])
    return out


def parse_cypher(text):
    """(nodes by id: {labels, props}, relationships: [(start, type, end, props)], constraints)"""
    nodes, rels, constraints = {}, [], 0
    for st in statements(text):
        p = Parser(st)
        head = p.take("word")
        if head == "CREATE":
            p.take("word", "CONSTRAINT")
            constraints += 1
            continue
        if head == "MERGE":
            var, label, node_id = p.node_pattern()
            p.take("word", "SET")
            p.take("word", var)
            p.take("punct", "=")
            props = p.map()
            labels = [label]
            while p.peek()[1] == ",":
                p.i += 1
                p.take("word", var)
                p.take("punct", ":")
                labels.append(p.label())
            if props.get("id") != node_id:
                raise ValueError("MERGE id %r but SET id %r" % (node_id, props.get("id")))
            nodes[node_id] = {"labels": labels, "props": props}
        elif head == "MATCH":
            a, _, start = p.node_pattern()
            p.take("punct", ",")
            b, _, end = p.node_pattern()
            p.take("word", "MERGE")
            p.take("punct", "(")
            p.take("word", a)
            p.take("punct", ")")
            p.take("punct", "-")
            p.take("punct", "[")
            r = p.take("word")
            p.take("punct", ":")
            rel_type = p.label()
            p.take("punct", "]")
            p.take("punct", "->")
            p.take("punct", "(")
            p.take("word", b)
            p.take("punct", ")")
            p.take("word", "SET")
            p.take("word", r)
            p.take("punct", "=")
            rels.append((start, rel_type, end, p.map()))
        else:
            raise ValueError("unexpected statement start %r" % head)
        if p.i != len(st):
            raise ValueError("trailing tokens %r" % st[p.i:p.i + 5])
    return nodes, rels, constraints


# ---- the checks ----

def node_expect(n):
    """What a JSON node becomes as Neo4j properties (empty lists and strings absent)."""
    want = {"id": n["id"], "label": n["label"], "type": n["type"], "kind": n["kind"],
            "mentions": n.get("mentions", 0), "in_gazetteer": n.get("in_gazetteer", False)}
    if n.get("label_ar"):
        want["label_ar"] = n["label_ar"]
    for key in ("aliases", "languages", "articles"):
        items = [a for a in n.get(key, []) if a]
        if items:
            want[key] = items
    if n.get("coords"):
        want["lat"], want["lon"] = float(n["coords"][0]), float(n["coords"][1])
    return want


def edge_expect(e):
    ev = e.get("evidence", [])
    want = {"relation": e["relation"], "count": e.get("count", len(ev)), "symmetric": e.get("symmetric", False),
            "negated": e.get("negated", False)}
    langs = sorted({x["lang"] for x in ev})
    dates = sorted({x["date"] for x in ev if x.get("date")})
    texts = [x["text"] for x in ev if x["text"]]
    arts = sorted({x["article"] for x in ev})
    for key, v in (("languages", langs), ("dates", dates), ("evidence", texts), ("articles", arts)):
        if v:
            want[key] = v
    if ev:
        want["first_evidence"] = ev[0]["text"]
    return want


def check_graph(c, graph_path, name, hostile):
    g = c.load_json(graph_path)
    out = c.export(graph_path, name, "-f", "neo4j")
    c.equal(sorted(os.listdir(out)), [".akg-export", "import.sh", "load.cypher", "nodes.csv", "relationships.csv"]
            if os.path.exists(os.path.join(out, ".akg-export")) else
            ["import.sh", "load.cypher", "nodes.csv", "relationships.csv"], name + ": folder contents")
    c.check(os.access(os.path.join(out, "import.sh"), os.X_OK), name + ": import.sh is executable")

    opts = import_options(os.path.join(out, "import.sh"))
    c.equal(opts.get("nodes"), "nodes.csv", name + ": import.sh --nodes")
    c.equal(opts.get("relationships"), "relationships.csv", name + ": import.sh --relationships")
    c.equal(opts.get("multiline-fields"), "true", name + ": import.sh --multiline-fields")
    c.equal(opts.get("legacy-style-quoting"), "false", name + ": backslashes are plain characters")
    array_delim = option_char(opts.get("array-delimiter", ";"))
    c.check(array_delim != option_char(opts.get("delimiter", ",")), name + ": array delimiter differs from delimiter")

    nh, nrows = read_csv(os.path.join(out, "nodes.csv"), opts)
    rh, rrows = read_csv(os.path.join(out, "relationships.csv"), opts)
    bad = [f for f in nh if not NODE_FIELD.match(f)] + [f for f in rh if not REL_FIELD.match(f)]
    c.equal(bad, [], name + ": every header field follows neo4j-admin's header grammar")
    c.equal(sum(1 for f in nh if re.fullmatch(r"[^:]*:ID(\(.*\))?", f)), 1, name + ": one :ID column")
    for f in ("id:ID", ":LABEL", "aliases:string[]", "languages:string[]", "articles:string[]", "mentions:int",
              "in_gazetteer:boolean", "lat:double", "lon:double"):
        c.check(f in nh, name + ": nodes.csv has " + f)
    for f in (":START_ID", ":END_ID", ":TYPE", "count:int", "negated:boolean", "dates:date[]", "first_evidence"):
        c.check(f in rh, name + ": relationships.csv has " + f)
    c.check(all(len(r) == len(nh) for r in nrows), name + ": every node row has every column")
    c.check(all(len(r) == len(rh) for r in rrows), name + ": every relationship row has every column")

    nodes = {}
    for r in nrows:
        t = typed(nh, r, array_delim)
        labels = t.pop(":LABEL")
        nodes[t["id"]] = (labels, t)
    c.equal(len(nrows), len(g["nodes"]), name + ": node count")
    c.equal(len(nodes), len(g["nodes"]), name + ": node ids unique")
    mismatched = []
    for n in g["nodes"]:
        labels, props = nodes.get(n["id"], (None, None))
        want_labels = [pascal(n["type"])] + ([pascal(n["kind"])] if pascal(n["kind"]) != pascal(n["type"]) else [])
        if props != node_expect(n) or labels != want_labels:
            mismatched.append((n["id"], props, labels))
    c.equal(mismatched[:1], [], name + ": every node's id, label, aliases, labels and typed properties round-trip")

    rels = {}
    for r in rrows:
        t = typed(rh, r, array_delim)
        rels[(t.pop(":START_ID"), t.pop(":TYPE"), t.pop(":END_ID"))] = t
    c.equal(len(rrows), len(g["edges"]), name + ": relationship count")
    c.equal(len(rels), len(g["edges"]), name + ": (start, type, end) unique")
    dangling = [k for k in rels if k[0] not in nodes or k[2] not in nodes]
    c.equal(dangling, [], name + ": every START_ID/END_ID is a node id")
    want_rels = {(e["source"], e["relation"].upper(), e["target"]): edge_expect(e) for e in g["edges"]}
    c.equal(sorted(rels), sorted(want_rels), name + ": the same (start, TYPE, end) triples")
    diff = [k for k in want_rels if rels.get(k) != want_rels[k]]
    c.equal([(k, rels.get(k), want_rels[k]) for k in diff[:1]], [], name + ": relationship properties (relation, count, evidence, dates) round-trip")

    # The Cypher script: -o graph.cypher and load.cypher in the folder are the same.
    script_path = c.export(graph_path, name + ".cypher")
    script = open(script_path, encoding="utf-8").read()
    c.equal(open(os.path.join(out, "load.cypher"), encoding="utf-8").read(), script,
            name + ": load.cypher is the -f cypher script")
    try:
        cy_nodes, cy_rels, constraints = parse_cypher(script)
    except (ValueError, IndexError, KeyError) as e:
        c.check(False, name + ": Cypher script parses: %s" % e)
        return nodes, rels
    c.check(constraints >= 1, name + ": Cypher script creates the id constraints")
    lines = [ln for ln in script.splitlines() if ln and not ln.startswith("//")]
    c.equal(len(lines), constraints + len(cy_nodes) + len(cy_rels), name + ": one Cypher statement a line")
    c.equal(sorted(cy_nodes), sorted(nodes), name + ": Cypher MERGEs every node once")
    bad = [i for i, (labels, props) in nodes.items()
           if cy_nodes.get(i, {}).get("props") != props or cy_nodes[i]["labels"] != labels]
    c.equal([(i, cy_nodes.get(i), nodes[i]) for i in bad[:1]], [], name + ": Cypher node literals decode to the JSON's names, aliases and properties")
    cy = {(s, t, e): p for s, t, e, p in cy_rels}
    c.equal(len(cy), len(cy_rels), name + ": Cypher relationships unique by (start, type, end)")
    c.equal(sorted(cy), sorted(want_rels), name + ": Cypher MERGEs every relationship")
    bad = [k for k in want_rels if cy.get(k) != want_rels[k]]
    c.equal([(k, cy.get(k), want_rels[k]) for k in bad[:1]], [], name + ": Cypher relationship properties round-trip")
    return nodes, rels


def main():
    c = Client(sys.argv)
    _, rels = check_graph(c, c.example_graph(), "example", False)
    c.check(("sdf", "WITHDREW_FROM", "aleppo") in rels, "example: sdf -WITHDREW_FROM-> aleppo")

    nodes, rels = check_graph(c, c.hostile_graph(), "hostile", True)
    c.check(("rsf", "ATTACKED", "x:الفاشر") in rels and ("rsf", "CONTROLS", "x:الفاشر") in rels,
            "hostile: both parallel edges rsf -> x:الفاشر kept apart")
    c.equal(nodes.get("x:comma", (None, {}))[1].get("aliases"), ["Comma, Semicolon; Front"],
            "hostile: an alias holding ';' stays one array element")
    c.done()


if __name__ == "__main__":
    main()
