#!/usr/bin/env bash
# Event latency benchmark (BENCHMARKS.md): needs the local stack running (./run.sh in another terminal).
#   bench/event-latency.sh [RATE_PER_S=50] [SECONDS=60] [WARMUP_S=30]
# The load generator runs on CPU 0; pin the service to CPU 1 yourself (taskset -pc 1 <pid>) as BENCHMARKING.md says.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f bench/target/bench.classpath ] || ./mvnw -B -q -DskipTests package -pl bench -am
CP="bench/target/bench-1.0.0-SNAPSHOT.jar:$(cat bench/target/bench.classpath)"
exec taskset -c 0 java -Xms256m -Xmx256m -XX:ActiveProcessorCount=1 -cp "$CP" cn.gov.epidemic.bench.EventLatency \
  http://127.0.0.1:8081 "$(./run.sh token --seconds 600)" 127.0.0.1:19092 "${1:-50}" "${2:-60}" "${3:-30}"
