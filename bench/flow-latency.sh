#!/usr/bin/env bash
# Cross-service flow latency (BENCHMARKS.md): needs the suite running with its demo data (./run.sh in another terminal).
#   bench/flow-latency.sh pass|observation [RATE_PER_S=5] [SECONDS=60] [WARMUP_S=20]
# pass:        POST /supplies/dispatches -> pass.issued (checkpoint-service) -> dispatch.pass-recorded (supplies-service)
# observation: POST /checkpoints/inspections with a fever -> observation.started (personnel-service)
# The load generator runs on CPU 0 (BENCHMARKING.md); everything goes through the gateway on :8080.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f bench/target/bench.classpath ] || ./mvnw -B -q -DskipTests package -pl bench -am
CP="bench/target/bench-1.0.0-SNAPSHOT.jar:$(cat bench/target/bench.classpath)"
exec taskset -c 0 java -Xms256m -Xmx256m -XX:ActiveProcessorCount=1 -cp "$CP" cn.gov.epidemic.bench.FlowLatency \
  http://127.0.0.1:8080 "$(cat .devstack/api-key.txt)" 127.0.0.1:19092 "${1:?pass or observation}" "${2:-5}" "${3:-60}" "${4:-20}"
