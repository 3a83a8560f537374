#!/usr/bin/env bash
# The write path against its own SQL (issue 13, 1b): on the running suite (./run.sh), POST inspections direct to
# checkpoint-service with 8 connections, capture with pg_stat_statements every statement they cause in PostgreSQL
# (the request's transaction, the outbox relay's reads and updates, the advisory lock, the consumers' work in every
# database), replay those statements with pgbench at the same concurrency on the same server and database (copies of
# the tables, so the relay never publishes the replay's rows), and compare: POST rate / replay rate, and PostgreSQL
# CPU per inspection / PostgreSQL CPU per replayed transaction. Interleaved pairs, medians.
#   bench/write-path.sh [PAIRS=3] [SECONDS=20] [WARMUP=60]   (warm-up: C2 on a shared core needs tens of thousands of requests)
#   bench/write-path.sh --quick          # 1 pair of 8 s after 20 s of warm-up: about a minute
# Env: PROFILE=1 records a JFR profile of checkpoint-service during the capture window (bench/target/write-path/).
# Pinning (../shared/BENCHMARKING.md): the suite (services, PostgreSQL, Kafka) on CPU 1, wrk and pgbench on CPU 0.
# CPU per request: utime+stime from /proc/<pid>/stat (10 ms ticks); PostgreSQL is the suite's postmaster and its children
# plus its reaped children (pgbench's backends exit before the second reading).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
if [ "${1:-}" = --quick ]; then PAIRS=1; SECS=8; WARM=20; CAPTURE=5; else PAIRS=${1:-3}; SECS=${2:-20}; WARM=${3:-60}; CAPTURE=${CAPTURE:-10}; fi
OUT=bench/target/write-path; mkdir -p "$OUT"
export PGHOST=127.0.0.1 PGPORT=15432 PGUSER=postgres PGPASSWORD=postgres PGCLIENTENCODING=UTF8
URL=http://127.0.0.1:8083/api/v1/checkpoints/inspections
need wrk wrk; need pgbench postgresql-client; need psql postgresql-client
curl -sf -o /dev/null http://127.0.0.1:8083/q/health/ready || { echo "checkpoint-service is not ready on :8083: start the suite (./run.sh)" >&2; exit 2; }
q() { psql -d "${DB:-checkpoint}" -tAX -v ON_ERROR_STOP=1 -c "$1"; }

# the suite's processes by their ports (other JVMs and PostgreSQL servers on the machine, tests of other builds, are not
# the suite's): the services, Kafka's JVM (which also launched PostgreSQL), the postmaster and its children
SVC=$(port_pid 8083)
KAFKA=$(port_pid 19092)
PM=$(head -1 "$(q 'show data_directory')/postmaster.pid")
pin_suite
echo "[write-path] checkpoint-service pid $SVC, Kafka (InfraMain) pid $KAFKA, postmaster pid $PM; suite on CPU 1, load on CPU 0"

# CPU ticks (lib.sh): ticks PID (utime+stime), pg_ticks PM (all postgres processes with the postmaster's reaped children)
inspections() { q "select count(*) from inspection /* bench */"; }

q "show shared_preload_libraries" | grep -q pg_stat_statements \
  || { echo "PostgreSQL runs without pg_stat_statements: start the suite from this branch (devstack preloads it)" >&2; exit 2; }
DB=postgres q "create extension if not exists pg_stat_statements" >/dev/null
CP=$(q "select id from checkpoint where state = 'OPEN' order by code limit 1 /* bench */")
[ -n "$CP" ] || { echo "no OPEN checkpoint: load the demo data (./run.sh without --no-demo)" >&2; exit 2; }
BODY="{\"checkpointId\":\"$CP\",\"plate\":\"蒙D00042\",\"vehicleKind\":\"PRIVATE_CAR\",\"origin\":\"红山区\",\"destination\":\"元宝山区\",\"occupants\":[{\"role\":\"DRIVER\",\"name\":\"压测\",\"temperature\":36.5},{\"role\":\"PASSENGER\",\"temperature\":36.7},{\"role\":\"PASSENGER\",\"temperature\":36.6}]}"
# each request its own Idempotency-Key (the run's prefix, the thread, a counter), so every POST is a new inspection
cat > "$OUT/post.lua" <<EOF
wrk.method = "POST"
wrk.body = '$BODY'
local prefix = "wp-" .. os.time() .. "-" .. math.random(1, 1000000000) .. "-"
local n = 0
wrk.headers["Content-Type"] = "application/json"
request = function()
  n = n + 1
  wrk.headers["Idempotency-Key"] = prefix .. n -- wrk.format's headers argument would replace Host and Authorization
  return wrk.format()
