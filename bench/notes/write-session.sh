#!/usr/bin/env bash
# usage: write-session.sh VARIANT[,VARIANT...] -- for each variant, starts the suite from /tmp/write-VARIANT's jars
# (kept with bench/notes/write.md: the exact runner of its before/after sessions; /tmp/write-before and /tmp/write-after
# hold copies of the four applications' quarkus-app directories built from main and from this branch)
# (data kept in /work/wt-write/.devstack), runs bench/write-path.sh, stops the suite
cd /work/wt-write
for V in ${1//,/ } ${EXTRA:-after}; do
  D=/tmp/write-$V; LOG=/tmp/write-suite-$V.log
  [ -f "$D/READY" ] || [ "$V" = before ] || { echo "no $D/READY: $V skipped"; continue; }
  ARGS=(); for s in personnel:8081:personnel supplies:8082:supplies checkpoint:8083:checkpoint gateway:8080; do
    n=${s%%:*}; rest=${s#*:}; m=$n-service; [ $n = gateway ] && m=gateway
    ARGS+=(--service "$n=$D/$m/quarkus-app/quarkus-run.jar:$rest"); done
  date; echo "== $V"
  setsid java -Xmx128m -cp "$D/devstack-1.0.0-SNAPSHOT.jar:$(cat $D/devstack-runtime.classpath)" cn.gov.epidemic.devstack.DevStack "${ARGS[@]}" > "$LOG" 2>&1 &
  RUN=$!
  for i in $(seq 1 300); do grep -q DEVSTACK_READY "$LOG" && break; kill -0 $RUN 2>/dev/null || break; sleep 1; done
  grep -m1 DEVSTACK_READY "$LOG" || { echo "not ready"; tail -20 "$LOG"; }
  if grep -q DEVSTACK_READY "$LOG"; then
    sleep 5
    env PROFILE=1 CAPTURE=${CAPTURE:-15} bash bench/write-path.sh ${BENCH_ARGS:-3 20 30} > /tmp/write-bench-$V.txt 2>&1; echo "bench rc=$?" >> /tmp/write-bench-$V.txt
    tail -4 /tmp/write-bench-$V.txt
    rm -rf /tmp/write-out-$V; cp -a bench/target/write-path /tmp/write-out-$V
    if [ "$V" = after ]; then { time bash bench/write-path.sh --quick; } > /tmp/write-bench-quick.txt 2>&1; tail -4 /tmp/write-bench-quick.txt; fi
  fi
  kill -TERM -- -$RUN 2>/dev/null || kill -TERM $RUN
  for i in $(seq 1 40); do kill -0 $RUN 2>/dev/null || break; sleep 1; done
  sleep 2
  pgrep -af 'quarkus-run|InfraMain|postgres' | grep -v grep | cut -c1-150
done
date
