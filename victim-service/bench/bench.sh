#!/usr/bin/env bash
# Benchmark of victim-service (not a test): import throughput of a generated 1,000,000-row CTDC file
# and aggregate latency (p50/p99) of one- and two-dimension group-bys over those rows.
#
#   victim-service/bench/bench.sh [ROWS] [REQUESTS]     defaults: 1000000 rows, 200 requests per query
#
# Needs the PostgreSQL of deploy/postgres.sh (or TIP_PG_JDBC) and a running Keycloak (deploy/keycloak.sh
# start; TIP_KEYCLOAK_URL, default http://localhost:8180): the policy enforcer is part of the build and
# fetches its configuration at the first request even though the run switches its API paths off. It uses
# the victim_test database, which the tests wipe anyway, and runs the service with authentication
# switched off: every caller is then anonymous, so aggregates take the partner path, disclosure control
# included (suppression and the cell-key perturbation; the daily partner budget is lifted for the run).
# Each query is measured in rounds of REQUESTS until two rounds' p50 agree (within 10% or 1 ms, at most
# 6 rounds); the last round is reported. At the end it measures utility: partner (perturbed) vs exact
# counts (read from the cube with psql) of every shown cell of several groupings, mean and maximum
# absolute difference.
#
# Side by side: TIP_BENCH_BASELINE=<a quarkus-app directory of another build> runs that build too, on the
# same database after the import (its migrations not run: it must not need a table the new one lacks),
# and measures every query on both, alternately, in the same run.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
ROWS=${1:-1000000}
REQUESTS=${2:-200}
PORT=${TIP_BENCH_PORT:-18082}
JDBC=${TIP_PG_JDBC:-jdbc:postgresql://localhost:55432}
KEYCLOAK=${TIP_KEYCLOAK_URL:-http://localhost:8180}
BASELINE=${TIP_BENCH_BASELINE:-}
WORK=$(mktemp -d)
PID=
BASE_PID=
trap 'kill $PID $BASE_PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
log() { echo "bench: $*" >&2; }

cd "$ROOT"
# Demo-only client secret of the services (as deploy/run.sh), unless set in the environment.
if [[ -z "${TIP_SERVICES_SECRET:-}" ]]; then
  TIP_SERVICES_SECRET=$(sed -n 's/^TIP_SERVICES_SECRET=//p' deploy/demo-secrets.env)
  export TIP_SERVICES_SECRET
fi
curl -fs -o /dev/null "$KEYCLOAK/realms/tip-monitor/.well-known/openid-configuration" \
  || { log "no Keycloak at $KEYCLOAK (deploy/keycloak.sh start, or set TIP_KEYCLOAK_URL)"; exit 1; }
[[ -f victim-service/target/quarkus-app/quarkus-run.jar ]] || mvn -B -q -pl victim-service -am package -DskipTests
log "generating $ROWS rows"
java -cp victim-service/target/classes org.tipmonitor.victim.cases.ctdc.CaseFileGenerator "$ROWS" 20250929 "$WORK/cases.csv"
log "file: $(du -h "$WORK/cases.csv" | cut -f1)"

# start APP_DIR PORT LOG [java options]: the service, anonymous callers on the partner path.
start() {
  local app=$1 port=$2 out=$3
  shift 3
  java -Xmx512m -Dquarkus.http.port="$port" -Dtip.pg.jdbc="$JDBC" -Dtip.keycloak.url="$KEYCLOAK" \
    -Dquarkus.datasource.jdbc.url="$JDBC/victim_test" "$@" \
    -Dtip.cases.demo.rows=0 -Dquarkus.oidc.tenant-enabled=false -Dquarkus.keycloak.policy-enforcer.paths.api.enforcement-mode=DISABLED -Dtip.disclosure.daily-queries=100000000 \
    -Dquarkus.http.auth.permission.read.policy=permit -Dquarkus.http.auth.permission.write.policy=permit \
    -jar "$app/quarkus-run.jar" >"$out" 2>&1 &
}
ready() {
  local port=$1 out=$2
  for _ in $(seq 1 120); do
    curl -fs "http://localhost:$port/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  curl -fs "http://localhost:$port/q/health/ready" >/dev/null || { cat "$out"; exit 1; }
}
start victim-service/target/quarkus-app "$PORT" "$WORK/service.log" \
  -Dquarkus.flyway.clean-at-start=true -Dquarkus.flyway.clean-disabled=false
PID=$!
ready "$PORT" "$WORK/service.log"

# The service's resident memory, sampled while the import runs, shows whether memory stays bounded.
( peak=0; while kill -0 "$PID" 2>/dev/null; do
    rss=$(ps -o rss= -p "$PID" | tr -d ' '); (( rss > peak )) && peak=$rss && echo "$peak" >"$WORK/peak"
    sleep 0.2; done ) &
SAMPLER=$!
log "importing"
start=$(date +%s.%N)
curl -fsS -H 'Content-Type: text/csv' --data-binary @"$WORK/cases.csv" \
  "http://localhost:$PORT/api/v1/case-records/import" >"$WORK/import.json"
end=$(date +%s.%N)
kill "$SAMPLER" 2>/dev/null || true
seconds=$(echo "$end - $start" | bc -l)
printf 'import: %s rows in %.1f s = %.0f rows/s; peak service RSS %d MB (heap capped at 512 MB)\n' \
  "$ROWS" "$seconds" "$(echo "$ROWS / $seconds" | bc -l)" "$(( $(cat "$WORK/peak") / 1024 ))"
log "$(cat "$WORK/import.json")"

if [[ -n "$BASELINE" ]]; then
  start "$BASELINE" "$((PORT + 1))" "$WORK/baseline.log" -Dquarkus.flyway.migrate-at-start=false
  BASE_PID=$!
  ready "$((PORT + 1))" "$WORK/baseline.log"
fi

# round PORT QUERY: REQUESTS sequential requests; prints "p50 p99" in ms.
round() {
  for _ in $(seq 1 "$REQUESTS"); do
    curl -fs -o /dev/null -w '%{time_total}\n' "http://localhost:$1/api/v1/case-statistics?$2"
  done | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "%.1f %.1f\n", t[int(NR * 0.5 + 0.5)], t[int(NR * 0.99 + 0.5)] }'
}
# measure NAME QUERY PORT...: rounds on each port in turn until, on every port, two consecutive rounds'
# p50 agree (within 10% or 1 ms; at most 6 rounds); prints the last round of each port on one line.
measure() {
  local name=$1 query=$2 line n port
  shift 2
  local -A last=() now=() settled=()
  for port in "$@"; do
    for _ in $(seq 1 20); do curl -fs -o /dev/null "http://localhost:$port/api/v1/case-statistics?$query"; done
  done
  for n in $(seq 1 6); do
    for port in "$@"; do
      [[ -n "${settled[$port]:-}" ]] && continue
      now[$port]=$(round "$port" "$query")
      if [[ -n "${last[$port]:-}" ]] && awk -v a="${last[$port]%% *}" -v b="${now[$port]%% *}" \
           'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= 1 || d <= 0.1 * a) }'; then
        settled[$port]=$n
      fi
      last[$port]=${now[$port]}
    done
    (( ${#settled[@]} == $# )) && break
  done
  line=$(printf '%-72s' "$name")
  for port in "$@"; do
    read -r p50 p99 <<<"${now[$port]}"
    line+=$(printf ' p50 %6.1f ms  p99 %6.1f ms (%s rounds)' "$p50" "$p99" "${settled[$port]:-6, unsettled}")
    [[ $# -gt 1 ]] && line+=" |"
  done
  echo "$line"
}
cells() { curl -fs "http://localhost:$PORT/api/v1/case-statistics?$1" | grep -o '"suppressed"' | wc -l; }
if [[ -n "$BASELINE" ]]; then
  echo "aggregates, partner path (disclosure control on), rounds of $REQUESTS requests; this build | baseline:"
else
  echo "aggregates, partner path (disclosure control on), rounds of $REQUESTS requests:"
fi
for q in "groupBy=YEAR" "groupBy=CITIZENSHIP" "groupBy=EXPLOITATION_TYPE" \
         "groupBy=YEAR&groupBy=GENDER" "groupBy=AGE_BROAD&groupBy=GENDER&yearFrom=2015&yearTo=2015" \
         "groupBy=CITIZENSHIP&groupBy=GENDER" "groupBy=CITIZENSHIP&groupBy=AGE_BROAD" \
         "groupBy=GENDER&citizenship=UKR" \
         "groupBy=CITIZENSHIP&groupBy=COUNTRY_OF_EXPLOITATION" \
         "groupBy=YEAR&groupBy=CITIZENSHIP&countryOfExploitation=RUS"; do
  measure "$q ($(cells "$q") cells)" "$q" "$PORT" ${BASELINE:+$((PORT + 1))}
done

PGPORT=${JDBC##*:}
for table in $(PGPASSWORD=victim psql -h localhost -p "$PGPORT" -U victim -d victim_test -qAt \
    -c "select tablename from pg_tables where tablename like 'case\\_cube%' order by 1"); do
  echo "$table: $(PGPASSWORD=victim psql -h localhost -p "$PGPORT" -U victim -d victim_test -qAt \
    -c "select count(*) from $table") rows"
done

# Utility: every shown partner cell (count >= k, perturbed) against its exact count from the cube.
PORT=$PORT PGPORT=$PGPORT python3 - <<'PY'
import json, os, subprocess, urllib.request
port, pgport = os.environ["PORT"], os.environ["PGPORT"]
column = {"YEAR": "year", "CITIZENSHIP": "citizenship", "COUNTRY_OF_EXPLOITATION": "country_of_exploitation",
          "GENDER": "gender", "AGE_BROAD": "age_broad"}
field = {"YEAR": "year", "CITIZENSHIP": "citizenship", "COUNTRY_OF_EXPLOITATION": "countryOfExploitation",
         "GENDER": "gender", "AGE_BROAD": "ageBroad"}
groupings = [[], ["YEAR"], ["CITIZENSHIP"], ["COUNTRY_OF_EXPLOITATION"], ["GENDER"], ["AGE_BROAD"],
             ["YEAR", "GENDER"], ["YEAR", "AGE_BROAD"], ["YEAR", "CITIZENSHIP"], ["CITIZENSHIP", "GENDER"],
             ["AGE_BROAD", "GENDER"], ["CITIZENSHIP", "COUNTRY_OF_EXPLOITATION"]]
diffs, noise = [], {}
for dims in groupings:
    q = "&".join("groupBy=" + d for d in dims)
    answer = json.load(urllib.request.urlopen(f"http://localhost:{port}/api/v1/case-statistics?{q}"))
    cols = [column[d] for d in dims]
    sql = ("select " + ", ".join(f"coalesce({c}::text, '')" for c in cols) + (", " if cols else "")
           + "sum(cases) from case_cube" + (" group by " + ", ".join(cols) if cols else ""))
    rows = subprocess.run(["psql", "-h", "localhost", "-p", pgport, "-U", "victim", "-d", "victim_test", "-qAt",
                           "-F", "	", "-c", sql], capture_output=True, text=True, check=True,
                          env={**os.environ, "PGPASSWORD": "victim"}).stdout.splitlines()
    exact = {tuple(r.split("	")[:-1]): int(r.split("	")[-1]) for r in rows}
    for cell in answer["cells"]:
        if cell["suppressed"]:
            continue
        key = tuple("" if cell[field[d]] is None else str(cell[field[d]]) for d in dims)
        d = cell["count"] - exact[key]
        diffs.append(abs(d)); noise[d] = noise.get(d, 0) + 1
    if answer["total"] is not None:
        d = answer["total"] - sum(exact.values())
        diffs.append(abs(d)); noise[d] = noise.get(d, 0) + 1
n = len(diffs)
print(f"utility: {n} shown partner cells and totals of {len(groupings)} groupings (all >= k): mean |partner - exact| "
      f"{sum(diffs) / n:.3f}, max {max(diffs)}; noise -3..3 seen: "
      + ", ".join(f"{d:+d}: {noise.get(d, 0) / n:.3f}" for d in range(-3, 4)))
PY
