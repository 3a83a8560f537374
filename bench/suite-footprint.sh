#!/usr/bin/env bash
# The whole suite's start time and each application's resident memory (BENCHMARKS.md).
#   bench/suite-footprint.sh [--reset] [SETTLE_S=30]
# Starts ./run.sh (with --reset: from empty data, so the time includes loading the demo data through the gateway),
# reads the launcher's own "ready" lines and then VmRSS of every process it started, after SETTLE_S seconds idle,
# and stops the suite. Nothing else may be running on the suite's ports.
set -euo pipefail
cd "$(dirname "$0")/.."
RESET=""; [ "${1:-}" = "--reset" ] && { RESET="--reset"; shift; }
SETTLE="${1:-30}"
LOG=$(mktemp)
T0=$(date +%s%N)
./run.sh $RESET >"$LOG" 2>&1 &
until grep -q "DEVSTACK_READY" "$LOG"; do
  if ! kill -0 $! 2>/dev/null; then echo "run.sh exited:"; tail -30 "$LOG"; exit 1; fi
  sleep 0.5
done
T1=$(date +%s%N)
LAUNCHER=$(pgrep -f "cn.gov.epidemic.devstack.DevStack" | head -1)
echo "run command to all ready: $(( (T1 - T0) / 1000000 )) ms wall clock (${RESET:-restart, data kept})"
grep -E "^\[devstack\] .* ready on|demo data|DEVSTACK_READY" "$LOG" | sed 's/^/  /'
sleep "$SETTLE"
echo "resident memory after ${SETTLE} s idle (VmRSS):"
total=0
for pid in $(pgrep -P "$LAUNCHER") "$LAUNCHER"; do
  rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  total=$((total + rss))
  what=$(tr '\0' ' ' < /proc/$pid/cmdline | grep -oE "(personnel|supplies|checkpoint)-service|gateway/|InfraMain|DevStack" | head -1)
  printf "  %-22s pid %-7s %7d MiB\n" "${what:-?}" "$pid" $((rss / 1024))
done
printf "  %-22s             %7d MiB\n" "total" $((total / 1024))
kill -TERM "$LAUNCHER"; wait || true
rm -f "$LOG"
