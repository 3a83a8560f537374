#!/usr/bin/env bash
# Proxy comparison (issue 13, 1a): the same GET /api/v1/personnel/divisions/150100 on the same personnel-service,
# direct (a service token), through the gateway (an API key: authentication, rate limit, policy, its reused RS256
# token, access log, metrics) and through nginx (Debian's nginx-light, one worker, upstream keepalive, the service
# token added as a header by nginx) side by side. Rounds of (direct, gateway, nginx) interleaved, a warm-up round
# discarded, medians of the rounds: requests/s (wrk, saturation), the ratios against direct, and the CPU of each
# process per request served (utime+stime of /proc/<pid>/stat before and after, divided by wrk's request count).
# Everything of the suite and nginx on CPU 1, wrk on CPU 0 (../shared/BENCHMARKING.md).
#
#   bench/proxy-compare.sh [--quick] [--start] [ROUNDS [SECONDS [WARMUP]]]
#     --quick   2 rounds of 8 s after a 5 s warm-up of each (about a minute); default 5 rounds of 15 s, warm-up 10 s
#     --start   start the local suite itself (./run.sh, jars already packaged), and stop it at the end;
#               without it the suite must be running (./run.sh, demo data loaded)
#     --profile after the rounds, async-profiler (Maven Central tools.profiler:async-profiler, fetched when missing)
#               on each gateway under wrk: CPU and allocation, flame graphs and top frames under OUT/profile/
#   env: CONNS (wrk connections, 16), NGINX_PORT (8090), OUT (bench/target/proxy-compare),
#        EXTRA_GATEWAYS="name=QUARKUS_APP_DIR:PORT ...": more gateway builds started beside the suite's, with its
#        environment, on their own ports (the management port PORT+1000), measured in the same rounds (a gateway
#        before and after a change in one run; figures "gateway:name")
#
# The harness gives itself its own client in the gateway's clients file (.devstack/clients.json, re-read by the
# gateway on change): role personnel:read and a rate limit far above what one core can serve, so that the bucket is
# still taken per request but never refuses. The last lines are the figures in the form bench/all.sh collects.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
ROOT=$PWD
QUICK=0; START=0; PROFILE=0; POS=()
for a in "$@"; do
  case "$a" in
    --quick) QUICK=1 ;;
    --start) START=1 ;;
    --profile) PROFILE=1 ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) POS+=("$a") ;;
  esac
done
if [ "$QUICK" = 1 ]; then ROUNDS=2; SECS=8; WARM=5; else ROUNDS=5; SECS=15; WARM=10; fi
ROUNDS=${POS[0]:-$ROUNDS}; SECS=${POS[1]:-$SECS}; WARM=${POS[2]:-$WARM}
CONNS=${CONNS:-16}
NGINX_PORT=${NGINX_PORT:-8090}
OUT=${OUT:-$ROOT/bench/target/proxy-compare}
PATH_Q=/api/v1/personnel/divisions/150100
DIRECT="http://127.0.0.1:8081$PATH_Q"; GW="http://127.0.0.1:8080$PATH_Q"; NGX="http://127.0.0.1:$NGINX_PORT$PATH_Q"
TICK_US=$((1000000 / $(getconf CLK_TCK)))
mkdir -p "$OUT"

# need CMD PACKAGE (lib.sh): a Debian package, installed when its command is missing
need wrk wrk
need nginx nginx-light
NGINX=$(command -v nginx)

SUITE_PID=; NGINX_MASTER=; EXTRA_PIDS=()
cleanup() {
  for p in ${EXTRA_PIDS[@]+"${EXTRA_PIDS[@]}"}; do kill "$p" 2>/dev/null || true; done
  if [ -n "$NGINX_MASTER" ] && kill -0 "$NGINX_MASTER" 2>/dev/null; then
    "$NGINX" -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" -e "$OUT/nginx/error.log" -s quit 2>/dev/null || kill "$NGINX_MASTER" 2>/dev/null || true
  fi
  # the harness's own client leaves the gateway's clients file as it found it
  if [ -f .devstack/clients.json ] && jq -e '.clients | any(.name == "bench-proxy-compare")' .devstack/clients.json >/dev/null 2>&1; then
    jq '.clients |= map(select(.name != "bench-proxy-compare"))' .devstack/clients.json >.devstack/clients.json.tmp \
      && mv .devstack/clients.json.tmp .devstack/clients.json
  fi
  if [ -n "$SUITE_PID" ] && kill -0 "$SUITE_PID" 2>/dev/null; then
    kill -TERM "$SUITE_PID" 2>/dev/null || true # (an INT is ignored by a job started in the background)
    for _ in $(seq 1 60); do kill -0 "$SUITE_PID" 2>/dev/null || break; sleep 0.5; done
  fi
}
trap cleanup EXIT
trap 'exit 143' TERM INT # the EXIT trap stops what was started

