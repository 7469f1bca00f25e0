#!/usr/bin/env bash
# The rate limit's cost on the gateway's hot path, side by side in one run: the same GraphQL query
# driven with wrk against the running gateway (deploy/run.sh) with the limit on (its default rate, which
# the run never reaches) and off (TIP_RATE_LIMIT_ENABLED=false), alternating, each twice. The gateway is
# restarted between runs and left running with the limit on. Prints a Markdown table.
#
#   deploy/bench/rate-limit-bench.sh [seconds per run, default 15] [connections, default 16]
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN=$ROOT/.run
SECONDS_PER_RUN=${1:-15}
CONNECTIONS=${2:-16}
QUERY='{ countries(tier: TIER_3, year: 2025) { code name assessment { tier } } }'
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; } >&2
source "$ROOT/deploy/demo-secrets.sh"

restart_gateway() {  # $1: true|false (rate limit enabled)
  local pid; pid=$(cat "$RUN/pids/gateway.pid")
  kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
  (cd "$ROOT/gateway" && TIP_RATE_LIMIT_ENABLED=$1 exec java ${TIP_JAVA_OPTS:--Xmx384m} -XX:+ExitOnOutOfMemoryError \
    -jar target/quarkus-app/quarkus-run.jar >>"$RUN/logs/gateway.log" 2>&1) &
  echo $! >"$RUN/pids/gateway.pid"
  until curl -fs http://localhost:8080/q/health/ready >/dev/null 2>&1; do sleep 1; done
}

bench() {  # $1: label
  local token out
  token=$("$ROOT/deploy/keycloak.sh" token alice)
  # Warm-up (JIT, the caller's RPT), then the measured run.
  QUERY=$QUERY wrk -t2 -c"$CONNECTIONS" -d5s -s "$ROOT/deploy/bench/graphql.lua" -H "Authorization: Bearer $token" \
    http://localhost:8080/graphql >/dev/null
  out=$(QUERY=$QUERY wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s "$ROOT/deploy/bench/graphql.lua" \
    -H "Authorization: Bearer $token" http://localhost:8080/graphql)
  printf '| %s | %s | %s | %s | %s |\n' "$1" "$(awk '/Requests\/sec/ { print $2 }' <<<"$out")" \
    "$(awk '$1 == "50%" { print $2 }' <<<"$out")" "$(awk '$1 == "99%" { print $2 }' <<<"$out")" \
    "$(awk '/graphql-errors/ { print $2 }' <<<"$out")"
}

echo "| rate limit | requests/s | p50 | p99 | errors |"
echo "| --- | ---: | ---: | ---: | ---: |"
for round in 1 2; do
  restart_gateway true; bench "on (round $round)"
  restart_gateway false; bench "off (round $round)"
done
restart_gateway true
