#!/usr/bin/env bash
# Gateway overhead (BENCHMARKS.md): the same GET direct to personnel-service and through the gateway, interleaved
# A/B pairs at the same fixed rates, then saturation throughput with wrk. Needs the local stack running (./run.sh).
#   bench/gateway-overhead.sh [PAIRS=3] [SECONDS=20] [WARMUP=10] [RATES="500 1000"]
# Pinning (../shared/BENCHMARKING.md): services, gateway, PostgreSQL and Kafka on CPU 1, the load on CPU 0.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PAIRS=${1:-3}; SECS=${2:-20}; WARM=${3:-10}; RATES=${4:-"500 1000"}
[ -f bench/target/bench.classpath ] || ./mvnw -B -q -DskipTests package -pl bench -am
CP="bench/target/bench-1.0.0-SNAPSHOT.jar:$(cat bench/target/bench.classpath)"
pin_suite # this suite's processes only (lib.sh), not other checkouts' JVMs
KEY=$(cat .devstack/api-key.txt)  # service tokens live 5 min: a fresh one for each run (./run.sh token)
PATH_Q=/api/v1/personnel/divisions/150100
DIRECT="http://127.0.0.1:8081$PATH_Q"; GW="http://127.0.0.1:8080$PATH_Q"
run() { taskset -c 0 java -Xms256m -Xmx256m -XX:ActiveProcessorCount=1 -cp "$CP" cn.gov.epidemic.bench.FixedRate "$@"; }
for rate in $RATES; do
  for i in $(seq 1 "$PAIRS"); do
    echo "pair $i rate $rate direct : $(run "$DIRECT" "$rate" "$SECS" "$WARM" "Authorization: Bearer $(./run.sh token personnel:read)")"
    echo "pair $i rate $rate gateway: $(run "$GW" "$rate" "$SECS" "$WARM" "X-API-Key: $KEY")"
  done
done
if command -v wrk >/dev/null; then
  for i in $(seq 1 "$PAIRS"); do
    echo "pair $i saturation direct : $(taskset -c 0 wrk -t1 -c16 -d"${SECS}s" -H "Authorization: Bearer $(./run.sh token personnel:read)" "$DIRECT" | grep Requests/sec)"
    echo "pair $i saturation gateway: $(taskset -c 0 wrk -t1 -c16 -d"${SECS}s" -H "X-API-Key: $KEY" "$GW" | grep Requests/sec)"
  done
fi