if [ "$START" = 1 ]; then
  echo "[proxy] starting the suite (./run.sh; log $OUT/suite.log) ..."
  ./run.sh > "$OUT/suite.log" 2>&1 &
  SUITE_PID=$!
  for _ in $(seq 1 600); do
    grep -q DEVSTACK_READY "$OUT/suite.log" && break
    grep -q '^\[run\] building' "$OUT/suite.log" && { echo "[proxy] jars are stale: package first (./mvnw -B -o -q package -DskipTests)"; exit 2; }
    kill -0 "$SUITE_PID" 2>/dev/null || { tail -20 "$OUT/suite.log"; echo "[proxy] the suite did not start"; exit 2; }
    sleep 1
  done
  grep DEVSTACK_READY "$OUT/suite.log"
fi

pid_on() { port_pid "$1"; } # lib.sh
SERVICE=$(pid_on 8081); GATEWAY=$(pid_on 8080); PG=$(pid_on 15432); KAFKA=$(pid_on 19092)
[ -n "$SERVICE" ] && [ -n "$GATEWAY" ] || { echo "[proxy] no personnel-service on :8081 or gateway on :8080: start the suite (./run.sh) or pass --start"; exit 2; }
LAUNCHER=$(ps -o ppid= -p "$GATEWAY" | tr -d ' ') # the launcher (it copies log lines only with --follow-logs)
pin() { for p in "$@"; do [ -n "$p" ] && taskset -apc 1 "$p" >/dev/null 2>&1 || true; done; }
pin "$SERVICE" "$GATEWAY" "$LAUNCHER" "$KAFKA" "$PG" $(pid_on 8082) $(pid_on 8083) $(pgrep -P "$PG" 2>/dev/null || true)

# the harness's own client: its key's hash in the clients file, a limit one core cannot reach
KEY_FILE="$OUT/api-key.txt"
[ -f "$KEY_FILE" ] || head -c 24 /dev/urandom | base64 | tr '+/' '-_' > "$KEY_FILE"
KEY=$(cat "$KEY_FILE")
HASH=$(printf %s "$KEY" | sha256sum | cut -d' ' -f1)
CLIENTS=.devstack/clients.json
jq --arg h "$HASH" '.clients |= (map(select(.name != "bench-proxy-compare")) + [{name: "bench-proxy-compare", keySha256: [$h],
    roles: ["personnel:read"], ratePerSecond: 1000000, burst: 1000000}])' "$CLIENTS" > "$CLIENTS.tmp" && mv "$CLIENTS.tmp" "$CLIENTS"

TOKEN=; MINTED=0
mint() { TOKEN=$(taskset -c 0 ./run.sh token --seconds 600 personnel:read); MINTED=$(date +%s); }

