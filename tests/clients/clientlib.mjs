// Shared by the Node client tests: the akg binary, the two graphs every export
// is checked on, and checks that name what failed.
// Called as: node script.mjs AKG_BINARY SOURCE_DIR WORK_DIR (tests/CMakeLists.txt).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export class Client {
  constructor(argv) {
    if (argv.length !== 5) throw new Error("usage: node script.mjs AKG_BINARY SOURCE_DIR WORK_DIR");
    [this.akg, this.source, this.work] = argv.slice(2);
    fs.mkdirSync(this.work, { recursive: true });
    this.failures = 0;
  }

  run(...args) {
    try {
      return execFileSync(this.akg, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    } catch (e) {
      throw new Error(`akg ${args.join(" ")} failed (${e.status}):\n${e.stderr}`);
    }
  }

  exampleGraph() {
    const p = path.join(this.work, "example.json");
    if (!fs.existsSync(p)) this.run("build", "-q", path.join(this.source, "examples", "articles"), "-o", p);
    return p;
  }

  hostileGraph() {
    return path.join(this.source, "tests", "data", "export", "hostile.json");
  }

  // akg export GRAPH -o WORK/name [...extra]; returns the output path.
  export(graph, name, ...extra) {
    const out = path.join(this.work, name);
    this.run("export", graph, "-o", out, ...extra);
    return out;
  }

  loadJson(p) {
    return JSON.parse(fs.readFileSync(p, "utf8"));
  }

  check(ok, what) {
    console.log(ok ? "ok:" : "FAILED:", what);
    if (!ok) this.failures++;
  }

  equal(got, want, what) {
    const same = JSON.stringify(got) === JSON.stringify(want);
    this.check(same, same ? what : `${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  }

  done() {
    if (this.failures) {
      console.error(`${this.failures} check(s) failed`);
      process.exit(1);
    }
    console.log("all checks passed");
  }
}
