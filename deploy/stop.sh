#!/usr/bin/env bash
# Stops what deploy/run.sh started: the services, and Keycloak and PostgreSQL if run.sh started them.
#   deploy/stop.sh             all of it (with --replicas: every replica and HAProxy too)
#   deploy/stop.sh --services  the services, the gateway and HAProxy only; Keycloak and PostgreSQL run on
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUN=$ROOT/.run

for pidfile in "$RUN"/pids/*.pid; do
  [[ -f $pidfile ]] || continue
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    echo "stop: $(basename "$pidfile" .pid)" >&2
    kill "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null
  fi
  rm -f "$pidfile"
done
if [[ ${1:-} == --services ]]; then
  exit 0
fi
# The nodes of the Keycloak cluster deploy/run.sh --replicas started (deploy/replicas.sh).
for node in "$RUN"/keycloak-node*/; do
  [[ -f $node/keycloak.pid ]] || continue
  n=${node%/}
  TIP_KC_STATE=$n TIP_KC_LOG=$RUN/logs/keycloak-${n##*-node}.log "$ROOT/deploy/keycloak.sh" stop
done
if [[ -f $RUN/keycloak.started-by-run ]]; then
  "$ROOT/deploy/keycloak.sh" stop
  rm -f "$RUN/keycloak.started-by-run"
fi
if [[ -f $RUN/postgres.started-by-run ]]; then
  "$ROOT/deploy/postgres.sh" stop
  rm -f "$RUN/postgres.started-by-run"
fi