nginx_conf() {
  mkdir -p "$OUT/nginx/logs" "$OUT/nginx/tmp"
  cat > "$OUT/nginx/nginx.conf" <<EOF
# written by bench/proxy-compare.sh: a plain reverse proxy in front of personnel-service, the gateway's peer
worker_processes 1;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log $OUT/nginx/logs/access.log combined buffer=64k flush=1s;
  client_body_temp_path $OUT/nginx/tmp/body;
  proxy_temp_path $OUT/nginx/tmp/proxy;
  fastcgi_temp_path $OUT/nginx/tmp/fastcgi;
  uwsgi_temp_path $OUT/nginx/tmp/uwsgi;
  scgi_temp_path $OUT/nginx/tmp/scgi;
  upstream personnel { server 127.0.0.1:8081; keepalive 32; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://personnel;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Authorization "Bearer $TOKEN";
      proxy_set_header X-Request-Id \$request_id;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
EOF
}
nginx_worker() { pgrep -P "$NGINX_MASTER" | head -1; }
start_nginx() {
  nginx_conf
  taskset -c 1 "$NGINX" -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" -e "$OUT/nginx/error.log"
  for _ in $(seq 1 50); do [ -s "$OUT/nginx/nginx.pid" ] && break; sleep 0.1; done
  NGINX_MASTER=$(cat "$OUT/nginx/nginx.pid")
  sleep 0.3
  pin "$NGINX_MASTER" "$(nginx_worker)"
}
refresh() { # the service token lives at most 600 s: a fresh one for direct and nginx before it gets old
  [ $(( $(date +%s) - MINTED )) -lt 300 ] && return
  mint
  if [ -n "$NGINX_MASTER" ]; then
    nginx_conf
    "$NGINX" -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" -e "$OUT/nginx/error.log" -s reload
    sleep 1
    pin "$(nginx_worker)"
  fi
}
mint
# an nginx left by an earlier run of this harness (only if that pid is really our nginx: a pid can be reused)
OLD=$(cat "$OUT/nginx/nginx.pid" 2>/dev/null || true)
if [ -n "$OLD" ] && tr '\0' ' ' <"/proc/$OLD/cmdline" 2>/dev/null | grep -qF "$OUT/nginx/nginx.conf"; then kill "$OLD" && sleep 0.5; fi
start_nginx

# ticks PID (lib.sh): utime+stime, 0 for no pid or one that is gone
# PostgreSQL's processes come and go (backends): "pid:ticks" of each, and the sum of the growth of those in both snapshots
pg_snap() { local p; for p in $PG $(pgrep -P "$PG" 2>/dev/null); do echo "$p:$(ticks "$p")"; done; }
pg_delta() { awk -F: 'NR == FNR {a[$1] = $2; next} ($1 in a) {d += $2 - a[$1]} END {print d + 0}' <(echo "$1") <(echo "$2"); }

# the targets: name, URL, the header that authenticates, the port of the process in front of the service
TARGETS=(direct gateway)
declare -A URL=([direct]=$DIRECT [gateway]=$GW [nginx]=$NGX) PORT=([direct]=8081 [gateway]=8080 [nginx]=$NGINX_PORT)
for spec in ${EXTRA_GATEWAYS:-}; do # another gateway build beside the suite's, with the suite gateway's environment
  name=${spec%%=*}; rest=${spec#*=}; app=${rest%:*}; port=${rest##*:}
  [ -f "$app/quarkus-run.jar" ] || { echo "[proxy] $app/quarkus-run.jar missing: skipping gateway:$name"; continue; }
  mapfile -d '' GW_ENV < "/proc/$GATEWAY/environ"
  ENVV=(); for e in "${GW_ENV[@]}"; do case $e in QUARKUS_HTTP_PORT=*|QUARKUS_MANAGEMENT_PORT=*) ;; *) ENVV+=("$e") ;; esac; done
  (cd "/proc/$GATEWAY/cwd" && exec env -i "${ENVV[@]}" QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT=$((port + 1000)) \
      taskset -c 1 "$(readlink "/proc/$GATEWAY/exe")" -Xms64m -Xmx384m -XX:+UseSerialGC -Dvertx.disableURIValidation=true \
      -jar "$(realpath "$app")/quarkus-run.jar" > "$OUT/gateway-$name.log" 2>&1) &
  EXTRA_PIDS+=($!)
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" && break; sleep 0.5; done
  TARGETS+=("gateway:$name"); URL[gateway:$name]="http://127.0.0.1:$port$PATH_Q"; PORT[gateway:$name]=$port
done
TARGETS+=(nginx)
header() { case $1 in direct|nginx) echo "Authorization: Bearer $TOKEN" ;; *) echo "X-API-Key: $KEY" ;; esac; }
front_pid() { case $1 in direct) echo "" ;; nginx) nginx_worker ;; *) pid_on "${PORT[$1]}" ;; esac; }

# the gateways re-read the clients file at most every 2 s: wait for the harness's key to be known
for _ in $(seq 1 20); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "X-API-Key: $KEY" "$GW")" = 200 ] && break; sleep 0.5
done
for t in "${TARGETS[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "$(header "$t")" "${URL[$t]}")
  [ "$code" = 200 ] || { echo "[proxy] $t: ${URL[$t]} answers $code, not 200 (demo data loaded? ./run.sh)"; exit 2; }
done

