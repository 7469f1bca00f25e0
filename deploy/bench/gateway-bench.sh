#!/usr/bin/env bash
# Benchmark of the gateway against the services it combines, with real tokens, on the running stack
# (deploy/run.sh). For each scenario, wrk drives the gateway and, in the same run, each service
# directly for the same data; Keycloak's CPU time during each run shows whether requests paid a
# Keycloak round trip. Writes docs/benchmarks.md.
#
#   deploy/bench/gateway-bench.sh [seconds per run, default 15] [connections, default 16]
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SECONDS_PER_RUN=${1:-15}
CONNECTIONS=${2:-16}
OUT=$ROOT/docs/benchmarks.md
REALM=http://localhost:8180/realms/tip-monitor
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; } >&2

token() { "$ROOT/deploy/keycloak.sh" token "$1"; }
rpt() {
  curl -fs -H "Authorization: Bearer $1" -d grant_type=urn:ietf:params:oauth:grant-type:uma-ticket \
    -d audience=tip-services "$REALM/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
keycloak_cpu() {  # user+system CPU seconds so far of Keycloak's JVM (the child of kc.sh)
  local pid; pid=$(pgrep -P "$(cat "$ROOT/.run/keycloak/keycloak.pid")" java | head -n1)
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$pid/stat"
}

# run <label> <bearer> <url> [graphql query] -> one table row
run() {
  local label=$1 bearer=$2 url=$3 query=${4:-} before after out
  before=$(keycloak_cpu)
  if [[ -n $query ]]; then
    out=$(QUERY=$query wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s "$ROOT/deploy/bench/graphql.lua" \
      -H "Authorization: Bearer $bearer" "$url")
  else
    out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -H "Authorization: Bearer $bearer" "$url")
  fi
  after=$(keycloak_cpu)
  local rps p50 p99 errors non2xx
  rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  non2xx=$(awk '/Non-2xx/ { print $5 }' <<<"$out")
  errors=$(awk '/graphql-errors/ { print $2 }' <<<"$out")
  printf '| %s | %s | %s | %s | %s | %s |\n' "$label" "$rps" "$p50" "$p99" \
    "$(awk -v a="$after" -v b="$before" 'BEGIN { printf "%.1f", a - b }')" "${non2xx:-0}${errors:+ / $errors}"
}

A_QUERY='{ country(code: "RUS") { assessment { reportYear tier policyOrPattern prosecutionTrend protectionTrend preventionTrend lawEnforcement { dataYear investigations prosecutions convictions victimsIdentified reporting } } } }'
B_QUERY='{ countries { code name assessment { tier } statistics { metric year value lowerBound reporting } recommendations { id pillar text status } } }'

# Warm-up: the JIT needs a few thousand requests before numbers mean anything; these are discarded.
warm() { QUERY=$1 wrk -t2 -c"$CONNECTIONS" -d10s -s "$ROOT/deploy/bench/graphql.lua" -H "Authorization: Bearer $2" \
  http://localhost:8080/graphql >/dev/null; }
warm_direct() { wrk -t2 -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $2" "$1" >/dev/null; }

USER_TOKEN=$(token bob)
USER_RPT=$(rpt "$USER_TOKEN")
warm "$A_QUERY" "$USER_TOKEN"
warm "$B_QUERY" "$USER_TOKEN"
for url in "http://localhost:8081/api/v1/assessments?country=RUS" http://localhost:8082/api/v1/statistics \
  http://localhost:8083/api/v1/recommendations; do
  warm_direct "$url" "$USER_RPT"
done

{
  echo "# Benchmarks"
  echo
  echo "Measured by \`deploy/bench/gateway-bench.sh $SECONDS_PER_RUN $CONNECTIONS\` on $(date -u +%Y-%m-%d) on this"
  echo "$(nproc)-core machine, everything (PostgreSQL, Keycloak, three services, gateway, wrk) on the same cores:"
  echo "wrk, 2 threads, $CONNECTIONS connections, ${SECONDS_PER_RUN} s per row, caller bob (analyst). \"Keycloak CPU\" is the"
  echo "CPU time Keycloak used during the row: near zero means no request paid a Keycloak round trip."
  echo
  echo "| run | requests/s | p50 | p99 | Keycloak CPU (s) | non-2xx / GraphQL errors |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  echo "| **(a) one country's assessment** | | | | | |"
  USER_TOKEN=$(token bob); USER_RPT=$(rpt "$USER_TOKEN")
  run "gateway: country(RUS).assessment" "$USER_TOKEN" http://localhost:8080/graphql "$A_QUERY"
  run "direct: country-service assessments?country=RUS, RPT" "$USER_RPT" "http://localhost:8081/api/v1/assessments?country=RUS"
  run "direct: the same with a plain access token" "$USER_TOKEN" "http://localhost:8081/api/v1/assessments?country=RUS"
  echo "| **(b) all countries with tier, statistics and recommendations** | | | | | |"
  USER_TOKEN=$(token bob); USER_RPT=$(rpt "$USER_TOKEN")
  run "gateway: countries { assessment statistics recommendations }" "$USER_TOKEN" http://localhost:8080/graphql "$B_QUERY"
  run "direct: country-service countries" "$USER_RPT" http://localhost:8081/api/v1/countries
  run "direct: country-service assessments (all)" "$USER_RPT" http://localhost:8081/api/v1/assessments
  USER_TOKEN=$(token bob); USER_RPT=$(rpt "$USER_TOKEN")
  run "direct: victim-service statistics (all)" "$USER_RPT" http://localhost:8082/api/v1/statistics
  run "direct: recommendation-service recommendations (all)" "$USER_RPT" http://localhost:8083/api/v1/recommendations
} >"$OUT.new"
mv "$OUT.new" "$OUT"
cat "$OUT"
