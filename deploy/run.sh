#!/usr/bin/env bash
# Starts the whole system on its defaults: PostgreSQL, Keycloak with the tip-monitor realm, and every
# service from its built jar, with the datasets loaded. Safe to run twice; deploy/stop.sh stops it.
#
#   deploy/run.sh             build (skipping tests), then start what is not running yet
#   deploy/run.sh --no-build  start from the jars already built
#   deploy/run.sh --replicas 2  N replicas of every service and of the gateway (replica i of the service
#                             on port P listens on i*10000+P: 18081, 28081, ...) behind HAProxy, which
#                             takes the usual ports 8080-8083 (config generated into .run/haproxy.cfg)
#   --prometheus (or TIP_PROMETHEUS=1) also starts Prometheus (Debian package) scraping every service
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUN=$ROOT/.run
mkdir -p "$RUN/logs" "$RUN/pids"
# service:port, in start order (the gateway needs the others).
SERVICES=(country-service:8081 victim-service:8082 recommendation-service:8083 gateway:8080)
say() { echo "run: $*" >&2; }

# Demo-only client secrets (deploy/demo-secrets.env), each used only when not set in the environment.
source "$ROOT/deploy/demo-secrets.sh"

BUILD=true
REPLICAS=1
while [[ $# -gt 0 ]]; do
  case $1 in
    --no-build) BUILD=false ;;
    --replicas) REPLICAS=${2:?--replicas needs a number}; shift ;;
    --prometheus) TIP_PROMETHEUS=1 ;;
    *) say "unknown option $1 (--no-build, --replicas N, --prometheus)"; exit 2 ;;
  esac
  shift
done
[[ $REPLICAS =~ ^[1-9]$ ]] || { say "--replicas takes 1 to 9"; exit 2; }

if $BUILD; then
  say "building (mvn package, tests skipped)"
  (cd "$ROOT" && mvn -B -q package -DskipTests) >&2
fi

# PostgreSQL: remember whether we started it, so that stop.sh stops only what run.sh started.
if [[ -z ${TIP_PG_URL:-} ]] && ! "$ROOT/deploy/postgres.sh" status; then
  touch "$RUN/postgres.started-by-run"
fi
TIP_PG_JDBC=$("$ROOT/deploy/postgres.sh" start)
export TIP_PG_JDBC

# With replicas, Keycloak is a cluster of as many nodes behind HAProxy (deploy/replicas.sh).
if ((REPLICAS == 1)); then
  if ! "$ROOT/deploy/keycloak.sh" status >/dev/null 2>&1; then
    touch "$RUN/keycloak.started-by-run"
  fi
  "$ROOT/deploy/keycloak.sh" start >&2
fi

# JVM defaults for small services (issue 10; measured in docs/benchmarks.md): the serial collector (no
# concurrent GC threads or remembered sets to keep on two cores), a heap that starts small and is
# returned to the system when little of it is used, a bounded code cache and metaspace, smaller thread
# stacks; with glibc's malloc arenas capped (MALLOC_ARENA_MAX) they keep each service under 200 MB resident.
# The services' heap may grow to 256 MB (a million-row case import streams, it does not need more).
# TIP_JAVA_OPTS replaces them all.
# The gateway keeps a larger heap: its query limits admit answers of up to 50,000 values per operation
# and 8 operations per caller at once, and a fixed small young generation made its old generation fill
# (18 full collections in one benchmark run), so no -Xmn here.
SMALL_JVM="-XX:+UseSerialGC -Xms32m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 \
  -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -Xss512k"
heap_of() { [[ $1 == gateway ]] && echo -Xmx384m || echo -Xmx256m; }

# Runs (exec) one instance of a service with those defaults; deploy/replicas.sh starts every replica with it.
# A JVM that has run out of heap is in no state to serve: it exits (ExitOnOutOfMemoryError) rather
# than answer health checks while broken, so that what supervises it starts it afresh.
exec_service() {
  local name=$1 jar=$2
  MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} exec java ${TIP_JAVA_OPTS:-$SMALL_JVM $(heap_of "$name")} \
    -XX:+ExitOnOutOfMemoryError -jar "$jar"
}

alive() { [[ -f $RUN/pids/$1.pid ]] && kill -0 "$(cat "$RUN/pids/$1.pid")" 2>/dev/null; }

wait_ready() {
  local name=$1 port=$2 i
  for i in $(seq 1 120); do
    if curl -fs "http://localhost:$port/q/health/ready" >/dev/null 2>&1; then
      say "$name is ready on port $port"
      return 0
    fi
    alive "$name" || { say "$name died; see $RUN/logs/$name.log"; tail -n 30 "$RUN/logs/$name.log" >&2; return 1; }
    sleep 1
  done
  say "$name did not become ready in 120 s; see $RUN/logs/$name.log"
  return 1
}

if ((REPLICAS > 1)); then
  # The replicas and the balancer in front of them: deploy/replicas.sh (same helpers, same pid files).
  source "$ROOT/deploy/replicas.sh"
  start_replicated
  exit 0
fi

for entry in "${SERVICES[@]}"; do
  name=${entry%%:*}; port=${entry##*:}
  jar=$ROOT/$name/target/quarkus-app/quarkus-run.jar
  [[ -f $jar ]] || continue
  if alive "$name"; then
    say "$name is running already"
    continue
  fi
  say "starting $name"
  (cd "$ROOT/$name" && exec_service "$name" "$jar" >"$RUN/logs/$name.log" 2>&1) &
  echo $! >"$RUN/pids/$name.pid"
  wait_ready "$name" "$port"
done

# Prometheus, when asked for: deploy/prometheus/prometheus.yml, data in .run/prometheus, as its own
# system user when run as root (as PostgreSQL is), on TIP_PROMETHEUS_PORT (9090).
if [[ ${TIP_PROMETHEUS:-0} == 1 ]] && ! alive prometheus; then
  if ! command -v prometheus >/dev/null; then
    say "installing Prometheus (Debian package prometheus)"
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq prometheus >&2
  fi
  mkdir -p "$RUN/prometheus"
  as=()
  if [[ $(id -u) == 0 ]]; then
    chown prometheus "$RUN/prometheus"
    as=(setpriv --reuid=prometheus --regid=prometheus --init-groups)
  fi
  say "starting Prometheus on port ${TIP_PROMETHEUS_PORT:-9090}"
  "${as[@]}" prometheus --config.file="$ROOT/deploy/prometheus/prometheus.yml" \
    --storage.tsdb.path="$RUN/prometheus" --web.listen-address="127.0.0.1:${TIP_PROMETHEUS_PORT:-9090}" \
    >"$RUN/logs/prometheus.log" 2>&1 &
  echo $! >"$RUN/pids/prometheus.pid"
fi

cat <<EOF2

TIP Monitor is running (logs in .run/logs, stop with deploy/stop.sh):
  GraphQL gateway      http://localhost:8080/graphql   (web client http://localhost:8080/)
  country-service      http://localhost:8081/q/swagger-ui
  victim-service       http://localhost:8082/q/swagger-ui
  recommendation-svc   http://localhost:8083/q/swagger-ui
  Keycloak             http://localhost:8180  (realm tip-monitor; console admin/admin)
  PostgreSQL           $TIP_PG_JDBC
Demo users (demo only; password = user name): alice (admin), bob (analyst), carol and dave (partners).
A token for scripts: deploy/keycloak.sh token alice
EOF2
