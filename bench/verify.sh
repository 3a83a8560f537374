#!/usr/bin/env bash
# Offline pass verifications per second on one core (BENCHMARKS.md): pass-verifier's VerifyBench, the JDK's Ed25519
# and BouncyCastle's side by side, on JDK 17 and on JDK 25, interleaved (17, 25, 17, 25 …), medians.
#   bench/verify.sh [--quick]              # --quick: 1 pair of JVM runs, 5 s warm-up, 3 rounds of 2 s (about a minute)
# env: PAIRS (3), WARMUP_S (10), SECONDS_PER_ROUND (5), ROUNDS (3), CPU (0), JDK17 (java on the PATH), JDK25
# (/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; skipped when missing). Needs nothing but the built pass-verifier.
set -euo pipefail
cd "$(dirname "$0")/.."
PAIRS=${PAIRS:-3} WARMUP_S=${WARMUP_S:-10} SECONDS_PER_ROUND=${SECONDS_PER_ROUND:-5} ROUNDS=${ROUNDS:-3} CPU=${CPU:-0}
if [ "${1:-}" = "--quick" ]; then PAIRS=1 WARMUP_S=5 SECONDS_PER_ROUND=2 ROUNDS=3; fi
JDK17=${JDK17:-java}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
GOAL=5000
JAR=pass-verifier/target/pass-verifier-1.0.0-SNAPSHOT.jar
[ -f "$JAR" ] && [ -f pass-verifier/target/verifier.classpath ] || ./mvnw -B -q -DskipTests package -pl pass-verifier -am
CP="$JAR:$(cat pass-verifier/target/verifier.classpath)"
command -v taskset >/dev/null || { echo "taskset (util-linux) is needed" >&2; exit 1; }
jvms=("$JDK17"); [ -x "$JDK25" ] && jvms+=("$JDK25") || echo "[verify] $JDK25 not found: JDK 25 skipped"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for ((pair = 1; pair <= PAIRS; pair++)); do
  for j in "${jvms[@]}"; do
    echo "== pair $pair: $("$j" -version 2>&1 | head -1)"
    taskset -c "$CPU" "$j" -Xms256m -Xmx256m -XX:+UseSerialGC -XX:ActiveProcessorCount=1 -cp "$CP" \
      cn.gov.epidemic.passes.VerifyBench "$WARMUP_S" "$SECONDS_PER_ROUND" "$ROUNDS" | tee -a "$out" | grep -v '^\[verify\]'
  done
done
bc_version=$(basename "$(tr ':' '\n' < pass-verifier/target/verifier.classpath | grep bcprov)" .jar | sed 's/^bcprov-jdk18on-//')
default=$(grep -o 'DEFAULT = [A-Z_]*' pass-verifier/src/main/java/cn/gov/epidemic/passes/Ed25519Engine.java | awk '{print $3}')
# the median of every round of every JVM run, per implementation and JDK
awk -v goal="$GOAL" -v bcv="$bc_version" -v def="$default" '
  /^\[verify\]/ {
    for (i = 2; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
    major = f["java"]; sub(/\..*/, "", major)
    key = f["engine"] " " major
    n = split(f["rounds"], r, "/")
    for (k = 1; k <= n; k++) v[key, ++c[key]] = r[k]
    keys[key] = 1
  }
  END {
    for (key in keys) {
      m = c[key]
      for (a = 1; a <= m; a++) x[a] = v[key, a]
      for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++) if (x[b] < x[a]) { t = x[a]; x[a] = x[b]; x[b] = t }
      med = m % 2 ? x[(m + 1) / 2] : (x[m / 2] + x[m / 2 + 1]) / 2
      split(key, e, " ")
      name = e[1] == "JDK" ? "JDK " e[2] " Ed25519" : "BouncyCastle " bcv " Ed25519 on JDK " e[2]
      printf "[bench] offline pass verifications on one core, %s = %.0f /s | goal >= %d /s | %s\n", name, med, goal, (med >= goal ? "met" : "NOT met")
      if (e[1] == def && e[2] == 17) shipped = med
    }
    if (shipped != "") printf "[bench] offline pass verifications on one core, the verifier as shipped (%s, JDK 17) = %.0f /s | goal >= %d /s | %s\n", def, shipped, goal, (shipped >= goal ? "met" : "NOT met")
  }' "$out" | sort
