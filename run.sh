#!/usr/bin/env bash
# The run command (README.md, "Quick start"): builds what is missing or stale, then starts a real PostgreSQL and a
# real Kafka broker, every service on its own database, then loads the demo data of the source document through the
# gateway's API (demo module), so that its events flow between the services as in production.
#   ./run.sh            start (data kept in .devstack/ between runs)
#   ./run.sh --reset    start from empty data (demo data is loaded again)
#   ./run.sh --no-demo  start without demo data
#   ./run.sh --rebuild  build again first
#   ./run.sh --follow-logs  also copy every application's output to the console (otherwise only in .devstack/logs/)
#   ./run.sh token [--seconds N] [ROLE...]   print a fresh service token (5 min; every role when none is named)
# Ctrl-C stops everything. A launcher killed with -9 takes the services and the infrastructure down with it.
set -euo pipefail
cd "$(dirname "$0")"

REBUILD=0
ARGS=()
for a in "$@"; do
  case "$a" in
    --rebuild) REBUILD=1 ;;
    *) ARGS+=("$a") ;;
  esac
done

JAR_DEVSTACK=devstack/target/devstack-1.0.0-SNAPSHOT.jar
# the launcher's dependencies (the demo loader, Jackson, ...), written by the devstack build
CP_DEVSTACK=devstack/target/classes/devstack-runtime.classpath
# name=jar:port[:database], started in this order; the gateway last (management interface on port + 1000)
SERVICES=(
  "personnel=personnel-service/target/quarkus-app/quarkus-run.jar:8081:personnel"
  "supplies=supplies-service/target/quarkus-app/quarkus-run.jar:8082:supplies"
  "checkpoint=checkpoint-service/target/quarkus-app/quarkus-run.jar:8083:checkpoint"
  "gateway=gateway/target/quarkus-app/quarkus-run.jar:8080"
)
if [ "${1:-}" = token ]; then # signed with the key of .devstack/keys/, made by the first start
  shift
  if [ ! -f "$JAR_DEVSTACK" ] || [ ! -f "$CP_DEVSTACK" ] || [ ! -f .devstack/keys/token-private.pem ]; then echo "start the suite once first (./run.sh)" >&2; exit 2; fi
  exec java -cp "$JAR_DEVSTACK:$(cat "$CP_DEVSTACK")" cn.gov.epidemic.devstack.MintToken "$@"
fi
# stale(OUTPUT, DIR...): OUTPUT is missing or older than a source or pom of a DIR it is built from
stale() {
  local out=$1; shift
  [ ! -f "$out" ] || [ -n "$(find "$@" -newer "$out" \( -path '*/src/*' -o -name pom.xml \) -print -quit 2>/dev/null)" ]
}
SHARED=(pom.xml kit-web kit pass-verifier)
NEEDS_BUILD=$REBUILD
for a in personnel-service supplies-service checkpoint-service; do
  stale "$a/target/quarkus-app/quarkus-run.jar" "${SHARED[@]}" "$a" && NEEDS_BUILD=1
done
# the gateway serves the catalogue written from the services' event declarations
stale gateway/target/quarkus-app/quarkus-run.jar "${SHARED[@]}" gateway personnel-service supplies-service checkpoint-service && NEEDS_BUILD=1
{ stale "$JAR_DEVSTACK" pom.xml devstack demo || [ ! -f "$CP_DEVSTACK" ]; } && NEEDS_BUILD=1
if [ "$NEEDS_BUILD" = 1 ]; then
  # package, not install: the launcher's classpath names the reactor's own jars (demo/target/...), so nothing needs to
  # go into ~/.m2
  echo "[run] building (./mvnw -DskipTests package) ..."
  ./mvnw -B -q -DskipTests package
fi

SVC_ARGS=()
for s in "${SERVICES[@]}"; do SVC_ARGS+=(--service "$s"); done
# PostgreSQL and Kafka run in a child JVM; the launcher itself loads the demo data through the gateway (demo module)
exec java -Xmx128m -cp "$JAR_DEVSTACK:$(cat "$CP_DEVSTACK")" cn.gov.epidemic.devstack.DevStack "${SVC_ARGS[@]}" ${ARGS[@]+"${ARGS[@]}"}
