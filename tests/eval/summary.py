#!/usr/bin/env python3
"""One markdown table row per evaluation set from score.py --json reports.

    summary.py NAME REPORT.json [NAME REPORT.json ...]
"""
import json
import sys


def f(x):
    return "-" if x is None else f"{x:.3f}"


def main(argv):
    print("| set | entity F1 en / ar | relation typed F1 en / ar | family F1 en / ar | pair F1 en / ar | cross-lingual merge |")
    print("|---|---|---|---|---|---|")
    for name, path in zip(argv[::2], argv[1::2]):
        r = json.load(open(path))
        def lang(block, lg):
            b = block["by_lang"].get(lg)
            return b["micro"]["f1"] if b else None
        ent = r["entities"]
        rel = r["relations"]
        row = [name,
               f"{f(lang(ent, 'en'))} / {f(lang(ent, 'ar'))}",
               f"{f(lang(rel['typed'], 'en'))} / {f(lang(rel['typed'], 'ar'))}",
               f"{f(lang(rel['family'], 'en'))} / {f(lang(rel['family'], 'ar'))}",
               f"{f(lang(rel['pair'], 'en'))} / {f(lang(rel['pair'], 'ar'))}",
               f((r.get("merged") or {}).get("share"))]
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
