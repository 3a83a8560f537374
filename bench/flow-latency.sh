#!/usr/bin/env bash
# Cross-service flow latency (BENCHMARKS.md): needs the suite running with its demo data (./run.sh in another terminal).
#   bench/flow-latency.sh [pass|observation|both] [RATE_PER_S=5] [SECONDS=60] [WARMUP_S=20]
#   bench/flow-latency.sh --quick        # both flows at 50/s, 15 s measured after 5 s of warm-up (about a minute each)
#   bench/flow-latency.sh --capacity [pass|observation|both] [RATES="5 10 20 35 50"] [SECONDS=20] [WARMUP_S=10]
#   bench/flow-latency.sh --capacity --quick   # both flows, those rates, 8 s measured after 3 s of warm-up each
#                                        # (about 25 s per rate tried)
# pass:        POST /supplies/dispatches -> pass.issued (checkpoint-service) -> dispatch.pass-recorded (supplies-service)
# observation: POST /checkpoints/inspections with a fever -> observation.started (personnel-service)
# Prints the latency per hop (the records' ce_time and timestamps) and one "[bench] ..." summary line per figure.
# --capacity: the flow's capacity, the highest of RATES (tried in order, stopping at the first that fails) at which the
# p99 from request to effect is <= 50 ms and every effect is seen with no error; one run of FlowLatency per rate, each
# with its own warm-up discarded; "[bench] flow <flow> capacity ... = R /s | goal >= 50 /s | ..." (0 when the first
# rate already fails).
# The load generator runs on CPU 0 (BENCHMARKING.md); PIN_SUITE=1 also pins the suite's processes to CPU 1.
# Everything goes through the gateway on :8080.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
CAPACITY=0; LATE=10
if [ "${1:-}" = "--capacity" ]; then
  CAPACITY=1; shift
  if [ "${1:-}" = "--quick" ]; then shift; set -- "${1:-both}" "5 10 20 35 50" 8 3; LATE=5; fi
  FLOW=${1:-both} RATES=${2:-"5 10 20 35 50"} SECONDS_MEASURED=${3:-20} WARMUP=${4:-10}
else
  if [ "${1:-}" = "--quick" ]; then set -- both 50 15 5; fi
  FLOW=${1:-both} RATE=${2:-5} SECONDS_MEASURED=${3:-60} WARMUP=${4:-20}
fi
[ -f bench/target/bench.classpath ] || ./mvnw -B -q -DskipTests package -pl bench -am
[ -f .devstack/api-key.txt ] || { echo "no .devstack/api-key.txt: start the suite with ./run.sh first" >&2; exit 2; }
CP="bench/target/bench-1.0.0-SNAPSHOT.jar:$(cat bench/target/bench.classpath)"
if [ "${PIN_SUITE:-0}" = 1 ]; then
  pin_suite
  echo "[flow] suite pinned to CPU 1"
fi
# the suite's processes, name:pid (PostgreSQL: each of its processes), for the CPU per request of each (FlowLatency
# reads their /proc/<pid>/stat and sums per name)
flow_cpu_pids() {
  local np
  for np in $(suite_pids); do [ "${np%%:*}" = postgresql ] || echo "$np"; done
  for np in $(pg_pids); do echo "postgresql:$np"; done
}
flows=("$FLOW"); [ "$FLOW" = both ] && flows=(pass observation)
run_flow() { # flow rate: one FlowLatency run, its output on stdout
  echo "== flow $1 at $2/s, $SECONDS_MEASURED s after $WARMUP s of warm-up ($(date -u +%FT%TZ))"
  taskset -c 0 java -Xms256m -Xmx256m -XX:ActiveProcessorCount=1 -Dflow.cpu="$(flow_cpu_pids | tr '\n' ' ')" -Dflow.late="$LATE" -cp "$CP" \
    cn.gov.epidemic.bench.FlowLatency http://127.0.0.1:8080 "$(cat .devstack/api-key.txt)" 127.0.0.1:19092 "$1" "$2" "$SECONDS_MEASURED" "$WARMUP"
}
if [ "$CAPACITY" = 0 ]; then
  for f in "${flows[@]}"; do run_flow "$f" "$RATE"; done
  exit 0
fi
for f in "${flows[@]}"; do
  best=0; tried=""
  for r in $RATES; do
    out=$(run_flow "$f" "$r" 2>&1) || true
    echo "$out" | sed 's/^\[bench\]/[rung]/' # one rate's figures are detail here: the capacity is the summary
    res=$(echo "$out" | grep '^\[flow-result\]' | tail -1)
    p99=$(echo "$res" | grep -oE 'p99_ms=[0-9.]+' | cut -d= -f2)
    measured=$(echo "$res" | grep -oE 'measured=[0-9]+' | cut -d= -f2)
    seen=$(echo "$res" | grep -oE 'seen=[0-9]+' | cut -d= -f2)
    errors=$(echo "$res" | grep -oE 'errors=[0-9]+' | cut -d= -f2)
    ok=$([ -n "$res" ] && [ "${measured:-0}" -gt 0 ] && [ "$seen" = "$measured" ] && [ "$errors" = 0 ] && [ "$(verdict "$p99" '<=' 50)" = met ] && echo yes || echo no)
    echo "[flow] capacity $f at $r/s: p99 ${p99:-?} ms, ${seen:-?} of ${measured:-?} effects seen, ${errors:-?} errors: $([ "$ok" = yes ] && echo passes || echo fails)"
    tried="$tried $r/s:${p99:-?}ms"
    [ "$ok" = yes ] || break
    best=$r
  done
  what=$([ "$f" = pass ] && echo "dispatch -> pass.issued" || echo "fever -> observation.started")
  echo "[flow] capacity $f: tried${tried}"
  bench_line "flow $f capacity (highest rate with $what p99 <= 50 ms and every effect seen)" "$best" "/s" ">= 50 /s" "$(verdict "$best" '>=' 50)"
done