end
EOF
post() { # seconds -> wrk output
  taskset -c 0 wrk -t1 -c8 -d"$1s" -s "$OUT/post.lua" -H "Authorization: Bearer $(./run.sh token --seconds 300 checkpoint:inspect)" "$URL"
}

echo "[write-path] warm-up: ${WARM}s of POSTs (discarded)"
post "$WARM" > "$OUT/warmup.txt"
grep -q 'Non-2xx' "$OUT/warmup.txt" && { echo "[write-path] errors in warm-up:"; cat "$OUT/warmup.txt"; exit 1; }

# ---- (i) capture: every statement of every database during a window of POSTs, per inspection
DB=postgres q "select pg_stat_statements_reset()" >/dev/null
n0=$(inspections)
if [ "${PROFILE:-0}" = 1 ]; then
  jcmd "$SVC" JFR.start name=writepath settings=profile duration="${CAPTURE}s" filename="$PWD/$OUT/checkpoint.jfr" >/dev/null
fi
post "$CAPTURE" > "$OUT/capture.txt"
N=$(( $(inspections) - n0 ))
DB=postgres q "copy (select d.datname, s.calls, s.total_exec_time, s.rows, regexp_replace(s.query, '\s+', ' ', 'g')
  from pg_stat_statements s join pg_database d on d.oid = s.dbid
  where s.query not like '%/* bench */%' and s.query not like '%pg_stat_statements%' order by s.calls desc) to stdout with (format csv, delimiter '|')" > "$OUT/statements.csv"
echo "[write-path] captured in ${CAPTURE}s: $N inspections; statements per inspection (all databases, pg_stat_statements):"
awk -F'|' -v n="$N" '{ q = $5; for (i = 6; i <= NF; i++) q = q "|" $i; gsub(/^"|"$/, "", q);
  printf "  %-10s %7.3f per inspection  %6.1f us mean  %s\n", $1, $2 / n, 1000 * $3 / $2, substr(q, 1, 150) }' "$OUT/statements.csv"

