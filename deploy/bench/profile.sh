#!/usr/bin/env bash
# Where the CPU goes under load, with Java Flight Recorder (in the JDK, nothing to install): starts a
# recording in the running services (jcmd, no restart), drives the same scenarios as gateway-bench.sh,
# dumps the recordings and prints, per process, the hottest frames: "self" (the top of the stack, where
# the CPU is spent) and "inclusive" (in the stack at all, what the time is spent for).
#
#   deploy/bench/profile.sh [seconds per scenario, default 15]     on the running stack (deploy/run.sh)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SECONDS_PER_RUN=${1:-15}   # or --analyze: only print the recordings of the last run again
RUN=$ROOT/.run
OUT=$RUN/profile
mkdir -p "$OUT"
REALM=http://localhost:8180/realms/tip-monitor
NAMES=(gateway country-service victim-service recommendation-service)

[[ ${1:-} == --analyze ]] || TOKEN=$("$ROOT/deploy/keycloak.sh" token bob)
[[ ${1:-} == --analyze ]] || RPT=$(curl -fs -H "Authorization: Bearer $TOKEN" -d grant_type=urn:ietf:params:oauth:grant-type:uma-ticket \
  -d audience=tip-services "$REALM/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
A_QUERY='{ country(code: "RUS") { assessment { reportYear tier policyOrPattern prosecutionTrend protectionTrend preventionTrend lawEnforcement { dataYear investigations prosecutions convictions victimsIdentified reporting } } } }'
B_QUERY='{ countries { code name assessment { tier } statistics { metric year value lowerBound reporting } recommendations { id pillar text status } } }'

if [[ ${1:-} == --analyze ]]; then SKIP_RECORDING=1; SECONDS_PER_RUN=15; fi
if [[ -z ${SKIP_RECORDING:-} ]]; then
for name in "${NAMES[@]}"; do
  jcmd "$(cat "$RUN/pids/$name.pid")" JFR.start name=bench settings=profile >/dev/null
done
gql() { QUERY=$1 wrk -t2 -c8 -d"${SECONDS_PER_RUN}s" -s "$ROOT/deploy/bench/graphql.lua" -H "Authorization: Bearer $TOKEN" \
  http://localhost:8080/graphql >/dev/null; }
gql "$A_QUERY"
gql "$B_QUERY"
for url in http://localhost:8082/api/v1/statistics http://localhost:8083/api/v1/recommendations; do
  wrk -t2 -c8 -d"${SECONDS_PER_RUN}s" -H "Authorization: Bearer $RPT" "$url" >/dev/null
done
for name in "${NAMES[@]}"; do
  pid=$(cat "$RUN/pids/$name.pid")
  jcmd "$pid" JFR.dump name=bench filename="$OUT/$name.jfr" >/dev/null
  jcmd "$pid" JFR.stop name=bench >/dev/null
done
fi

# head closes its pipe early: that is not a failure.
set +o pipefail

for name in "${NAMES[@]}"; do
  jfr print --events jdk.ExecutionSample --stack-depth 64 "$OUT/$name.jfr" >"$OUT/$name.txt"
  total=$(grep -c 'jdk.ExecutionSample' "$OUT/$name.txt" || true)
  echo "== $name: $total CPU samples"
  echo "-- self (top of stack)"
  awk '/stackTrace = \[/ { getline; sub(/^ +/, ""); sub(/ +line:.*/, ""); print }' "$OUT/$name.txt" |
    sort | uniq -c | sort -rn | head -n 15 | awk -v t="$total" '{ n = $1; $1 = ""; printf "%5.1f %%%s\n", 100 * n / t, $0 }'
  echo "-- inclusive (application and framework frames, once per sample)"
  awk '/stackTrace = \[/ { inside = 1; delete seen; next }
       inside && /^ *\]/ { inside = 0; next }
       inside { f = $0; sub(/^ +/, "", f); sub(/ +line:.*/, "", f); if (!(f in seen)) { seen[f] = 1; print f } }' \
    "$OUT/$name.txt" | grep -E 'org\.tipmonitor|graphql\.|smallrye|hibernate|jackson|resteasy|vertx\.core\.http|oidc|jose4j|keycloak|caffeine|mutiny' |
    sort | uniq -c | sort -rn | head -n 30 | awk -v t="$total" '{ n = $1; $1 = ""; printf "%5.1f %%%s\n", 100 * n / t, $0 }'
done
