#!/usr/bin/env bash
# Runs every test. Starts what the tests need (PostgreSQL; for the end-to-end suite also Keycloak and
# the services) and stops afterwards only what it started itself.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUN=$ROOT/.run
mkdir -p "$RUN"
started_pg=false
started_stack=false

cleanup() {
  if $started_stack; then "$ROOT/deploy/stop.sh"; fi
  if $started_pg; then "$ROOT/deploy/postgres.sh" stop; fi
}
trap cleanup EXIT

if [[ -z ${TIP_PG_URL:-} ]] && ! "$ROOT/deploy/postgres.sh" status; then
  started_pg=true
fi
TIP_PG_JDBC=$("$ROOT/deploy/postgres.sh" start)
export TIP_PG_JDBC

# Unit and integration tests of every module, each service on its own *_test database.
(cd "$ROOT" && mvn -B verify)

# End-to-end tests against the real stack (Keycloak, PostgreSQL, every service, the gateway): the
# security matrix, the graph as each role, and browser tests of the web client.
if curl -fs http://localhost:8080/q/health/ready >/dev/null 2>&1; then
  echo "test: a stack is running already (deploy/run.sh); the end-to-end tests use it" >&2
else
  started_stack=true
  # From here stop.sh stops PostgreSQL too, if this script started it.
  $started_pg && touch "$RUN/postgres.started-by-run" && started_pg=false
  # With Prometheus, so that the suite sees it scrape every service (ObservabilityTest).
  TIP_PROMETHEUS=1 "$ROOT/deploy/run.sh" --no-build
fi
(cd "$ROOT" && mvn -B verify -Pe2e -pl e2e-tests)
if [[ -x $ROOT/web-tests/run.sh ]]; then
  "$ROOT/web-tests/run.sh"
fi

# The same system with two replicas of every service and of the gateway behind HAProxy (issue 11), on
# the same PostgreSQL and Keycloak: a write through one replica read back through the other, the
# dataset loaded once by replicas starting together, replicas killed under load, the security matrix
# through the balancer. Only on a stack this script started: it takes the usual ports for HAProxy.
if $started_stack; then
  "$ROOT/deploy/stop.sh" --services
  # Forget earlier start-up loads, so that the two replicas starting together find the dataset not
  # loaded and one of them loads it (the databases' roles are deploy/postgres.sh's: password = name).
  for db in country victim recommendation; do
    psql -qAt "postgresql://$db:$db@${TIP_PG_JDBC#jdbc:postgresql://}/$db" \
      -c "delete from startup_task where task like 'dataset %' or task = 'demo cases'"
  done
  "$ROOT/deploy/run.sh" --no-build --replicas 2
  (cd "$ROOT" && mvn -B verify -Pe2e -pl e2e-tests -Dgroups=replicas -DexcludedGroups=none)
else
  echo "test: the replica tests need the usual ports for HAProxy; skipped on a stack this script did not start" >&2
fi
