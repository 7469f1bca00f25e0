#!/usr/bin/env bash
# The rate limit's cost on the gateway's hot path, side by side in one run: the same GraphQL query
# driven with wrk against the running gateway (deploy/run.sh) with the limit on (its default rate, which
# the run never reaches) and off (TIP_RATE_LIMIT_ENABLED=false), alternating, each twice, each warmed until
# two 5-s rounds agree within 5 %. The gateway is
# restarted between runs and left running with the limit on. Prints a Markdown table.
#
#   deploy/bench/rate-limit-bench.sh [seconds per run, default 15] [connections, default 8: the gateway runs at most 8 operations per caller at once]
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN=$ROOT/.run
SECONDS_PER_RUN=${1:-15}
CONNECTIONS=${2:-8}
QUERY='{ countries(tier: TIER_3, year: 2025) { code name assessment { tier } } }'
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; } >&2

restart_gateway() {  # $1: true|false (rate limit enabled)
  local pid; pid=$(cat "$RUN/pids/gateway.pid")
  kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
  # deploy/run.sh starts what is not running (here the gateway alone), with its usual JVM options.
  TIP_RATE_LIMIT_ENABLED=$1 "$ROOT/deploy/run.sh" --no-build >/dev/null 2>&1
}

bench() {  # $1: label
  local token out
  token=$("$ROOT/deploy/keycloak.sh" token alice)
  # Warm-up (JIT, the caller's RPT): 5-s rounds until two in a row agree within 5 % (at most 12).
  local previous=0 rate rounds=0
  while (( rounds < 12 )); do
    rate=$(QUERY=$QUERY wrk -t2 -c"$CONNECTIONS" -d5s -s "$ROOT/deploy/bench/graphql.lua" \
      -H "Authorization: Bearer $token" http://localhost:8080/graphql | awk '/Requests\/sec/ { print $2 }')
    rounds=$((rounds + 1))
    awk -v a="$rate" -v b="$previous" 'BEGIN { exit !(b > 0 && a > 0 && (a > b ? a - b : b - a) / b < 0.05) }' && break
    previous=$rate
  done
  echo "rate-limit-bench: $1 warmed in $rounds rounds" >&2
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
