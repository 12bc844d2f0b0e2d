#!/usr/bin/env bash
# Scores akg on the seed articles (../shared) and on the project's own
# other-conflict set (tests/eval), side by side. Usage: run_eval.sh AKG SHARED [--per-doc]
set -uo pipefail
akg=${1:?akg binary}; shared=${2:-../shared}; shift 2 || true
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
score="$shared/eval/score.py"
if [ ! -f "$score" ]; then echo "run_eval.sh: $score not found: ../shared is missing" >&2; exit 1; fi
if [ -d "$shared/corpus/seeds" ]; then
  "$akg" build -q --per-article "$tmp/seeds" -o "$tmp/seeds.json" "$shared/corpus/seeds"
  echo "== seeds (../shared/corpus/seeds)"
  /usr/bin/python3 "$score" --gold "$shared/eval/gold/seeds" --system "$tmp/seeds" --merged "$tmp/seeds.json" "$@"
fi
"$akg" build -q --per-article "$tmp/own" -o "$tmp/own.json" "$here/corpus"
echo "== own other-conflict set (tests/eval)"
/usr/bin/python3 "$score" --gold "$here/gold" --system "$tmp/own" --merged "$tmp/own.json" "$@"