# ---- (ii) the replay: the captured request transaction and relay statements, on copies of the tables
per() { awk -F'|' -v n="$N" -v db=checkpoint -v re="$1" '$1 == db && tolower($0) ~ re { c += $2 } END { printf "%.3f", c / n }' "$OUT/statements.csv"; }
has() { awk -v x="$(per "$1")" 'BEGIN { exit !(x >= 0.5) }'; }
# the replay's tables leave the suite's database with the harness, however it ends
drop_replay_tables() { q "drop table if exists bench_inspection, bench_outbox_event, bench_audit_log, bench_idempotency_key;
   drop sequence if exists bench_outbox_seq, bench_audit_seq" >/dev/null 2>&1 || true; }
trap drop_replay_tables EXIT
q "drop table if exists bench_inspection, bench_outbox_event, bench_audit_log, bench_idempotency_key;
   drop sequence if exists bench_outbox_seq, bench_audit_seq;
   create table bench_inspection (like inspection including all);
   alter table bench_inspection add foreign key (checkpoint_id) references checkpoint (id);
   create table bench_outbox_event (like outbox_event including all);
   create sequence bench_outbox_seq; alter table bench_outbox_event alter column seq set default nextval('bench_outbox_seq');
   create table bench_audit_log (like audit_log including all);
   create sequence bench_audit_seq; alter table bench_audit_log alter column id set default nextval('bench_audit_seq');
   create table bench_idempotency_key (like idempotency_key including all)" >/dev/null
PAYLOAD=$(q "select payload::text from outbox_event where type like '%inspection.recorded' order by seq desc limit 1 /* bench */")
# jsonb's text form (a space after each colon): pgbench would take the compact form's ":false" or ":null" for variables
RESPONSE=$(q "select response_body::jsonb::text from idempotency_key where response_body is not null order by created_at desc limit 1 /* bench */")
OCC=$(q "select occupants::text from inspection order by inspected_at desc limit 1 /* bench */")
lit() { printf "'%s'" "${1//\'/\'\'}"; }
{
  echo '\set k random(1, 9000000000000000)'
  echo 'BEGIN;'
  if has 'insert into idempotency_key'; then
    echo "insert into bench_idempotency_key (caller, key, request_hash) values ('bench', 'k' || :k::text, md5(:k::text) || md5(:k::text)) on conflict do nothing;"
  fi
  if has 'from checkpoint .*where .*id *= *\\$1'; then
    echo "select c.id, c.agencies, c.code, c.created_at, c.designated_hospital, c.division_code, c.green_lane, c.kind, c.km_marker, c.latitude, c.longitude, c.name, c.road, c.state, c.version from checkpoint c where c.id = '$CP';"
  fi
  if has 'insert into inspection'; then
    echo "insert into bench_inspection (checkpoint_id, day, destination, destination_division_code, fever_count, inspected_at, inspector, note, occupant_count, occupants, origin, outcome, pass_id, pass_result, plate, vehicle_kind, id) values ('$CP', current_date, '元宝山区', null, 0, now(), 'bench', null, 3, $(lit "$OCC")::jsonb, '红山区', 'PASSED', null, null, '蒙D00042', 'PRIVATE_CAR', gen_random_uuid());"
  fi
  if has 'insert into outbox_event'; then
    echo "insert into bench_outbox_event (id, aggregate_type, aggregate_id, type, topic, payload, request_id, actor, occurred_at, dataschema) values (gen_random_uuid(), 'inspection', gen_random_uuid()::text, 'cn.gov.epidemic.checkpoint.inspection.recorded', 'checkpoint.events', cast($(lit "$PAYLOAD") as jsonb), md5(:k::text), 'bench', now(), 'checkpoint/inspection.recorded/v1');"
  fi
  if has 'insert into audit_log'; then
    echo "insert into bench_audit_log (actor, action, target_type, target_id, request_id, detail) values ('bench', 'CREATE', 'inspection', gen_random_uuid()::text, md5(:k::text), 'PASSED');"
  fi
  if has 'update idempotency_key'; then
    echo "update bench_idempotency_key set status = 201, location = 'http://127.0.0.1:8083/api/v1/checkpoints/inspections/' || :k::text, etag = null, response_body = $(lit "$RESPONSE") where caller = 'bench' and key = 'k' || :k::text;"
  fi
  echo 'COMMIT;'
} > "$OUT/inspection.sql"
RELAY_SELECT=$(per 'from outbox_event where published_at is null order by seq')
RELAY_UPDATE=$(per 'update outbox_event set published_at')
{ # the relay: its read of the unpublished rows, then its one update of those it sent (autocommit, as the relay's)
  echo "select seq, id, aggregate_type, aggregate_id, type, topic, payload::text, request_id, actor, occurred_at, dataschema from bench_outbox_event where published_at is null order by seq limit 500;"
  echo "update bench_outbox_event set published_at = now() where seq = any(array(select seq from bench_outbox_event where published_at is null order by seq limit 500 for update skip locked));"
} > "$OUT/relay.sql"
RELAY_W=$(awk -v x="$RELAY_SELECT" 'BEGIN { w = int(1000 * x + 0.5); print (w < 1 ? 1 : w) }')
echo "[write-path] replay (pgbench -M prepared, 8 clients): $OUT/inspection.sql @1000 + $OUT/relay.sql @$RELAY_W (relay reads $RELAY_SELECT, updates $RELAY_UPDATE per inspection):"
sed 's/^/    /' "$OUT/inspection.sql" | cut -c1-200
echo "[write-path] statements of checkpoint's database at >= 0.05 per inspection not in the replay:"
awk -F'|' -v n="$N" '$1 == "checkpoint" && $2 / n >= 0.05 { q = tolower($5); if (q !~ /^"?(begin|commit|insert into (idempotency_key|inspection|outbox_event|audit_log)|update idempotency_key|update outbox_event set published_at)/ \
    && q !~ /from checkpoint .*where .*id *= *\$1/ && q !~ /from outbox_event where published_at is null order by seq/) printf "    %.3f  %s\n", $2 / n, substr($5, 1, 150) }' "$OUT/statements.csv"
replay() { # seconds -> pgbench output
  taskset -c 0 pgbench -n -M prepared -c 8 -j 1 -T "$1" -f "$OUT/inspection.sql@1000" -f "$OUT/relay.sql@$RELAY_W" checkpoint 2>&1
}
replay 3 > "$OUT/replay-warmup.txt"

# ---- (iii) interleaved pairs: POSTs, then the replay, each with CPU of the service, PostgreSQL and Kafka
: > "$OUT/pairs.txt"
for i in $(seq 1 "$PAIRS"); do
  n0=$(inspections); s0=$(ticks "$SVC"); p0=$(pg_ticks "$PM"); k0=$(ticks "$KAFKA")
  post "$SECS" > "$OUT/post-$i.txt"
  n1=$(inspections); s1=$(ticks "$SVC"); p1=$(pg_ticks "$PM"); k1=$(ticks "$KAFKA")
  errs=$(awk '/Non-2xx/ { print $NF } /Socket errors/ { print "socket" }' "$OUT/post-$i.txt" | tr '\n' ' ')
  sleep 1 # the relay's last batch
  r0=$(pg_ticks "$PM")
  replay "$SECS" > "$OUT/replay-$i.txt"
  r1=$(pg_ticks "$PM")
  tx=$(awk '/^SQL script 1:/ { s = 1 } s && /- [0-9]+ transactions/ { for (j = 1; j <= NF; j++) if ($j == "transactions") { print $(j - 1); exit } }' "$OUT/replay-$i.txt")
  ins=$((n1 - n0))
  awk -v i="$i" -v ins="$ins" -v secs="$SECS" -v tx="$tx" -v s="$((s1 - s0))" -v p="$((p1 - p0))" -v k="$((k1 - k0))" -v r="$((r1 - r0))" -v errs="${errs:-0}" 'BEGIN {
    post = ins / secs; rep = tx / secs; pin = 1e4 * p / ins; prep = 1e4 * r / tx;
    printf "pair %d: POST %.0f/s (%d inspections, errors %s) service %.0f us, PostgreSQL %.0f us, Kafka %.0f us CPU per inspection | replay %.0f tx/s, PostgreSQL %.0f us CPU per tx | rate ratio %.3f, PostgreSQL CPU ratio %.2f\n",
      i, post, ins, errs, 1e4 * s / ins, pin, 1e4 * k / ins, rep, prep, post / rep, pin / prep
    print post, rep, post / rep, 1e4 * s / ins, pin, prep, pin / prep, 1e4 * k / ins > "/dev/stderr" }' 2>> "$OUT/pairs.txt"