# one wrk run against one target; prints: req/s requests p50 p99 errors, then CPU µs per request of the service,
# the process in front of it (gateway or nginx worker; 0 direct), PostgreSQL (all its processes), the launcher
measure() {
  local target=$1 secs=$2 front; front=$(front_pid "$target")
  local s0 f0 p0 l0 s1 f1 p1 l1 w
  s0=$(ticks "$SERVICE"); f0=$(ticks "$front"); p0=$(pg_snap); l0=$(ticks "$LAUNCHER")
  w=$(taskset -c 0 wrk -t1 -c"$CONNS" -d"${secs}s" --latency -H "$(header "$target")" "${URL[$target]}")
  s1=$(ticks "$SERVICE"); f1=$(ticks "$front"); p1=$(pg_snap); l1=$(ticks "$LAUNCHER")
  echo "$w" > "$OUT/wrk-last-${target/:/-}.txt"
  local n rps p50 p99 errs
  n=$(echo "$w" | awk '/requests in/ {print $1}')
  rps=$(echo "$w" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$w" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$w" | awk '$1 == "99%" {print $2}')
  errs=$(echo "$w" | awk '/Non-2xx/ {e += $NF} /Socket errors/ {gsub(",", ""); e += $4 + $6 + $8 + $10} END {print e + 0}')
  awk -v n="$n" -v t="$TICK_US" -v rps="$rps" -v p50="$p50" -v p99="$p99" -v e="$errs" \
      -v s=$((s1 - s0)) -v f=$((f1 - f0)) -v p="$(pg_delta "$p0" "$p1")" -v l=$((l1 - l0)) \
      'BEGIN {printf "%s %d %s %s %d %.1f %.1f %.1f %.1f\n", rps, n, p50, p99, e, s*t/n, f*t/n, p*t/n, l*t/n}'
}

echo "[proxy] $(date -u '+%Y-%m-%d %H:%M:%S UTC') rounds=$ROUNDS seconds=$SECS warm-up=${WARM}s connections=$CONNS targets=${TARGETS[*]}"
echo "[proxy] pids: service $SERVICE, gateway $GATEWAY, nginx master $NGINX_MASTER, postgres $PG, launcher $LAUNCHER, extra gateways ${EXTRA_PIDS[*]:-none}"
echo "[proxy] other load on this machine now: $(pgrep -fc 'plexus-classworlds|surefire' || true) Maven/test JVMs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for t in "${TARGETS[@]}"; do measure "$t" "$WARM" > /dev/null; done # warm-up, discarded
RES="$OUT/rounds.txt"; : > "$RES"
printf '%-5s %-16s %9s %8s %8s %8s %5s | CPU µs/request: %8s %8s %8s %8s\n' round target req/s requests p50 p99 errs service proxy postgres launcher
for r in $(seq 1 "$ROUNDS"); do
  refresh
  for t in "${TARGETS[@]}"; do
    line=$(measure "$t" "$SECS")
    echo "$r $t $line" >> "$RES"
    read -r rps n p50 p99 e s f p l <<< "$line"
    printf '%-5s %-16s %9s %8s %8s %8s %5s | %15s %8s %8s %8s %8s\n' "$r" "$t" "$rps" "$n" "$p50" "$p99" "$e" "" "$s" "$f" "$p" "$l"
  done
done

if [ "$PROFILE" = 1 ]; then # async-profiler attached to each gateway in turn, CPU then allocations, under wrk
  AP_VERSION=4.2
  AP_JAR=$HOME/.m2/repository/tools/profiler/async-profiler/$AP_VERSION/async-profiler-$AP_VERSION-linux-x64.jar
  [ -f "$AP_JAR" ] || ./mvnw -B -q dependency:get -Dartifact=tools.profiler:async-profiler:$AP_VERSION:jar:linux-x64 -Dtransitive=false
  mkdir -p "$OUT/profile" && unzip -o -q -d "$OUT/profile/lib" "$AP_JAR" 'linux-x64/*'
  LIB=$OUT/profile/lib/linux-x64/libasyncProfiler.so
  # the JDK's attach API passes the options whole (jcmd JVMTI.agent_load takes key=value options for its own)
  agent() { taskset -c 0 java bench/src/main/java/cn/gov/epidemic/bench/AttachAgent.java "$1" "$LIB" "$2"; }
  PSECS=$(( SECS > 20 ? 20 : SECS ))
  for t in "${TARGETS[@]}"; do
    case $t in gateway*) ;; *) continue ;; esac
    gpid=$(front_pid "$t"); tag=${t/:/-}
    # perf events need perf_event_paranoid <= 1 (or the capability); the interval timer works everywhere
    cpu_event=itimer; [ "$(cat /proc/sys/kernel/perf_event_paranoid)" -le 1 ] && cpu_event=cpu
    for ev in "$cpu_event" alloc; do
      agent "$gpid" "start,event=$ev,interval=$([ "$ev" = alloc ] && echo 64k || echo 1ms)" || { echo "[proxy] profiler not loaded into $t"; continue; }
      taskset -c 0 wrk -t1 -c"$CONNS" -d"${PSECS}s" -H "$(header "$t")" "${URL[$t]}" > /dev/null
      kind=$([ "$ev" = alloc ] && echo alloc || echo cpu)
      agent "$gpid" "dump,file=$OUT/profile/$tag-$kind.html"
      agent "$gpid" "stop,collapsed,file=$OUT/profile/$tag-$kind.collapsed"
      [ -s "$OUT/profile/$tag-$kind.collapsed" ] || { echo "[proxy] no profile of $t ($kind)"; continue; }
      # top frames: self (the frame on top of the stack) and inclusive (anywhere on it), of the samples' weights
      python3 - "$OUT/profile/$tag-$kind.collapsed" > "$OUT/profile/$tag-$kind.top.txt" <<'EOF'
