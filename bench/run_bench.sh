#!/usr/bin/env bash
# Extraction benchmark: generates a synthetic English/Arabic corpus once (cached
# beside the build, regenerated when the generator, the gazetteer or the
# settings change), times `akg build` on it with 1 thread and with every core,
# compares single-language and mixed runs, then runs BUILD_DIR/bench/query_bench
# when it was built. Prints numbers only; it never fails on a slow result.
#
#   bash bench/run_bench.sh BUILD_DIR
#
# Environment (defaults in brackets):
#   BENCH_COUNT [10000]     articles in the corpus
#   BENCH_SEED [20240611]   generator seed
#   BENCH_REPEAT [3]        runs per case; the fastest is reported, peak RSS is the largest seen
#   BENCH_CORPUS [BUILD_DIR/bench-corpus]   corpus cache directory
#   BENCH_PROFILE []        "perf": profile the 1-thread run with perf;
#                           "callgrind": profile 300 articles with valgrind --tool=callgrind;
#                           profiles stay in a temporary directory and only their top 15 is printed
#   BENCH_AKG_ARGS []       extra arguments for every `akg build` (e.g. "--schema DIR", "--no-evidence")
#   QUERY_BENCH_ARGS []     arguments for query_bench (its defaults otherwise)
set -euo pipefail