done
med() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
col() { awk -v c="$1" '{ print $c }' "$OUT/pairs.txt" | med; }
POST=$(col 1); REP=$(col 2); RATIO=$(col 3); SVCUS=$(col 4); PGUS=$(col 5); PGREP=$(col 6); PGRATIO=$(col 7); KUS=$(col 8)
echo "[write-path] medians of $PAIRS pair(s), ${SECS}s each: POST $POST/s, replay $REP tx/s; CPU per inspection: checkpoint-service $SVCUS us, PostgreSQL $PGUS us, Kafka $KUS us; PostgreSQL per replayed tx $PGREP us"
if [ "${PROFILE:-0}" = 1 ] && [ -f "$OUT/checkpoint.jfr" ]; then
  echo "[write-path] checkpoint-service's top frames (JFR execution samples, $OUT/checkpoint.jfr):"
  jfr print --events jdk.ExecutionSample "$OUT/checkpoint.jfr" | awk '/stackTrace = \[/ { getline; sub(/^ +/, ""); sub(/line:.*/, ""); print }' | sort | uniq -c | sort -rn | head -25
fi
printf '[bench] inspection POST direct, 8 connections = %.0f req/s | goal >= 0.5 x pgbench replay (%.0f tx/s) | %s\n' "$POST" "$REP" "$(verdict "$RATIO" '>=' 0.5)"
printf '[bench] inspection POST rate / pgbench replay rate = %.2f ratio | goal >= 0.5 | %s\n' "$RATIO" "$(verdict "$RATIO" '>=' 0.5)"
printf '[bench] PostgreSQL CPU per inspection / per replayed transaction = %.2f ratio (%.0f us / %.0f us) | goal <= 2 | %s\n' "$PGRATIO" "$PGUS" "$PGREP" "$(verdict "$PGRATIO" '<=' 2)"
