# Shared mechanics of the bench/*.sh harnesses (sourced, never run): this checkout's suite's processes by their ports,
# pinning (../shared/BENCHMARKING.md: the suite on CPU 1, the load on CPU 0), CPU ticks from /proc/<pid>/stat, how
# warm the JVMs are (their JIT compiler threads' CPU), and the one summary line per figure that bench/all.sh collects:
#   [bench] <figure> = <value> <unit> | goal <goal> | <met|NOT met>
# Only the suite's ports identify its processes: other suites, test JVMs and PostgreSQL clusters of other builds on the
# machine are left alone.

BENCH_HZ=$(getconf CLK_TCK)
# name:port of the suite's processes (the launcher is the gateway's parent; PostgreSQL is its postmaster)
BENCH_PORTS="personnel:8081 supplies:8082 checkpoint:8083 gateway:8080 kafka:19092 postgresql:15432"

# the pid listening on a TCP port, or nothing
port_pid() { ss -ltnpH "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true; }

# "name:pid ..." of the suite's processes that are running (the launcher as "launcher", when the gateway has a parent)
suite_pids() {
  local np pid out=""
  for np in $BENCH_PORTS; do
    pid=$(port_pid "${np#*:}")
    [ -n "$pid" ] && out="$out ${np%%:*}:$pid"
  done
  pid=$(port_pid 8080)
  if [ -n "$pid" ]; then
    local parent; parent=$(ps -o ppid= -p "$pid" 2>/dev/null | tr -d ' ')
    [ -n "$parent" ] && [ "$parent" != 1 ] && tr '\0' ' ' < "/proc/$parent/cmdline" 2>/dev/null | grep -q DevStack && out="$out launcher:$parent"
  fi
  echo "${out# }"
}
# the pid of one named process of the suite (personnel, supplies, checkpoint, gateway, kafka, postgresql, launcher)
suite_pid() { local np; for np in $(suite_pids); do [ "${np%%:*}" = "$1" ] && echo "${np#*:}"; done; }

# the postmaster and its children (backends come and go; those forked later inherit the postmaster's affinity)
pg_pids() { local pm; pm=${1:-$(port_pid 15432)}; [ -n "$pm" ] && { echo "$pm"; pgrep -P "$pm"; }; }

# every process of the suite (and PostgreSQL's children, every thread) on CPU 1; the load runs with taskset -c 0
pin_suite() {
  local np p
  for np in $(suite_pids); do taskset -apc 1 "${np#*:}" >/dev/null 2>&1 || true; done
  for p in $(pg_pids); do taskset -apc 1 "$p" >/dev/null 2>&1 || true; done
}

# utime+stime in ticks (1/BENCH_HZ s) summed over the pids; a process that is gone counts 0
ticks() {
  local sum=0 p t
  for p in "$@"; do
    [ -n "$p" ] || continue # "" would read /proc//stat, i.e. /proc/stat: the whole machine's counters
    t=$(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$p/stat" 2>/dev/null) || t=0
    sum=$((sum + ${t:-0}))
  done
  echo $sum
}
# PostgreSQL's ticks: the postmaster, its live children, and its reaped children (cutime+cstime: backends that exited)
pg_ticks() {
  local pm; pm=${1:-$(port_pid 15432)}
  [ -n "$pm" ] || { echo 0; return; }
  local live reaped
  live=$(ticks $(pg_pids "$pm"))
  reaped=$(awk '{ sub(/^.*\) /, ""); print $14 + $15 }' "/proc/$pm/stat" 2>/dev/null || echo 0)
  echo $((live + reaped))
}
# ticks of one named process of the suite, PostgreSQL with all its processes
named_ticks() { if [ "$1" = postgresql ]; then pg_ticks "$2"; else ticks "$2"; fi; }

# ms of CPU of a JVM's JIT compiler threads: "C2 C1" (threads named "C2 CompilerThre…", "C1 CompilerThre…"; the
# Kafka JVM runs C1 only). A thread the JVM retired is no longer counted: a lower bound.
jit_ms() {
  local pid=$1 t c2=0 c1=0 v name
  for t in /proc/"$pid"/task/*; do
    name=$(cat "$t/comm" 2>/dev/null) || continue
    case "$name" in
      C2\ Compiler*) v=$(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "$t/stat" 2>/dev/null || echo 0); c2=$((c2 + v)) ;;
      C1\ Compiler*) v=$(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "$t/stat" 2>/dev/null || echo 0); c1=$((c1 + v)) ;;
    esac
  done
  echo $((c2 * 1000 / BENCH_HZ)) $((c1 * 1000 / BENCH_HZ))
}
# a snapshot of every JVM of the suite, one "name pid cpu_ms c2_ms c1_ms compiled" per line (compiled: methods, from
# jstat -compiler with BENCH_JSTAT=1 — a JVM start per process, about a second each on a busy core —, else "-")
jit_snapshot() {
  local np name pid cpu c2 c1 n
  for np in $(suite_pids); do
    name=${np%%:*}; pid=${np#*:}
    case "$name" in postgresql) continue ;; esac
    cpu=$(( $(ticks "$pid") * 1000 / BENCH_HZ ))
    read -r c2 c1 < <(jit_ms "$pid")
    n=-; [ "${BENCH_JSTAT:-0}" = 1 ] && n=$(timeout 5 taskset -c 0 jstat -compiler "$pid" 2>/dev/null | awk 'NR == 2 { print $1 }')
    echo "$name $pid $cpu $c2 $c1 ${n:--}"
  done
}
# how warm the JVMs are: totals of one snapshot, or with two (before, after) what happened between them
#   jit_report LABEL SNAPSHOT [EARLIER_SNAPSHOT]
jit_report() {
  local label=$1 now=$2 before=${3:-}
  if [ -z "$before" ]; then
    echo "$now" | awk -v l="$label" 'NF { printf "%s%s %.1f s CPU (C2 %.1f s, C1 %.1f s%s)", (n++ ? ", " : "[jit] " l ": "), $1, $3 / 1000, $4 / 1000, $5 / 1000, $6 == "-" ? "" : ", " $6 " methods" }
      END { print "" }'
  else
    awk -v l="$label" 'NR == FNR { cpu[$1] = $3; c2[$1] = $4; c1[$1] = $5; m[$1] = $6; next }
      NF && ($1 in cpu) { d = $3 - cpu[$1]; j = $4 - c2[$1] + $5 - c1[$1]
        printf "%s%s %.1f s CPU of which JIT %.1f s (%.0f %%, C2 %.1f s)%s", (n++ ? ", " : "[jit] " l ": "), $1, d / 1000, j / 1000,
          (d > 0 ? 100 * j / d : 0), ($4 - c2[$1]) / 1000, (($6 != "-" && m[$1] != "-") ? ", +" ($6 - m[$1]) " methods" : "") }
      END { print "" }' <(echo "$before") <(echo "$now")
  fi
}

# met or NOT met: verdict VALUE <=|>= GOAL
verdict() { awk -v x="$1" -v op="$2" -v g="$3" 'BEGIN { print ((op == ">=" ? x >= g : x <= g) ? "met" : "NOT met") }'; }
# the summary line: bench_line FIGURE VALUE UNIT GOAL met|NOT met   (UNIT may be empty)
bench_line() { printf '[bench] %s = %s%s | goal %s | %s\n' "$1" "$2" "${3:+ $3}" "$4" "$5"; }
# median of the numbers given as arguments
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "-"; else print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# a Debian package installed when its command is missing (root here; sudo elsewhere)
need() {
  command -v "$1" >/dev/null && return
  echo "[bench] installing $2 ..."
  local SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get install -y "$2" >/dev/null 2>&1 || { $SUDO apt-get update -qq && $SUDO apt-get install -y "$2" >/dev/null; }
}
