#!/usr/bin/env bash
# Warms the running suite's JVMs before anything is measured (bench/all.sh runs it before the first harness): a freshly
# started JVM spends about half its CPU in the JIT compilers in its first minute, so a figure taken then measures C2.
# For SECONDS, all at fixed rates through the gateway (:8080, the demo API key), the load on CPU 0 and the suite on 1:
#   reads      GETs of each service (personnel division, checkpoint list, supplies item list)   READS/s in all
#   writes     POST /checkpoints/inspections without fever                                      INSPECTIONS/s
#   flows      dispatches (each its reservation made first, then pass.issued, pass-recorded)  and
#              fever inspections (referral, observation)                                        FLOWS/s each
# The rates stay below what one core carries (~20 flows/s, BENCHMARKS.md), so no backlog is left for the harness that
# follows; then it waits SETTLE seconds for the consumers to drain. Prints how warm the JVMs are before and after
# ("[jit] ..." lines: CPU of each JVM and of its C2 and C1 compiler threads, methods compiled).
#   bench/warm-up.sh [SECONDS=60] [READS=120] [INSPECTIONS=15] [FLOWS=2] [SETTLE=10]
# (at 300 reads/s, 40 inspections/s and 3 flows/s a cold suite on one shared core fell 20-45 s behind: the rates are
# what a cold suite keeps up with, not what a warm one can take)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
SECS=${1:-60}; READS=${2:-120}; INSP=${3:-15}; FLOWS=${4:-2}; SETTLE=${5:-10}
GW=http://127.0.0.1:8080
[ -f .devstack/api-key.txt ] && [ -n "$(port_pid 8080)" ] || { echo "the suite is not running (./run.sh)" >&2; exit 2; }
[ -f bench/target/bench.classpath ] || { echo "bench is not built (./mvnw -B -o -q package -DskipTests)" >&2; exit 2; }
KEY=$(cat .devstack/api-key.txt)
CP="bench/target/bench-1.0.0-SNAPSHOT.jar:$(cat bench/target/bench.classpath)"
pin_suite
J0=$(jit_snapshot)
jit_report "before the warm-up" "$J0"
cp_id=$(curl -sf -H "X-API-Key: $KEY" "$GW/api/v1/checkpoints?code=CF-RING-01" | grep -oE '"id" *: *"[0-9a-f-]{36}"' | head -1 | grep -oE '[0-9a-f-]{36}')
[ -n "$cp_id" ] || { echo "no checkpoint CF-RING-01: load the demo data (./run.sh without --no-demo)" >&2; exit 2; }
java1() { taskset -c 0 java -Xms128m -Xmx128m -XX:+UseSerialGC -XX:ActiveProcessorCount=1 "$@"; }
fixed() { java1 "${@:3}" -cp "$CP" cn.gov.epidemic.bench.FixedRate "$1" "$2" "$SECS" 0 "X-API-Key: $KEY"; }
echo "[warm-up] ${SECS}s through the gateway: reads $READS/s, inspections $INSP/s, dispatch and fever flows $FLOWS/s each ($(date -u '+%T UTC'))"
LOG=$(mktemp -d)
trap 'rm -rf "$LOG"' EXIT
R=$(( (READS + 2) / 3 ))
fixed "$GW/api/v1/personnel/divisions/150100" "$R" > "$LOG/r1" 2>&1 &
fixed "$GW/api/v1/checkpoints?code=CF-RING-01" "$R" > "$LOG/r2" 2>&1 &
fixed "$GW/api/v1/supplies/items?code=N95" "$R" > "$LOG/r3" 2>&1 &
fixed "$GW/api/v1/checkpoints/inspections" "$INSP" "-Dbody={\"checkpointId\":\"$cp_id\",\"plate\":\"蒙D00777\",\"vehicleKind\":\"PRIVATE_CAR\",\"origin\":\"红山区\",\"destination\":\"元宝山区\",\"occupants\":[{\"role\":\"DRIVER\",\"name\":\"预热\",\"temperature\":36.5},{\"role\":\"PASSENGER\",\"temperature\":36.6}]}" > "$LOG/w" 2>&1 &
# the flows: FlowLatency's own set-up (shipment, lot, reservations) is part of the warm-up; its figures are discarded,
# and it is stopped at the end of the window (on a cold suite its set-up alone can take half a minute)
FLOW_S=$(( SECS > 30 ? SECS - 20 : 10 ))
flow() { timeout -s TERM $((SECS + 2)) taskset -c 0 java -Xms128m -Xmx128m -XX:+UseSerialGC -XX:ActiveProcessorCount=1 -Dflow.late=0 \
  -cp "$CP" cn.gov.epidemic.bench.FlowLatency "$GW" "$KEY" 127.0.0.1:19092 "$1" "$FLOWS" "$FLOW_S" 0 || true; }
flow pass > "$LOG/fp" 2>&1 &
flow observation > "$LOG/fo" 2>&1 &
wait
for f in r1 r2 r3 w; do echo "[warm-up]   $f: $(tail -1 "$LOG/$f")"; done
for f in fp fo; do echo "[warm-up]   $f: $(grep -m1 '^flow ' "$LOG/$f" || echo "stopped at the end of the window")"; done
sleep "$SETTLE"
J1=$(jit_snapshot)
jit_report "the warm-up" "$J1" "$J0"
jit_report "after the warm-up" "$J1"
