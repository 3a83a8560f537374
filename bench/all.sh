#!/usr/bin/env bash
# Guards the figures of BENCHMARKS.md (issue 13): every harness in its quick mode, one after the other on this
# checkout, then one line per figure with its goal beside it. About 13-15 minutes on the 2-core machine.
#   bench/all.sh [--no-start-up]     --no-start-up: leave out the suite's start-up runs (two suite starts)
#   env WARMUP_S (60): the warm-up of the suite's JVMs before the first harness on it (bench/warm-up.sh: reads,
#   inspection POSTs, dispatch and fever flows through the gateway), so that the quick figures are not those of JVMs
#   still compiling; each harness then discards its own warm-up too. Before and after each harness a "[jit]" line says
#   how warm the JVMs are: each JVM's CPU during the harness and how much of it its JIT compiler threads took.
#   env ONLY="warm-up idle ...": only those harnesses (names as in the "== name" lines: verify start-up warm-up idle
#   proxy service-read write-path bulk-import flow), e.g. to fit a slot of the shared machine.
# The jars must be built first (./mvnw -B -o -q package -DskipTests); nothing else may use the suite's ports, and
# nothing else should run on the machine (the figures are same-run ratios and CPU per request, but a busy machine
# still moves them). A harness that fails is reported as such and the others still run. Never a test: benchmarks are
# not timed assertions.
set -uo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
T_START=$(date +%s)
STARTUP=1; [ "${1:-}" = "--no-start-up" ] && STARTUP=0
OUT=bench/target/all; rm -rf "$OUT"; mkdir -p "$OUT"
FAILED=()
SUITE_UP=0

harness() { # name, command...: runs it, keeps its output, shows its summary lines as they come (and on the running
  local name=$1; shift # suite how much of each JVM's CPU during it went to the JIT compilers)
  local t0 j0=""; t0=$(date +%s)
  if [ -n "${ONLY:-}" ] && [[ " $ONLY " != *" $name "* ]]; then echo "== $name: left out (ONLY=$ONLY)"; return 0; fi
  echo "== $name: $*"
  [ "$SUITE_UP" = 1 ] && j0=$(jit_snapshot)
  "$@" >"$OUT/$name.log" 2>&1 || FAILED+=("$name (exit $?, see $OUT/$name.log)")
  grep -h '^\[bench\]' "$OUT/$name.log" | sed 's/^/   /'
  [ -n "$j0" ] && jit_report "during $name" "$(jit_snapshot)" "$j0" | tee -a "$OUT/jit.txt" | sed 's/^/   /'
  echo "   ($name: $(( $(date +%s) - t0 )) s)"
}

harness verify bench/verify.sh --quick
if [ "$STARTUP" = 1 ]; then harness start-up bench/suite-footprint.sh --quick; fi

# the rest share one running suite with its demo data (kept from the start-up runs, or loaded now)
./run.sh >"$OUT/suite.log" 2>&1 &
RUN=$!
until grep -q DEVSTACK_READY "$OUT/suite.log"; do
  if ! kill -0 "$RUN" 2>/dev/null; then echo "the suite did not start:"; tail -20 "$OUT/suite.log"; exit 1; fi
  if grep -q '^\[run\] building' "$OUT/suite.log"; then kill -TERM "$RUN"; echo "build the jars first"; exit 2; fi
  sleep 0.5
done
stop_suite() { kill -TERM "$RUN" 2>/dev/null; wait "$RUN" 2>/dev/null; }  # run.sh execs the launcher: $RUN is it
trap stop_suite EXIT
pin_suite
jit_report "the suite just started" "$(jit_snapshot)" | tee "$OUT/jit.txt" | sed 's/^/   /'
SUITE_UP=1

harness warm-up bench/warm-up.sh "${WARMUP_S:-60}"
grep -hs '^\[jit\] after' "$OUT/warm-up.log" | sed 's/^/   /'
harness idle bench/idle.sh 30
harness proxy bench/proxy-compare.sh --quick
harness service-read bench/service-read.sh --quick
harness write-path bench/write-path.sh --quick
harness bulk-import bench/bulk-import.sh 2000 1000 1
# the flows' capacity (rates 5, 10, 20, 35, 50/s, stopping at the first that fails), each rate's figures in the log;
# bench/flow-latency.sh --quick is the 50/s run alone
harness flow env PIN_SUITE=1 bench/flow-latency.sh --capacity --quick

echo
echo "Summary ($(date -u '+%Y-%m-%d %H:%M UTC'), $(git rev-parse --short HEAD), load average $(cut -d' ' -f1-3 /proc/loadavg), $(( ($(date +%s) - T_START) / 60 )) min $(( ($(date +%s) - T_START) % 60 )) s):"
grep -h '^\[bench\]' "$OUT"/*.log
for f in ${FAILED[@]+"${FAILED[@]}"}; do echo "[bench] harness failed: $f"; done
