#!/usr/bin/env bash
# Bulk import throughput (issue 13 point 3, goal >= 5,000 rows/s): needs the suite running with its demo data
# (./run.sh in another terminal; the rows name its Hohhot unit, plan and community, a Xilingol grid worker and the
# Bayan Gol checkpoint).
#   bench/bulk-import.sh [ROWS=10000] [CHUNK=1000] [ROUNDS=3]      quick mode: bench/bulk-import.sh 2000 1000 1
# For each kind (people each with an activated deployment, screening visits, inspections of two occupants) it imports
# ROWS rows through the gateway in requests of CHUNK rows (one Idempotency-Key each), two requests in flight, after a
# discarded warm-up request; ROUNDS times, interleaving the kinds; and reports the median rows/s and the CPU per row of
# the importing service and of PostgreSQL (utime+stime from /proc/<pid>/stat). Every guarantee stays on: outbox events,
# audit rows, idempotency records, masking, JWT checks, fsync as configured. The suite is pinned to CPU 1, this
# script's load generator to CPU 0 (BENCHMARKING.md).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
ROWS=${1:-${ROWS:-10000}}
CHUNK=${2:-${CHUNK:-1000}}
ROUNDS=${3:-${ROUNDS:-3}}
GATEWAY=${GATEWAY:-http://127.0.0.1:8080}
command -v python3 >/dev/null || { echo "python3 is needed" >&2; exit 2; }
KEY=$(cat .devstack/api-key.txt)
# this suite's processes only, by their ports (other suites and PostgreSQL clusters on the machine are left alone)
PM=$(port_pid 15432)
[ -n "$PM" ] || { echo "no PostgreSQL on :15432: start the suite (./run.sh)" >&2; exit 2; }
pin_suite
export BENCH_PERSONNEL_PID=$(port_pid 8081) BENCH_CHECKPOINT_PID=$(port_pid 8083) BENCH_POSTMASTER_PID=$PM
exec taskset -c 0 python3 - "$GATEWAY" "$KEY" "$ROWS" "$CHUNK" "$ROUNDS" <<'EOF'
import json, os, random, statistics, subprocess, sys, threading, time, urllib.request, uuid

gateway, key, rows, chunk, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
TICK = os.sysconf("SC_CLK_TCK")

def call(method, path, body=None):
    data = None if body is None else json.dumps(body, ensure_ascii=False).encode()
    req = urllib.request.Request(gateway + path, data=data, method=method, headers={
        "X-API-Key": key, "Accept": "application/json", "Content-Type": "application/json",
        "Idempotency-Key": str(uuid.uuid4())})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.loads(r.read())

def postgres(db=None):
    """This suite's PostgreSQL (its postmaster and children); with db, only the backends of that database (by title)."""
    postmaster = os.environ["BENCH_POSTMASTER_PID"]
    children = subprocess.run(["pgrep", "-P", postmaster], capture_output=True, text=True).stdout.split()
    out = [] if db is not None else [int(postmaster)]
    for p in children:
        try:
            with open(f"/proc/{p}/cmdline", "rb") as f:
                title = f.read().replace(b"\0", b" ").decode(errors="replace")
        except FileNotFoundError:
            continue
        if db is None or title.split()[2:3] == [db]:
            out.append(int(p))
    return out

def ticks(ps):
    total = 0
    for p in ps:
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except FileNotFoundError:
            pass
    return total

service_pid = {"people": [int(os.environ["BENCH_PERSONNEL_PID"])],
               "visits": [int(os.environ["BENCH_PERSONNEL_PID"])],
               "inspections": [int(os.environ["BENCH_CHECKPOINT_PID"])]}

unit = call("GET", "/api/v1/personnel/units?divisionCode=150102&size=1")["items"][0]["id"]
plan = call("GET", "/api/v1/personnel/plans?divisionCode=150100&size=1")["items"][0]["id"]
worker = call("GET", "/api/v1/personnel/people?category=GRID_WORKER&size=1")["items"][0]["id"]
checkpoint = call("GET", "/api/v1/checkpoints?code=ALS-YQ-BYGL")["items"][0]["id"]

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
region = "15%04d" % random.randint(3000, 9999)  # no real region of the demo data: this run's ID cards are its own
serial = [0]

def id_card():
    serial[0] += 1
    n = serial[0]
    base = "%s%04d%02d%02d%03d" % (region, 1950 + n // 336000, 1 + n // 28000 % 12, 1 + n // 1000 % 28, n % 1000)
    return base + "10X98765432"[sum(int(c) * w for c, w in zip(base, W)) % 11]

def person_row(i):
    return {"person": {"name": "批量导入%d" % i, "category": "POLICE_OFFICER", "unitId": unit, "partyMember": True,
                       "idCardNumber": id_card(), "phone": "138%08d" % (i % 100000000)},
            "deployments": [{"planId": plan, "destinationType": "DIVISION", "divisionCode": "150102001001",
                             "workGroup": "001号工作组", "duties": ["SCREENING", "REGISTRATION"], "plannedStart": "2020-01-29",
                             "activateNow": True}]}

def visit_row(i):
    return {"divisionCode": "152502001001", "household": "批量%d号院" % i, "visitedAt": "2020-02-02T10:30:00+08:00",
            "workerId": worker, "residents": 1 + i % 5, "outcome": "NO_RISK"}

def inspection_row(i):
    return {"checkpointId": checkpoint, "plate": "蒙M%05d" % (i % 100000), "vehicleKind": "PRIVATE_CAR", "origin": "阿拉善右旗",
            "destination": "巴彦高勒苏木", "occupants": [{"role": "DRIVER", "name": "驾驶人%d" % i, "temperature": 36.5},
                                                     {"role": "PASSENGER", "temperature": 36.6}]}

KINDS = {"people": ("/api/v1/personnel/people/imports", person_row, "people with a deployment"),
         "visits": ("/api/v1/personnel/screening-visits/imports", visit_row, "screening visits"),
         "inspections": ("/api/v1/checkpoints/inspections/imports", inspection_row, "inspections")}
DATABASE = {"people": "personnel", "visits": "personnel", "inspections": "checkpoint"}

def run(kind, n):
    path, make, _ = KINDS[kind]
    batches = [[make(i) for i in range(s, min(n, s + chunk))] for s in range(0, n, chunk)]
    refused = [0]
    lock = threading.Lock()
    def worker_thread(todo):
        while True:
            with lock:
                if not todo: return
                b = todo.pop(0)
            r = call("POST", path, b)
            with lock:
                refused[0] += r["refused"]
    pg, own = postgres(), postgres(DATABASE[kind])
    s0, p0, o0, t0 = ticks(service_pid[kind]), ticks(pg), ticks(own), time.monotonic()
    todo = list(batches)
    threads = [threading.Thread(target=worker_thread, args=(todo,)) for _ in range(2)]
    for t in threads: t.start()
    for t in threads: t.join()
    secs = time.monotonic() - t0
    # a backend that ended during the run is not counted: the pools' connections stay
    pg, own = sorted(set(pg + postgres())), sorted(set(own + postgres(DATABASE[kind])))
    s1, p1, o1 = ticks(service_pid[kind]), ticks(pg), ticks(own)
    per_row = lambda a, b: (b - a) * 1e6 / TICK / n
    return n / secs, per_row(s0, s1), per_row(o0, o1), per_row(p0, p1), refused[0]

results = {k: [] for k in KINDS}
for k in KINDS:
    run(k, min(chunk, rows))  # warm-up, discarded
for r in range(rounds):
    for k in KINDS:
        rate, svc, own, pgc, refused = run(k, rows)
        results[k].append((rate, svc, own, pgc))
        print(f"round {r + 1} {k:12s}: {rows} rows in requests of {chunk}: {rate:8.0f} rows/s, service {svc:6.0f} µs CPU/row, "
              f"PostgreSQL {own:6.0f} µs CPU/row in {DATABASE[k]}'s backends, {pgc:6.0f} in all its processes (consumers of the events"
              f" in other databases, WAL writer ...), refused {refused}", flush=True)
for k, (_, _, label) in KINDS.items():
    rate = statistics.median(x[0] for x in results[k])
    svc = statistics.median(x[1] for x in results[k])
    own = statistics.median(x[2] for x in results[k])
    pgc = statistics.median(x[3] for x in results[k])
    print(f"{label}: median {rate:.0f} rows/s, service {svc:.0f} µs CPU/row, PostgreSQL {own:.0f} µs CPU/row in its database"
          f" ({pgc:.0f} in all) ({rounds} rounds of {rows})")
    print(f"[bench] bulk import {label} = {rate:.0f} rows/s | goal >= 5000 rows/s | {'met' if rate >= 5000 else 'NOT met'}")
EOF