import collections, sys
self_, incl, total = collections.Counter(), collections.Counter(), 0
for line in open(sys.argv[1]):
    stack, _, n = line.rstrip().rpartition(" ")
    n = int(n); total += n; frames = stack.split(";")
    self_[frames[-1]] += n
    for f in set(frames): incl[f] += n
print(f"total {total}")
print("== self"); [print(f"{100*n/total:5.1f}% {f}") for f, n in self_.most_common(40)]
print("== inclusive"); [print(f"{100*n/total:5.1f}% {f}") for f, n in incl.most_common(150)]
EOF
      echo "[proxy] profile $t $kind: $OUT/profile/$tag-$kind.html, top frames in $OUT/profile/$tag-$kind.top.txt"
    done
  done
fi

# medians over the rounds; ratios per round first (same round, same conditions), then their median
python3 - "$RES" <<'EOF'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
by, order = {}, []
for r in rows:
    if r[1] not in order: order.append(r[1])
    by.setdefault(r[0], {})[r[1]] = {"rps": float(r[2]), "n": int(r[3]), "err": int(r[6]), "svc": float(r[7]), "front": float(r[8]),
                                      "pg": float(r[9]), "lnc": float(r[10])}
rounds = [v for v in by.values() if len(v) == len(order)]
med = statistics.median
d = lambda k, t: med([r[t][k] for r in rounds])
errors = sum(r[t]["err"] for r in rounds for t in r)
print(f"[proxy] medians of {len(rounds)} rounds (errors {errors}):")
for t in order:
    print(f"[proxy]   {t:16s} {d('rps', t):8.0f} req/s, {d('rps', t) / d('rps', 'direct') if t != 'direct' else 1:.2f} of direct (median of rounds: "
          f"{med([r[t]['rps'] / r['direct']['rps'] for r in rounds]):.2f}); CPU µs/request: service {d('svc', t):.1f}, "
          f"proxy {d('front', t):.1f}, postgres {d('pg', t):.1f}, launcher {d('lnc', t):.1f}")
ok = lambda b: "met" if b else "NOT met"
ngx_cpu = d("front", "nginx")
for t in [t for t in order if t.startswith("gateway")]:
    name = "gateway" if t == "gateway" else f"gateway ({t.split(':', 1)[1]})"
    cpu = d("front", t)
    ratio = med([r[t]["front"] / r["nginx"]["front"] for r in rounds])
    thr = med([r[t]["rps"] / r["direct"]["rps"] for r in rounds])
    print(f"[bench] {name} CPU per proxied request = {cpu:.1f} µs | goal <= 1.5 x nginx's ({1.5 * ngx_cpu:.1f} µs) | {ok(cpu <= 1.5 * ngx_cpu)}")
    print(f"[bench] {name}/nginx CPU per request = {ratio:.2f} x | goal <= 1.5 | {ok(ratio <= 1.5)}")
    print(f"[bench] throughput {name}/direct = {thr:.2f} ratio | goal >= 0.8 | {ok(thr >= 0.8)}")
print(f"[bench] nginx CPU per proxied request = {ngx_cpu:.1f} µs | goal none (the peer) | met")
print(f"[bench] throughput nginx/direct = {med([r['nginx']['rps'] / r['direct']['rps'] for r in rounds]):.2f} ratio | goal none (the peer) | met")
print(f"[bench] personnel-service CPU per primary-key read (direct) = {d('svc', 'direct'):.1f} µs | goal <= 70 µs | {ok(d('svc', 'direct') <= 70)}")
EOF
