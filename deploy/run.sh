#!/usr/bin/env bash
# Starts the whole system on its defaults: PostgreSQL, Keycloak with the tip-monitor realm, and every
# service from its built jar, with the datasets loaded. Safe to run twice; deploy/stop.sh stops it.
#
#   deploy/run.sh             build (skipping tests), then start what is not running yet
#   deploy/run.sh --no-build  start from the jars already built
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

build=true
for arg in "$@"; do
  case $arg in
    --no-build) build=false ;;
    --prometheus) TIP_PROMETHEUS=1 ;;
  esac
done

if $build; then
  say "building (mvn package, tests skipped)"
  (cd "$ROOT" && mvn -B -q package -DskipTests) >&2
fi

# PostgreSQL: remember whether we started it, so that stop.sh stops only what run.sh started.
if [[ -z ${TIP_PG_URL:-} ]] && ! "$ROOT/deploy/postgres.sh" status; then
  touch "$RUN/postgres.started-by-run"
fi
TIP_PG_JDBC=$("$ROOT/deploy/postgres.sh" start)
export TIP_PG_JDBC

if ! "$ROOT/deploy/keycloak.sh" status >/dev/null 2>&1; then
  touch "$RUN/keycloak.started-by-run"
fi
"$ROOT/deploy/keycloak.sh" start >&2

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

for entry in "${SERVICES[@]}"; do
  name=${entry%%:*}; port=${entry##*:}
  jar=$ROOT/$name/target/quarkus-app/quarkus-run.jar
  [[ -f $jar ]] || continue
  if alive "$name"; then
    say "$name is running already"
    continue
  fi
  say "starting $name"
  # A JVM that has run out of heap is in no state to serve: it exits (ExitOnOutOfMemoryError) rather
  # than answer health checks while broken, so that what supervises it starts it afresh.
  (cd "$ROOT/$name" && exec java ${TIP_JAVA_OPTS:--Xmx384m} -XX:+ExitOnOutOfMemoryError -jar "$jar" \
    >"$RUN/logs/$name.log" 2>&1) &
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