if [[ $# -ne 1 || $1 == -h || $1 == --help ]]; then
  echo "usage: bash bench/run_bench.sh BUILD_DIR" >&2
  exit 2
fi
BUILD=$(cd "$1" && pwd)
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
AKG=$BUILD/src/akg
PY=/usr/bin/python3
GEN=$REPO/bench/gen_corpus.py
COUNT=${BENCH_COUNT:-10000}
SEED=${BENCH_SEED:-20240611}
REPEAT=${BENCH_REPEAT:-3}
CORPUS=${BENCH_CORPUS:-$BUILD/bench-corpus}
PROFILE=${BENCH_PROFILE:-}
read -r -a AKG_ARGS <<< "${BENCH_AKG_ARGS:-}"
NPROC=$(nproc)

die() { echo "run_bench.sh: $*" >&2; exit 1; }
[[ -x $AKG ]] || die "$AKG not found: build akg first (make -f Makefile.helpers build)"
[[ -x $PY ]] || die "$PY not found (apt-get install python3)"
if [[ ! -x /usr/bin/time ]]; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    echo "Installing GNU time (for wall time and peak RSS)..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends time >/dev/null ||
      die "could not install the 'time' package"
  else
    die "/usr/bin/time not found: install the 'time' package (make -f Makefile.helpers deps)"
  fi
fi

WORK=$(mktemp -d /tmp/akg-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

# --- Machine ----------------------------------------------------------------
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
mem_gb=$(awk '/^MemTotal:/ {printf "%.1f", $2 / 1048576}' /proc/meminfo)
read -r load1 _ < /proc/loadavg
echo "== Machine"
echo "   CPU: ${cpu:-unknown}; nproc: $NPROC; memory: $mem_gb GiB; load average (1 min): $load1"
echo "   akg: ${BENCH_AKG_ARGS:+build ${BENCH_AKG_ARGS}; }$(git -C "$REPO" describe --always --dirty 2>/dev/null || echo unknown revision), $(grep -m1 '^CMAKE_BUILD_TYPE' "$BUILD/CMakeCache.txt" 2>/dev/null | cut -d= -f2 || echo '?') build"
if awk -v l="$load1" -v n="$NPROC" 'BEGIN { exit !(l > n / 2) }'; then
  echo "   warning: the machine is busy (load $load1 on $NPROC cores): timings are noisy, compare ratios"
fi

# --- Corpus (cached) ----------------------------------------------------------
stamp=$( { echo "count=$COUNT seed=$SEED"; sha256sum "$GEN" "$REPO"/graph_schemas/gazetteer/*.json; } | sha256sum | cut -c1-16)
if [[ ! -f $CORPUS/.stamp || $(cat "$CORPUS/.stamp") != "$stamp" ]]; then
  echo "== Generating the corpus into $CORPUS"
  rm -rf "$CORPUS"
  mkdir -p "$CORPUS"
  "$PY" "$GEN" --count "$COUNT" --seed "$SEED" --out "$CORPUS" | sed 's/^/   /'
  echo "$stamp" > "$CORPUS/.stamp"
else
  echo "== Corpus: $CORPUS (cached, stamp $stamp)"
fi

shopt -s nullglob
all_files=("$CORPUS"/*.jsonl "$CORPUS"/txt/*.txt)
en_files=("$CORPUS"/en-*.jsonl)
ar_files=("$CORPUS"/ar-*.jsonl)
[[ ${#en_files[@]} -gt 0 && ${#ar_files[@]} -gt 0 ]] || die "corpus in $CORPUS has no en-*.jsonl or ar-*.jsonl"
subset_files=("${en_files[0]}" "${ar_files[0]}")
startup_files=("$CORPUS"/txt/*.txt)
if [[ ${#startup_files[@]} -eq 0 ]]; then
  head -n 1 "${en_files[0]}" > "$WORK/one.jsonl"
  startup_files=("$WORK/one.jsonl")
else
  startup_files=("${startup_files[0]}")
fi

# Articles and bytes of a file list: JSON Lines count lines, .txt files one each.
count_articles() {
  local n=0 f
  for f in "$@"; do
    if [[ $f == *.jsonl ]]; then n=$((n + $(grep -c . "$f"))); else n=$((n + 1)); fi
  done
  echo "$n"
}
count_bytes() { cat "$@" | wc -c; }

# --- Timing -------------------------------------------------------------------
# run_case LABEL THREADS FILES... : best wall time of REPEAT runs, largest peak RSS.
# Sets globals: r_articles r_bytes r_wall r_cpu r_rss
run_case() {
  local label=$1 threads=$2
  shift 2
  r_articles=$(count_articles "$@")
  r_bytes=$(count_bytes "$@")
  r_wall="" r_cpu="" r_rss=0
  local i out=$WORK/x.json tv=$WORK/time.txt err=$WORK/err.txt
  for ((i = 0; i < REPEAT; i++)); do
    if ! /usr/bin/time -v -o "$tv" "$AKG" build -q -j "$threads" "${AKG_ARGS[@]}" "$@" -o "$out" 2> "$err"; then
      echo "run_bench.sh: akg build failed on '$label':" >&2
      head -20 "$err" >&2
      exit 1
    fi
    local wall cpu rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {
             n = split($2, p, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + p[k]; print s }' "$tv")
    cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$tv")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tv")
    if [[ -z $r_wall ]] || awk -v a="$wall" -v b="$r_wall" 'BEGIN { exit !(a < b) }'; then
      r_wall=$wall r_cpu=$cpu
    fi
    if ((rss > r_rss)); then r_rss=$rss; fi
  done
}

rows=()
header=$(printf '%-26s %7s %8s %6s %8s %7s %9s %10s %9s %6s %8s' \
  case threads articles MB seconds MB/s 'MB/s/core' articles/s 'peak RSS' 'CPU %' 'MB/CPU-s')
# add_row LABEL THREADS: formats the last run_case result.
add_row() {
  local label=$1 threads=$2
  rows+=("$(awk -v l="$label" -v t="$threads" -v a="$r_articles" -v b="$r_bytes" -v w="$r_wall" \
              -v c="$r_cpu" -v r="$r_rss" 'BEGIN {
      mb = b / 1e6; ws = (w > 0 ? w : 0.001)
      printf "%-26s %7d %8d %6.1f %8.2f %7.2f %9.2f %10.0f %6.0f MB %5.0f%% %8.2f", l, t, a, mb, w, mb / ws,
             mb / ws / t, a / ws, r / 1024, 100 * c / ws, mb / (c > 0 ? c : 0.001) }')")
}

echo "== Extraction (akg build -q -j N ... -o x.json; best of $REPEAT; MB = 10^6 bytes of input files;"
echo "   MB/CPU-s = MB per second of user+system CPU time, steadier than wall time on a busy machine)"
run_case startup 1 "${startup_files[@]}"
startup_wall=$r_wall startup_cpu=$r_cpu
add_row "startup (1 article)" 1

run_case "mixed, all" 1 "${all_files[@]}"
mixed1_wall=$r_wall mixed1_bytes=$r_bytes mixed1_articles=$r_articles mixed1_cpu=$r_cpu
add_row "mixed en+ar, all" 1

run_case "mixed, all" "$NPROC" "${all_files[@]}"
mixedN_wall=$r_wall mixedN_cpu=$r_cpu
add_row "mixed en+ar, all" "$NPROC"

run_case "English only" 1 "${en_files[@]}"
en_cpu=$r_cpu en_bytes=$r_bytes en_articles=$r_articles
add_row "English only" 1

run_case "Arabic only" 1 "${ar_files[@]}"
ar_cpu=$r_cpu ar_bytes=$r_bytes ar_articles=$r_articles
add_row "Arabic only" 1

run_case "mixed, first files" 1 "${subset_files[@]}"
sub_cpu=$r_cpu sub_bytes=$r_bytes
add_row "mixed, 1 en + 1 ar file" 1

echo "$header"
printf '%s\n' "${rows[@]}"

# Single-thread ratios use CPU time (user + system): on an idle machine it equals
# the wall time of a 1-thread run, and it stays meaningful when other jobs share the cores.
awk -v sw="$startup_wall" -v sc="$startup_cpu" -v m1="$mixed1_wall" -v mN="$mixedN_wall" -v n="$NPROC" \
    -v mc="$mixed1_cpu" -v mNc="$mixedN_cpu" -v mb="$mixed1_bytes" -v ma="$mixed1_articles" \
    -v ec="$en_cpu" -v eb="$en_bytes" -v ea="$en_articles" \
    -v ac="$ar_cpu" -v ab="$ar_bytes" -v aa="$ar_articles" -v subc="$sub_cpu" -v subb="$sub_bytes" '
  function net(c) { return (c - sc > 0.001 ? c - sc : 0.001) }
  BEGIN {
    printf "== Ratios (1-thread figures from CPU time, startup of %.2f s CPU removed)\n", sc
    printf "   %d threads vs 1, wall time: %.2fx faster (parallel efficiency %.0f%%); CPU time %.2fx of 1 thread\n",
           n, m1 / mN, 100 * m1 / mN / n, mNc / mc
    printf "   1 thread: %.2f MB/s, %.0f articles/s per CPU-second\n", mb / 1e6 / net(mc), ma / net(mc)
    printf "   English: %.2f MB/s, %.0f articles/s; Arabic: %.2f MB/s, %.0f articles/s\n",
           eb / 1e6 / net(ec), ea / net(ec), ab / 1e6 / net(ac), aa / net(ac)
    printf "   Arabic vs English: %.2fx the time per MB, %.2fx the time per article (%.1f vs %.1f KB an article)\n",
           net(ac) / ab / (net(ec) / eb), net(ac) / aa / (net(ec) / ea), ab / aa / 1e3, eb / ea / 1e3
    printf "   mixed run / (English run + Arabic run): %.2f (1.00 = languages cost the same mixed as apart)\n",
           net(mc) / (net(ec) + net(ac))
    printf "   all files vs 1 en + 1 ar file, MB per CPU-second: %.2f (below 1 = cost grows faster than input)\n",
           (mb / net(mc)) / (subb / net(subc))
  }'

# --- Profile (optional) -------------------------------------------------------
shorten() {
  sed -E -e 's/std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >/std::string/g' \
         -e 's/std::_Hashtable<std::string, std::pair<std::string const, ([^>]*)>.*>::/unordered_map<string,\1>::/' \
         -e 's/[[:space:]]+$//' | cut -c1-150
}
case $PROFILE in
  "") ;;
  perf)
    command -v perf >/dev/null || die "BENCH_PROFILE=perf: perf not found"
    echo "== Profile: perf, 1 thread, all articles (self time, top 15)"
    perf record -q -F 999 -o "$WORK/perf.data" -- "$AKG" build -q -j 1 "${AKG_ARGS[@]}" "${all_files[@]}" -o "$WORK/x.json" 2>/dev/null
    { perf report -i "$WORK/perf.data" --no-children --stdio --sort dso,symbol 2>/dev/null || true; } |
      grep -E '^ +[0-9.]+%' | shorten | sed -n 1,15p
    ;;
  callgrind)
    command -v valgrind >/dev/null || die "BENCH_PROFILE=callgrind: valgrind not found"
    echo "== Profile: callgrind, 1 thread, 300 articles (instructions)"
    head -n 150 "${en_files[0]}" > "$WORK/p300.jsonl"
    head -n 150 "${ar_files[0]}" >> "$WORK/p300.jsonl"
    valgrind --tool=callgrind --callgrind-out-file="$WORK/cg.out" \
      "$AKG" build -q -j 1 "${AKG_ARGS[@]}" "$WORK/p300.jsonl" -o "$WORK/x.json" 2>/dev/null
    echo "   self:"
    { callgrind_annotate --inclusive=no "$WORK/cg.out" 2>/dev/null || true; } |
      grep -E '^ *[0-9,]+ \(' | shorten | sed -n 1,15p
    echo "   inclusive:"
    { callgrind_annotate --inclusive=yes "$WORK/cg.out" 2>/dev/null || true; } |
      grep -E '^ *[0-9,]+ \(' | shorten | sed -n 1,25p
    ;;
  *) die "BENCH_PROFILE must be perf or callgrind, not '$PROFILE'" ;;
esac

# --- Query benchmark ------------------------------------------------------------
QB=$BUILD/bench/query_bench
if [[ -x $QB ]]; then
  echo "== Query benchmark ($QB ${QUERY_BENCH_ARGS:-})"
  # shellcheck disable=SC2086  # QUERY_BENCH_ARGS is a word list on purpose
  if /usr/bin/time -v -o "$WORK/qtime.txt" "$QB" ${QUERY_BENCH_ARGS:-}; then
    awk -F': ' '/Elapsed \(wall clock\)/ {w = $2} /Maximum resident set size/ {r = $2}
                END {printf "   query_bench total: %s wall, peak RSS %.0f MB\n", w, r / 1024}' "$WORK/qtime.txt"
  else
    echo "   query_bench failed (exit $?)"
  fi
else
  echo "== Query benchmark: $QB not built (bench/query_bench.cc)"
fi
