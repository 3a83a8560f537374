#!/usr/bin/env bash
# JDK 17 and JDK 25 side by side on the same jars (issue 13): the whole suite (launcher, Kafka's JVM, services,
# gateway) started with one JDK, then the other, interleaved (17, 25, 17, 25 ...): time to ready with data kept, then,
# after a warm-up, service CPU per primary-key read (personnel-service, direct, wrk -c16, a service token) and per inspection
# POST (checkpoint-service, direct, wrk -c8, an Idempotency-Key each), with PostgreSQL's and Kafka's CPU beside them.
# CLASS_ARCHIVES=1 starts each JDK with its class-data-sharing archive (the devstack names it by java.runtime.version;
# a first start on a JDK without one writes it at exit, made first and left out); by default both start without
# (./run.sh --no-class-archives): the same conditions for both, and no start spent on writing an archive.
# Medians per JDK, and the ratios JDK 25 / JDK 17.
#   bench/jdk-compare.sh [CYCLES=2] [SECONDS=8] [WARMUP=20]     quick mode: bench/jdk-compare.sh --quick (1 cycle)
#   env JDK17 (the java on the PATH), JDK25 (/usr/lib/jvm/temurin-25-jdk-amd64)
# How the JDK is chosen: run.sh runs `java` from the PATH, and the launcher starts every child with its own
# java.home's bin/java, so PATH=<jdk>/bin:$PATH ./run.sh runs the whole suite on that JDK (JAVA_HOME is not read).
# The jars must be built (./mvnw -B -o -q package -DskipTests); nothing else may use the suite's ports. Suite on CPU 1,
# wrk on CPU 0. About 2 minutes per start.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
if [ "${1:-}" = --quick ]; then set -- 1 8 20; fi
CYCLES=${1:-2}; SECS=${2:-8}; WARM=${3:-20}
JDK17=${JDK17:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
[ -x "$JDK25/bin/java" ] || { echo "no JDK 25 at $JDK25" >&2; exit 2; }
need wrk wrk; need psql postgresql-client
OUT=bench/target/jdk-compare; mkdir -p "$OUT"
export PGHOST=127.0.0.1 PGPORT=15432 PGUSER=postgres PGPASSWORD=postgres
READ_URL=http://127.0.0.1:8081/api/v1/personnel/divisions/150100
POST_URL=http://127.0.0.1:8083/api/v1/checkpoints/inspections
RUN=; RUN_ARGS=--no-class-archives; [ "${CLASS_ARCHIVES:-0}" = 1 ] && RUN_ARGS=
stop() { if [ -n "$RUN" ]; then kill -TERM "$RUN" 2>/dev/null || true; wait "$RUN" 2>/dev/null || true; fi; RUN=; }
trap stop EXIT

start() { # JDK_HOME LOG -> ready ms in $READY_MS, JVM CPU to ready in $READY_CPU_MS
  local t0 t1; t0=$(date +%s%N)
  PATH="$1/bin:$PATH" ./run.sh $RUN_ARGS > "$2" 2>&1 &
  RUN=$!
  local deadline=$(( $(date +%s) + 300 ))
  until grep -qs DEVSTACK_READY "$2"; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "the suite was not ready within 300 s (see $2)" >&2; exit 2; }
    grep -qs '^\[run\] building' "$2" && { echo "run.sh wants to build: package first" >&2; exit 2; }
    kill -0 "$RUN" 2>/dev/null || { tail -20 "$2"; echo "the suite did not start" >&2; exit 2; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  READY_MS=$(( (t1 - t0) / 1000000 ))
  READY_CPU_MS=$(( $(ticks "$RUN" $(pgrep -P "$RUN")) * 1000 / BENCH_HZ ))
}
token() { PATH="$JDK17/bin:$PATH" taskset -c 0 ./run.sh token --seconds 300 "$@"; }
wrk_n() { awk '/ requests in / { n = $1 } /Non-2xx/ { bad = $NF } END { print n - bad + 0, bad + 0 }'; }
post_lua() {
  local cp; cp=$(psql -d checkpoint -tAX -c "select id from checkpoint where state = 'OPEN' order by code limit 1")
  cat > "$OUT/post.lua" <<EOF
wrk.method = "POST"
wrk.body = '{"checkpointId":"$cp","plate":"蒙D00043","vehicleKind":"PRIVATE_CAR","origin":"红山区","destination":"元宝山区","occupants":[{"role":"DRIVER","name":"压测","temperature":36.5},{"role":"PASSENGER","temperature":36.7}]}'
wrk.headers["Content-Type"] = "application/json"
local prefix = "jdk-" .. os.time() .. "-" .. math.random(1, 1000000000) .. "-"
local n = 0
request = function() n = n + 1; wrk.headers["Idempotency-Key"] = prefix .. n; return wrk.format() end
EOF
}
reads() { taskset -c 0 wrk -t1 -c16 -d"${1}s" -H "Authorization: Bearer $(token personnel:read)" "$READ_URL"; }
posts() { taskset -c 0 wrk -t1 -c8 -d"${1}s" -s "$OUT/post.lua" -H "Authorization: Bearer $(token checkpoint:inspect)" "$POST_URL"; }

# one measurement: per-request CPU (µs) of the service, PostgreSQL and Kafka's JVM over one wrk run
measure() { # reads|posts SERVICE_PID -> "requests bad svc_us pg_us kafka_us"
  local s0 p0 k0 s1 p1 k1 w
  s0=$(ticks "$2"); p0=$(pg_ticks); k0=$(ticks "$(suite_pid kafka)")
  w=$($1 "$SECS")
  s1=$(ticks "$2"); p1=$(pg_ticks); k1=$(ticks "$(suite_pid kafka)")
  read -r n bad < <(echo "$w" | wrk_n)
  awk -v n="$n" -v bad="$bad" -v s=$((s1 - s0)) -v p=$((p1 - p0)) -v k=$((k1 - k0)) -v hz="$BENCH_HZ" \
    'BEGIN { f = 1e6 / hz / (n > 0 ? n : 1); printf "%d %d %.1f %.1f %.1f\n", n, bad, s * f, p * f, k * f }'
}

one() { # label JDK_HOME cycle
  local label=$1 jdk=$2 i=$3 log="$OUT/suite-$1-$3.log"
  start "$jdk" "$log"
  pin_suite
  local version; version=$("$(tr '\0' ' ' < "/proc/$(suite_pid personnel)/cmdline" | awk '{ print $1 }')" -version 2>&1 | head -1)
  echo "[jdk] $label cycle $i: ready in $READY_MS ms (JVM CPU to ready $READY_CPU_MS ms), $version"
  post_lua
  reads "$WARM" > /dev/null; posts "$WARM" > /dev/null # warm-up, discarded
  local r p
  r=$(measure reads "$(suite_pid personnel)"); p=$(measure posts "$(suite_pid checkpoint)")
  echo "[jdk]   reads:  $r  (requests, not 2xx, µs CPU per request: personnel-service, PostgreSQL, Kafka)"
  echo "[jdk]   posts:  $p  (requests, not 2xx, µs CPU per request: checkpoint-service, PostgreSQL, Kafka)"
  echo "$label $i $READY_MS $READY_CPU_MS $r $p" >> "$OUT/results.txt"
  stop
}

: > "$OUT/results.txt"
echo "[jdk] $(date -u '+%F %T UTC'), JDK 17 $JDK17, JDK 25 $JDK25, ./run.sh ${RUN_ARGS:-(class archives)}, $CYCLES cycle(s), runs of ${SECS}s after ${WARM}s of warm-up; load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -z "$RUN_ARGS" ] && ! ls personnel-service/target/quarkus-app/devstack-cds-app-25*.jsa >/dev/null 2>&1; then
  echo "[jdk] JDK 25 has no class archive yet: one start to write it (left out)"
  start "$JDK25" "$OUT/suite-25-prime.log"; echo "[jdk]   (that start: ready in $READY_MS ms)"; sleep 5; stop
fi
for i in $(seq 1 "$CYCLES"); do one 17 "$JDK17" "$i"; one 25 "$JDK25" "$i"; done

col() { awk -v l="$1" -v c="$2" '$1 == l { print $c }' "$OUT/results.txt" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# columns: label cycle ready_ms ready_cpu_ms | reads: n bad svc pg kafka | posts: n bad svc pg kafka
for l in 17 25; do
  echo "[jdk] JDK $l medians: ready $(col $l 3) ms (JVM CPU $(col $l 4) ms); read: personnel $(col $l 7) µs, PostgreSQL $(col $l 8) µs; inspection POST: checkpoint $(col $l 12) µs, PostgreSQL $(col $l 13) µs, Kafka $(col $l 14) µs; ${SECS}s runs: $(col $l 5) reads, $(col $l 10) POSTs"
done
ratio() { awk -v a="$(col 25 "$1")" -v b="$(col 17 "$1")" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
bench_line "JDK 25 / JDK 17 service CPU per primary-key read" "$(ratio 7)" "ratio ($(col 25 7) / $(col 17 7) µs)" "none (the lead decides; < 1: JDK 25 cheaper)" met
bench_line "JDK 25 / JDK 17 service CPU per inspection POST" "$(ratio 12)" "ratio ($(col 25 12) / $(col 17 12) µs)" "none (the lead decides; < 1: JDK 25 cheaper)" met
bench_line "JDK 25 / JDK 17 suite ready with data kept" "$(ratio 3)" "ratio ($(col 25 3) / $(col 17 3) ms)" "none (the lead decides; < 1: JDK 25 faster)" met
bench_line "JDK 25 / JDK 17 JVM CPU to ready with data kept" "$(ratio 4)" "ratio ($(col 25 4) / $(col 17 4) ms)" "none (the lead decides)" met
