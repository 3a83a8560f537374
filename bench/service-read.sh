#!/usr/bin/env bash
# A service's read path (BENCHMARKS.md, issue 13): CPU per primary-key read of personnel-service — JWT check, query,
# JSON — and of PostgreSQL's backends, measured with wrk direct to the service on the running suite (./run.sh).
#   bench/service-read.sh [RUNS=3] [SECONDS=20] [WARMUP=60] [CONNECTIONS=16]
#   bench/service-read.sh --quick          # 3 runs of 8 s after 20 s of warm-up (about a minute; a JVM started
#                                          # less than a minute ago is still compiling: figures are then high)
# The suite's processes (services, gateway, Kafka's JVM, PostgreSQL and its backends) are pinned to CPU 1, wrk to
# CPU 0. One service token (./run.sh token personnel:read, fresh for each run) for every request of a run, as the
# gateway reuses one token for 30 s. CPU per request: utime+stime of /proc/<pid>/stat before and after a run, divided
# by the requests wrk completed; PostgreSQL's is the sum over the postmaster, its children and those reaped. Medians of
# the runs. Shared mechanics (pids, pinning, ticks, the [bench] line) in bench/lib.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
if [ "${1:-}" = "--quick" ]; then shift; set -- 3 8 20 "${1:-16}"; fi
RUNS=${1:-3}; SECS=${2:-20}; WARM=${3:-60}; CONNS=${4:-16}
GOAL_US=70
URL=${URL:-http://127.0.0.1:8081/api/v1/personnel/divisions/150100}

need wrk wrk
SVC=$(port_pid 8081)
PG=$(port_pid 15432)
[ -n "$SVC" ] && [ -n "$PG" ] || { echo "personnel-service (8081) or PostgreSQL (15432) is not running: start ./run.sh first" >&2; exit 2; }
# the whole suite on CPU 1 (backends forked later inherit the postmaster's affinity)
pin_suite

HZ=$BENCH_HZ
token() { taskset -c 0 ./run.sh token --seconds 300 personnel:read; }
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(token)" "$URL")
[ "$code" = 200 ] || { echo "GET $URL answered $code, not 200 (demo data loaded?)" >&2; exit 2; }

# wrk: prints "requests completed, non-2xx, requests/s"
load() { taskset -c 0 wrk -t1 -c"$CONNS" -d"${1}s" -H "Authorization: Bearer $2" "$URL" | awk '
  / requests in / {n=$1} /Non-2xx/ {bad=$NF} /Socket errors/ {gsub(",", ""); bad+=$4+$6+$8+$10} /Requests\/sec/ {r=$2} END {print n+0, bad+0, r+0}'; }

echo "service-read: $URL, wrk -t1 -c$CONNS, warm-up ${WARM}s discarded, $RUNS runs of ${SECS}s (service pid $SVC, postmaster pid $PG, HZ $HZ)"
load "$WARM" "$(token)" >/dev/null
SVC_US=(); PG_US=(); RPS=()
for i in $(seq 1 "$RUNS"); do
  t=$(token)
  s0=$(ticks "$SVC"); g0=$(pg_ticks "$PG")
  read -r n bad rps < <(load "$SECS" "$t")
  s1=$(ticks "$SVC"); g1=$(pg_ticks "$PG")
  [ "$n" -gt 0 ] || { echo "run $i: no request completed" >&2; exit 1; }
  # a few 503s (the pool's 3 s acquisition timeout) when other work starves the core: counted, refused above 0.1 %
  [ $((bad * 1000)) -le "$n" ] || { echo "run $i: $bad of $n answers were not 2xx" >&2; exit 1; }
  su=$(awk -v d=$((s1 - s0)) -v n="$n" -v hz="$HZ" 'BEGIN {printf "%.1f", d * 1e6 / hz / n}')
  gu=$(awk -v d=$((g1 - g0)) -v n="$n" -v hz="$HZ" 'BEGIN {printf "%.1f", d * 1e6 / hz / n}')
  printf "  run %d: %d requests (%d not 2xx), %s req/s, service %s µs/request (%d ticks), PostgreSQL %s µs/request (%d ticks)\n" \
    "$i" "$n" "$bad" "$rps" "$su" $((s1 - s0)) "$gu" $((g1 - g0))
  SVC_US+=("$su"); PG_US+=("$gu"); RPS+=("$rps")
done
M_SVC=$(median "${SVC_US[@]}"); M_PG=$(median "${PG_US[@]}"); M_RPS=$(median "${RPS[@]}")
echo "  median: $M_RPS req/s, service $M_SVC µs/request, PostgreSQL $M_PG µs/request (one core for the suite; other processes on the machine share it)"
bench_line "service CPU per primary-key read" "$M_SVC" µs "<= $GOAL_US µs" "$(verdict "$M_SVC" '<=' "$GOAL_US")"
