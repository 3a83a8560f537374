#!/usr/bin/env bash
# The whole suite's time to ready, from empty data and with data kept, its breakdown, and each application's resident
# memory (BENCHMARKS.md).
#   bench/suite-footprint.sh [--runs N] [--settle S] [--quick] [--reset-only|--kept-only]
#     --runs N     pairs of runs (empty, then kept), interleaved; medians are printed (default 3)
#     --settle S   seconds idle before reading VmRSS, after the last run of each case (default 30)
#     --quick      one pair, no settling (about a minute)
#     --vs ARGS    also, interleaved with each run, the same case started with ./run.sh ARGS (e.g. --no-class-archives),
#                  reported as its own medians (a same-run comparison)
# Each run starts ./run.sh (from empty: ./run.sh --reset, so the time includes PostgreSQL's initdb, Kafka's format,
# every migration and the demo data loaded through the gateway; kept: ./run.sh on the data the run before left), waits
# for the launcher's DEVSTACK_READY, reads its own timing lines, and stops the suite. The jars must be built
# (./mvnw -B -o -q package -DskipTests): a run that starts with "[run] building" is stopped and refused.
# Nothing else may be running on the suite's ports. Logs: bench/target/suite-footprint/.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=3; SETTLE=30; CASES="empty kept"; VS=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift ;;
    --settle) SETTLE="$2"; shift ;;
    --vs) VS="$2"; shift ;;
    --quick) RUNS=1; SETTLE=0 ;;
    --reset-only) CASES="empty" ;;
    --kept-only) CASES="kept" ;;
    --reset) CASES="empty" ;; # the old spelling
    [0-9]*) SETTLE="$1" ;;    # the old positional SETTLE_S
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
OUT=bench/target/suite-footprint; mkdir -p "$OUT"
LAUNCHER=""
cleanup() { [ -n "$LAUNCHER" ] && kill -TERM "$LAUNCHER" 2>/dev/null && wait "$LAUNCHER" 2>/dev/null || true; }
trap cleanup EXIT

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
ms_of() { # ms_of LOG REGEX: the first "in N ms" of the first line matching REGEX
  grep -E "$2" "$1" | head -1 | grep -oE 'in [0-9]+ ms' | head -1 | grep -oE '[0-9]+' || true
}

# run CASE N [ARGS]: one start, its figures appended to $OUT/<case>.tsv (<case>-vs.tsv with ARGS); reads RSS too
# when SETTLE_NOW=1
run() {
  local case=$1 n=$2 extra="${3:-}" args="" tsv="$OUT/$1.tsv" log="$OUT/$1-$2.log"
  [ -n "$extra" ] && { tsv="$OUT/$1-vs.tsv"; log="$OUT/$1-$2-vs.log"; }
  [ "$case" = empty ] && args="--reset"
  args="$args $extra"
  local t0; t0=$(date +%s%N)
  ./run.sh $args >"$log" 2>&1 &
  LAUNCHER=$!
  until grep -qs "DEVSTACK_READY" "$log"; do
    if grep -qs "^\[run\] building" "$log"; then echo "run.sh wants to build: package first (./mvnw -B -o -q package -DskipTests)" >&2; exit 1; fi
    if ! kill -0 "$LAUNCHER" 2>/dev/null; then echo "run.sh exited:"; tail -30 "$log"; exit 1; fi
    sleep 0.05
  done
  local t1; t1=$(date +%s%N)
  local total=$(( (t1 - t0) / 1000000 ))
  # CPU each JVM of the suite used until ready (utime+stime, ticks of 1/100 s), steadier than wall time on a busy machine
  local cpu=0 ticks cpus=""
  for pid in "$LAUNCHER" $(pgrep -P "$LAUNCHER"); do
    ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)
    cpu=$((cpu + ticks)); cpus="$cpus $(( ticks * 10 ))"
  done
  # the launcher's own lines: infrastructure, each application, the demo load
  local pg kafka infra demo svcs=""
  pg=$(ms_of "$log" 'PostgreSQL up at'); kafka=$(ms_of "$log" 'Kafka .* up at'); infra=$(ms_of "$log" 'infrastructure JVM pid')
  demo=$(ms_of "$log" '^\[demo\] demo data (loaded|already present)')
  for s in personnel supplies checkpoint gateway; do svcs="$svcs $(ms_of "$log" "^\[devstack\] $s ready on")"; done
  local allapps; allapps=$(ms_of "$log" '^\[devstack\] all applications ready')
  printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" "$total" "${pg:--}" "${kafka:--}" "${infra:--}" "${allapps:--}" "${demo:--}" \
    "$(echo $svcs | tr ' ' '/')" "$n" "$((cpu * 10))" >>"$tsv"
  printf "  %-5s run %s%s: ready in %6d ms | PostgreSQL %s ms, Kafka %s ms, infrastructure JVM %s ms | applications (personnel/supplies/checkpoint/gateway) %s ms, all %s ms | demo %s ms | JVM CPU to ready %d ms (launcher, then its children:%s ms)\n" \
    "$case" "$n" "${extra:+ ($extra)}" "$total" "${pg:--}" "${kafka:--}" "${infra:--}" "$(echo $svcs | tr ' ' '/')" "${allapps:--}" "${demo:--}" "$((cpu * 10))" "$cpus"
  if [ "${SETTLE_NOW:-0}" = 1 ]; then rss "$case"; fi
  kill -TERM "$LAUNCHER"; wait "$LAUNCHER" 2>/dev/null || true; LAUNCHER=""
}

