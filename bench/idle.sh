#!/usr/bin/env bash
# The idle suite's own CPU (issue 13): with nothing calling it, each process's CPU per second over a window, from
# utime+stime of /proc/<pid>/stat: the three services, the gateway (which also serves the event catalogue: there is no
# catalogue process, the catalogue module is built into the gateway's jar), Kafka's JVM (InfraMain, also PostgreSQL's
# parent), PostgreSQL (postmaster, its children and the children that exited in the window) and the launcher (the
# children write their own log files; with --follow-logs it also copies every line to the console).
#   bench/idle.sh [SECONDS=30] [SETTLE=5]       quick mode: the same (about 35 s)
# Needs the running suite (./run.sh) and nothing calling it: a client of the suite during the window counts as idle
# work. The suite is pinned to CPU 1 as in the other harnesses (an idle process's timers do not care).
# Goal: the whole suite <= 20 ms of CPU per second (2 % of one core). Why: the suite is sized for one core at a
# province (BENCHMARKING.md, issue 13), and what it burns idle is taken from every request at load and from whatever
# shares the host; pollers, heartbeats and housekeeping should wake a few times a second at most, and a timer wake-up
# of a JVM costs tens of µs: 2 % leaves room for Kafka's and PostgreSQL's own background work (heartbeats, the
# checkpointer, autovacuum's launcher) and forbids anything that polls in a tight loop.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
[ "${1:-}" = --quick ] && shift
SECS=${1:-30}; SETTLE=${2:-5}
GOAL_MS=20
PIDS=$(suite_pids)
[ -n "$(suite_pid gateway)" ] && [ -n "$(suite_pid postgresql)" ] || { echo "the suite is not running (./run.sh)" >&2; exit 2; }
pin_suite
sleep "$SETTLE"
echo "[idle] $(date -u '+%F %T UTC'), ${SECS}s with nothing calling the suite (pids: $PIDS), load average $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A T0 T1
J0=$(jit_snapshot)
for np in $PIDS; do T0[${np%%:*}]=$(named_ticks "${np%%:*}" "${np#*:}"); done
sleep "$SECS"
for np in $PIDS; do T1[${np%%:*}]=$(named_ticks "${np%%:*}" "${np#*:}"); done
J1=$(jit_snapshot)
total=0
for np in $PIDS; do
  n=${np%%:*}; d=$(( T1[$n] - T0[$n] )); total=$((total + d))
  ms=$(awk -v d="$d" -v hz="$BENCH_HZ" -v s="$SECS" 'BEGIN { printf "%.1f", d * 1000 / hz / s }')
  printf '[idle]   %-11s pid %-7s %4d ticks  %6s ms/s\n' "$n" "${np#*:}" "$d" "$ms"
  bench_line "idle CPU per second, $n" "$ms" "ms/s" "none (part of the suite's)" met
done
ALL=$(awk -v d="$total" -v hz="$BENCH_HZ" -v s="$SECS" 'BEGIN { printf "%.1f", d * 1000 / hz / s }')
echo "[idle]   all         $total ticks  $ALL ms/s ($(awk -v a="$ALL" 'BEGIN { printf "%.1f", a / 10 }') % of one core)"
jit_report "JIT during the idle window" "$J1" "$J0"
# a JVM still compiling what the load before made hot is not idle work of the suite: the figure without the compiler
# threads, for context (the summary line keeps the whole CPU)
JIT_MS=$(awk 'NR == FNR { j[$1] = $4 + $5; next } ($1 in j) { d += $4 + $5 - j[$1] } END { print d + 0 }' <(echo "$J0") <(echo "$J1"))
echo "[idle]   all without the JVMs' JIT compiler threads: $(awk -v d="$total" -v hz="$BENCH_HZ" -v s="$SECS" -v j="$JIT_MS" 'BEGIN { printf "%.1f", (d * 1000 / hz - j) / s }') ms/s (JIT $(awk -v j="$JIT_MS" -v s="$SECS" 'BEGIN { printf "%.1f", j / s }') ms/s)"
bench_line "idle suite CPU per second (all its processes)" "$ALL" "ms/s" "<= $GOAL_MS ms/s (2 % of one core)" "$(verdict "$ALL" '<=' "$GOAL_MS")"
