"""Shared by the Python client tests: the akg binary, the two graphs every
export is checked on, and a tiny assertion helper that names what failed.

Called as: script.py AKG_BINARY SOURCE_DIR WORK_DIR (see tests/CMakeLists.txt).
"""
import json
import os
import subprocess
import sys


class Client:
    def __init__(self, argv):
        if len(argv) != 4:
            sys.exit("usage: %s AKG_BINARY SOURCE_DIR WORK_DIR" % argv[0])
        self.akg, self.source, self.work = argv[1], argv[2], argv[3]
        os.makedirs(self.work, exist_ok=True)
        self.failures = 0

    def run(self, *args):
        """Runs akg; fails the test with its stderr when it fails."""
        r = subprocess.run([self.akg, *args], capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit("akg %s failed (%d):\n%s" % (" ".join(args), r.returncode, r.stderr))
        return r

    def example_graph(self):
        """Builds examples/articles once into WORK/example.json."""
        path = os.path.join(self.work, "example.json")
        if not os.path.exists(path):
            self.run("build", "-q", os.path.join(self.source, "examples", "articles"), "-o", path)
        return path

    def hostile_graph(self):
        return os.path.join(self.source, "tests", "data", "export", "hostile.json")

    def export(self, graph, name, *extra):
        """akg export GRAPH -o WORK/name [extra]; returns the output path."""
        out = os.path.join(self.work, name)
        self.run("export", graph, "-o", out, *extra)
        return out

    @staticmethod
    def load_json(path):
        with open(path, encoding="utf-8") as f:
            return json.load(f)

    def check(self, ok, what):
        if ok:
            print("ok:", what)
        else:
            print("FAILED:", what)
            self.failures += 1

    def equal(self, got, want, what):
        self.check(got == want, "%s: got %r, want %r" % (what, got, want) if got != want else what)

    def done(self):
        if self.failures:
            sys.exit("%d check(s) failed" % self.failures)
        print("all checks passed")