rss() {
  sleep "$SETTLE"
  echo "  resident memory ($1, after ${SETTLE} s idle, VmRSS):"
  local total=0 rss what
  for pid in $(pgrep -P "$LAUNCHER") "$LAUNCHER"; do
    rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status 2>/dev/null || echo 0)
    total=$((total + rss))
    what=$(tr '\0' ' ' < /proc/$pid/cmdline | grep -oE "(personnel|supplies|checkpoint)-service|gateway/|InfraMain|DevStack" | head -1)
    printf "    %-22s pid %-7s %7d MiB\n" "${what:-?}" "$pid" $((rss / 1024))
  done
  printf "    %-22s             %7d MiB\n" "total" $((total / 1024))
}

rm -f "$OUT"/empty.tsv "$OUT"/kept.tsv "$OUT"/empty-vs.tsv "$OUT"/kept-vs.tsv
echo "suite-footprint: $RUNS run(s) of: $CASES; $(nproc) CPUs; $(date -u +%FT%TZ); git $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
if [ "$CASES" = kept ] && [ ! -d .devstack/pg ]; then SETTLE_NOW=0 run empty 0 >/dev/null; rm -f "$OUT/empty.tsv"; fi
for i in $(seq 1 "$RUNS"); do
  for c in $CASES; do
    if [ "$i" = "$RUNS" ]; then SETTLE_NOW=1 run "$c" "$i"; else SETTLE_NOW=0 run "$c" "$i"; fi
    if [ -n "$VS" ]; then SETTLE_NOW=0 run "$c" "$i" "$VS"; fi
  done
done

summary() { # summary CASE FIGURE GOAL_S
  local f="$OUT/$1.tsv"; [ -f "$f" ] || return 0
  local med; med=$(cut -f1 "$f" | median)
  local med_demo; med_demo=$(cut -f6 "$f" | { grep -v -- - || true; } | median)
  echo "$1: median of $(wc -l <"$f") run(s): ready $med ms; demo load $med_demo ms; the rest $(( med - ${med_demo/-/0} )) ms; JVM CPU to ready $(cut -f9 "$f" | median) ms"
  if [ -f "$OUT/$1-vs.tsv" ]; then
    echo "$1 with $VS: median of $(wc -l <"$OUT/$1-vs.tsv") run(s): ready $(cut -f1 "$OUT/$1-vs.tsv" | median) ms; JVM CPU to ready $(cut -f9 "$OUT/$1-vs.tsv" | median) ms"
  fi
  local s; s=$(awk -v m="$med" 'BEGIN {printf "%.1f", m / 1000}')
  local ok; ok=$(awk -v s="$s" -v g="$3" 'BEGIN {print (s <= g) ? "met" : "NOT met"}')
  echo "[bench] $2 = $s s | goal ≤ $3 s | $ok"
}
summary empty "suite ready from empty data with the demo data" 20
summary kept "suite ready with data kept" 10
