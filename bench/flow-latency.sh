#!/usr/bin/env bash
# Cross-service flow latency (BENCHMARKS.md): needs the suite running with its demo data (./run.sh in another terminal).
#   bench/flow-latency.sh [pass|observation|both] [RATE_PER_S=5] [SECONDS=60] [WARMUP_S=20]
#   bench/flow-latency.sh --quick        # both flows at 50/s, 15 s measured after 5 s of warm-up (about a minute each)
# pass:        POST /supplies/dispatches -> pass.issued (checkpoint-service) -> dispatch.pass-recorded (supplies-service)
# observation: POST /checkpoints/inspections with a fever -> observation.started (personnel-service)
# Prints the latency per hop (the records' ce_time and timestamps) and one "[bench] ..." summary line per figure.
# The load generator runs on CPU 0 (BENCHMARKING.md); PIN_SUITE=1 also pins the suite's processes to CPU 1.
# Everything goes through the gateway on :8080.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--quick" ]; then set -- both 50 15 5; fi
FLOW=${1:-both} RATE=${2:-5} SECONDS_MEASURED=${3:-60} WARMUP=${4:-20}
[ -f bench/target/bench.classpath ] || ./mvnw -B -q -DskipTests package -pl bench -am
[ -f .devstack/api-key.txt ] || { echo "no .devstack/api-key.txt: start the suite with ./run.sh first" >&2; exit 2; }
CP="bench/target/bench-1.0.0-SNAPSHOT.jar:$(cat bench/target/bench.classpath)"
# the processes of this checkout's suite (run.sh): its services, the infrastructure JVM, its PostgreSQL's processes
ours() {
  for pid in $(pgrep -f 'quarkus-run.jar|InfraMain|postgres' || true); do
    case "$(readlink /proc/$pid/cwd 2>/dev/null)" in "$PWD"|"$PWD"/*) echo "$pid" ;; esac
  done
}
if [ "${PIN_SUITE:-0}" = 1 ]; then
  for pid in $(ours); do taskset -apc 1 "$pid" >/dev/null; done
  echo "[flow] suite pinned to CPU 1"
fi
# the suite's processes, name:pid, for the CPU per request of each (FlowLatency reads their /proc/<pid>/stat)
suite_pids() {
  for pid in $(ours); do
    cmd=$(tr '\0' ' ' < /proc/$pid/cmdline 2>/dev/null || true)
    case "$cmd" in
      *personnel-service*) echo "personnel:$pid" ;; *supplies-service*) echo "supplies:$pid" ;;
      *checkpoint-service*) echo "checkpoint:$pid" ;; *gateway/*) echo "gateway:$pid" ;;
      *InfraMain*) echo "kafka:$pid" ;; *postgres*) echo "postgresql:$pid" ;;
    esac
  done | tr '\n' ' '
}
flows=("$FLOW"); [ "$FLOW" = both ] && flows=(pass observation)
for f in "${flows[@]}"; do
  echo "== flow $f at $RATE/s, $SECONDS_MEASURED s after $WARMUP s of warm-up ($(date -u +%FT%TZ))"
  taskset -c 0 java -Xms256m -Xmx256m -XX:ActiveProcessorCount=1 -Dflow.cpu="$(suite_pids)" -cp "$CP" cn.gov.epidemic.bench.FlowLatency \
    http://127.0.0.1:8080 "$(cat .devstack/api-key.txt)" 127.0.0.1:19092 "$f" "$RATE" "$SECONDS_MEASURED" "$WARMUP"
done
