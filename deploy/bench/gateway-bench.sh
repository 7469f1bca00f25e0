#!/usr/bin/env bash
# Benchmark of the gateway against the services it combines, with real tokens, on the running stack
# (deploy/run.sh), measuring every row of issue 10's table in one run:
#   * start-up of each service with its dataset already loaded (each is restarted as deploy/run.sh starts
#     it, with the same TIP_JAVA_OPTS; the log's "started in" and the wall time to ready);
#   * JIT warm-up: each scenario is driven in rounds until two consecutive rounds agree within 5 %, and
#     the time that took is printed (a fixed warm-up would measure the compiler, not the code);
#   * (a) one country's assessment through the gateway vs country-service directly with an RPT;
#     (b) every country with tier, statistics and recommendations vs the slowest direct call for the
#     same data; the direct list reads of victim-service and recommendation-service vs /countries;
#   * CPU time per request of every process (gateway, services, Keycloak, PostgreSQL) from /proc/<pid>/stat;
#   * resident memory (RSS) of every service after the run;
#   * case aggregates over 1M rows: victim-service/bench/bench.sh, only with TIP_BENCH_CASES=1 (it imports
#     a generated million-row file, ~10 minutes); otherwise its last run stays in docs/benchmarks.md.
# Writes its results between the gateway-bench markers of docs/benchmarks.md and leaves every other
# section of that file as it is.
#
#   deploy/bench/gateway-bench.sh [seconds per row, default 10] [connections, default 8: the gateway runs at
#   most 8 operations per caller at once (tip.graph.operations-per-caller) and refuses more; all rows use
#   the same number so that the gateway and the services are compared under the same load]
#   TIP_BENCH_RESTART=0   measure the running services as they are (no start-up row, no fresh JIT)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SECONDS_PER_RUN=${1:-10}
CONNECTIONS=${2:-8}
ROUND=${TIP_BENCH_ROUND:-5}          # seconds per warm-up round
MAX_ROUNDS=${TIP_BENCH_MAX_ROUNDS:-20}
OUT=$ROOT/docs/benchmarks.md
RUN=$ROOT/.run
REALM=http://localhost:8180/realms/tip-monitor
SERVICES=(country-service:8081 victim-service:8082 recommendation-service:8083 gateway:8080)
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; } >&2
log() { echo "bench: $*" >&2; }

token() { "$ROOT/deploy/keycloak.sh" token "$1"; }
rpt() {
  curl -fs -H "Authorization: Bearer $1" -d grant_type=urn:ietf:params:oauth:grant-type:uma-ticket \
    -d audience=tip-services "$REALM/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}

# --- processes and their CPU time ---------------------------------------------------------------
pid_of() {
  case $1 in
    keycloak) pgrep -P "$(cat "$RUN/keycloak/keycloak.pid")" java | head -n1 ;;
    postgres)
      local f
      for f in /tmp/tip-monitor-postgres-"${TIP_PG_PORT:-55432}"/postmaster.pid "$RUN/postgres/data/postmaster.pid"; do
        [[ -f $f ]] && { head -n1 "$f"; return; }
      done ;;
    *) cat "$RUN/pids/$1.pid" ;;
  esac
}
# CPU seconds (user + system, all threads) of a process; for PostgreSQL the postmaster and its backends.
cpu_of() {
  local pid; pid=$(pid_of "$1" 2>/dev/null) || { echo 0; return; }
  [[ -n $pid ]] || { echo 0; return; }
  local pids=$pid
  [[ $1 == postgres ]] && pids="$pid $(pgrep -P "$pid" | tr '\n' ' ')"
  local p; for p in $pids; do cat "/proc/$p/stat" 2>/dev/null; done |
    awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); t += $12 + $13 } END { printf "%.3f", t / hz }'
}
PROCS=(gateway country-service victim-service recommendation-service keycloak postgres)
cpu_all() { local p; for p in "${PROCS[@]}"; do printf '%s ' "$(cpu_of "$p")"; done; }
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$(pid_of "$1")/status"; }

# --- wrk ----------------------------------------------------------------------------------------
# drive <seconds> <bearer> <url> [graphql query] -> wrk's output
drive() {
  local seconds=$1 bearer=$2 url=$3 query=${4:-}
  if [[ -n $query ]]; then
    QUERY=$query wrk -t2 -c"$CONNECTIONS" -d"${seconds}s" --latency -s "$ROOT/deploy/bench/graphql.lua" \
      -H "Authorization: Bearer $bearer" "$url"
  else
    wrk -t2 -c"$CONNECTIONS" -d"${seconds}s" --latency -H "Authorization: Bearer $bearer" "$url"
  fi
}
rps_of() { awk '/Requests\/sec/ { print $2 }' <<<"$1"; }

# warm <label> <bearer> <url> [query]: rounds until two consecutive rounds agree within 5 %.
WARM_LINES=()
warm() {
  local label=$1 started=$SECONDS previous=0 rps n agreed=no
  for (( n = 1; n <= MAX_ROUNDS; n++ )); do
    rps=$(rps_of "$(drive "$ROUND" "$2" "$3" "${4:-}")")
    if awk -v a="$rps" -v b="$previous" 'BEGIN { exit !(b > 0 && a / b > 0.95 && a / b < 1.0 / 0.95) }'; then
      agreed=yes; break
    fi
    previous=$rps
  done
  local line
  line=$(printf '| %s | %d | %d s | %s | %s |' "$label" "$n" "$(( SECONDS - started ))" "$rps" \
    "$([[ $agreed == yes ]] && echo "within 5 %" || echo "**not settled after $MAX_ROUNDS rounds**")")
  WARM_LINES+=("$line")
  log "warm: $line"
}

# measure <key> <label> <bearer> <url> [query] -> one table row; RPS[key] for the ratios
declare -A RPS CPU_GW
measure() {
  local key=$1 label=$2 before after out
  before=$(cpu_all)
  out=$(drive "$SECONDS_PER_RUN" "$3" "$4" "${5:-}")
  after=$(cpu_all)
  local rps requests p50 p99 errors non2xx
  rps=$(rps_of "$out")
  requests=$(awk '/requests in/ { print $1 }' <<<"$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  non2xx=$(awk '/Non-2xx/ { print $5 }' <<<"$out")
  errors=$(awk '/graphql-errors/ { print $2 }' <<<"$out")
  RPS[$key]=$rps
  local cpu
  cpu=$(awk -v b="$before" -v a="$after" -v n="$requests" 'BEGIN {
    split(b, x, " "); split(a, y, " ");
    for (i = 1; i <= 6; i++) { d = (y[i] - x[i]) * 1000 / n; printf "%s%s", (i > 1 ? " | " : ""), (d < 0.005 ? "0" : sprintf("%.2f", d)) } }')
  CPU_GW[$key]=${cpu%% *}
  printf '| %s | %s | %s | %s | %s | %s |\n' "$label" "$rps" "$p50" "$p99" "${non2xx:-0}${errors:+ / $errors}" "$cpu"
}

A_QUERY='{ country(code: "RUS") { assessment { reportYear tier policyOrPattern prosecutionTrend protectionTrend preventionTrend lawEnforcement { dataYear investigations prosecutions convictions victimsIdentified reporting } } } }'
B_QUERY='{ countries { code name assessment { tier } statistics { metric year value lowerBound reporting } recommendations { id pillar text status } } }'
GW=http://localhost:8080/graphql
A_DIRECT="http://localhost:8081/api/v1/assessments?country=RUS"
COUNTRIES=http://localhost:8081/api/v1/countries
ASSESSMENTS=http://localhost:8081/api/v1/assessments
STATISTICS=http://localhost:8082/api/v1/statistics
RECOMMENDATIONS=http://localhost:8083/api/v1/recommendations
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# --- start-up: each service restarted as deploy/run.sh starts it, its dataset already loaded -----
STARTUP_LINES=()
if [[ ${TIP_BENCH_RESTART:-1} == 1 ]]; then
  for entry in "${SERVICES[@]}"; do
    name=${entry%%:*}
    pid=$(cat "$RUN/pids/$name.pid")
    kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    rm -f "$RUN/pids/$name.pid"
  done
  # run.sh starts what is not running, in order, each once the previous one is ready.
  "$ROOT/deploy/run.sh" --no-build >/dev/null 2>&1 &
  RUNNER=$!
  for entry in "${SERVICES[@]}"; do
    name=${entry%%:*}; port=${entry##*:}
    until [[ -f $RUN/pids/$name.pid ]]; do sleep 0.05; done
    until curl -fs "http://localhost:$port/q/health/ready" >/dev/null 2>&1; do sleep 0.05; done
    # From the process's own start (/proc/<pid>/stat field 22, in ticks since boot) to ready.
    ready=$(awk -v hz="$(getconf CLK_TCK)" -v up="$(cut -d' ' -f1 /proc/uptime)" \
      '{ sub(/^.*\) /, ""); printf "%.1f s", up - $20 / hz }' "/proc/$(cat "$RUN/pids/$name.pid")/stat")
    quarkus=$(grep -o 'started in [0-9.]*s' "$RUN/logs/$name.log" | tail -n1 | awk '{ print $3 }')
    STARTUP_LINES+=("| $name | ${quarkus%s} | $ready |")
    log "start-up: ${STARTUP_LINES[-1]}"
  done
fi

USER_TOKEN=$(token bob)
USER_RPT=$(rpt "$USER_TOKEN")
GW_STARTED=$SECONDS
warm "gateway (a) country(RUS).assessment" "$USER_TOKEN" "$GW" "$A_QUERY"
warm "gateway (b) countries { assessment statistics recommendations }" "$USER_TOKEN" "$GW" "$B_QUERY"
GW_WARM=$(( SECONDS - GW_STARTED ))
for url in "$A_DIRECT" "$COUNTRIES" "$ASSESSMENTS" "$STATISTICS" "$RECOMMENDATIONS"; do
  warm "direct ${url#http://localhost:}" "$USER_RPT" "$url"
done

TABLE=$(
  echo "| run | requests/s | p50 | p99 | non-2xx / GraphQL errors | CPU ms/request: gateway | country | victim | recommendation | Keycloak | PostgreSQL |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  echo "| **(a) one country's assessment** | | | | | | | | | | |"
  USER_TOKEN=$(token bob); USER_RPT=$(rpt "$USER_TOKEN")
  measure a_gw "gateway: country(RUS).assessment" "$USER_TOKEN" "$GW" "$A_QUERY"
  measure a_direct "direct: country-service assessments?country=RUS, RPT" "$USER_RPT" "$A_DIRECT"
  echo "| **(b) all countries with tier, statistics and recommendations** | | | | | | | | | | |"
  measure b_gw "gateway: countries { assessment statistics recommendations }" "$USER_TOKEN" "$GW" "$B_QUERY"
  measure countries "direct: country-service countries" "$USER_RPT" "$COUNTRIES"
  measure assessments "direct: country-service assessments (all)" "$USER_RPT" "$ASSESSMENTS"
  measure statistics "direct: victim-service statistics (all)" "$USER_RPT" "$STATISTICS"
  measure recommendations "direct: recommendation-service recommendations (all)" "$USER_RPT" "$RECOMMENDATIONS"
  echo "| **for comparison: a plain access token, not an RPT (the service asks Keycloak)** | | | | | | | | | | |"
  measure a_plain "direct: country-service assessments?country=RUS, access token" "$USER_TOKEN" "$A_DIRECT"
  declare -p RPS CPU_GW >"$RUN/bench-results"
)
source "$RUN/bench-results"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v v="$1" -v g="$2" -v op="$3" 'BEGIN { ok = (op == ">=" ? v >= g : v <= g); print (ok ? "met" : "**missed**") }'; }
SLOWEST=countries
for k in assessments statistics recommendations; do
  awk -v a="${RPS[$k]}" -v b="${RPS[$SLOWEST]}" 'BEGIN { exit !(a < b) }' && SLOWEST=$k
done
A_RATIO=$(ratio "${RPS[a_gw]}" "${RPS[a_direct]}")
B_FACTOR=$(ratio "${RPS[$SLOWEST]}" "${RPS[b_gw]}")
S_FACTOR=$(ratio "${RPS[countries]}" "${RPS[statistics]}")
R_FACTOR=$(ratio "${RPS[countries]}" "${RPS[recommendations]}")

RSS_LINES=()
for entry in "${SERVICES[@]}"; do
  name=${entry%%:*}
  RSS_LINES+=("| $name | $(rss_mb "$name") MB |")
done

SECTION=$(
  echo "<!-- gateway-bench:begin (written by deploy/bench/gateway-bench.sh; edit the script, not this) -->"
  echo "## Gateway and services (issue 10)"
  echo
  echo "Measured by \`deploy/bench/gateway-bench.sh $SECONDS_PER_RUN $CONNECTIONS\` on $(date -u '+%Y-%m-%d %H:%M') UTC on this"
  echo "$(nproc)-core machine, everything (PostgreSQL, Keycloak, three services, gateway, wrk) on the same cores,"
  echo "shared with other workers: load average (1, 5, 15 min) $LOAD_BEFORE before the run, $LOAD_AFTER after it."
  echo "JVM options: \`${TIP_JAVA_OPTS:-the default of deploy/run.sh}\`. wrk, 2 threads, $CONNECTIONS connections,"
  echo "$SECONDS_PER_RUN s per row, caller bob (analyst). CPU ms/request: CPU time (user + system, all threads) each"
  echo "process used during the row, divided by the row's requests; Keycloak near zero means no request paid a"
  echo "Keycloak round trip."
  echo
  echo "| goal (issue 10) | measured | goal | |"
  echo "| --- | --- | --- | --- |"
  echo "| (a) gateway vs direct (RPT), same run | ${RPS[a_gw]} vs ${RPS[a_direct]} req/s = $(awk -v r="$A_RATIO" 'BEGIN { printf "%.0f %%", r * 100 }') | ≥ 50 % | $(verdict "$A_RATIO" 0.5 ">=") |"
  echo "| (a) gateway requests/s | ${RPS[a_gw]} | ≥ 2,000 | $(verdict "${RPS[a_gw]}" 2000 ">=") |"
  echo "| (a) gateway CPU per request | ${CPU_GW[a_gw]} ms | ≤ 0.6 ms | $(verdict "${CPU_GW[a_gw]}" 0.6 "<=") |"
  echo "| (b) slowest direct call ($SLOWEST, ${RPS[$SLOWEST]} req/s) / gateway (${RPS[b_gw]} req/s) | ${B_FACTOR}× | ≤ 1.5× | $(verdict "$B_FACTOR" 1.5 "<=") |"
  echo "| /countries / victim-service /statistics | ${S_FACTOR}× | ≤ 1.5× | $(verdict "$S_FACTOR" 1.5 "<=") |"
  echo "| /countries / recommendation-service /recommendations | ${R_FACTOR}× | ≤ 1.5× | $(verdict "$R_FACTOR" 1.5 "<=") |"
  echo
  echo "$TABLE"
  echo
  echo "JIT warm-up: each scenario in rounds of $ROUND s until two consecutive rounds agree within 5 %"
  echo "(the gateway, freshly started$([[ ${TIP_BENCH_RESTART:-1} == 1 ]] || echo ": no, running already"), took $GW_WARM s for its two scenarios):"
  echo
  echo "| scenario | rounds | time | requests/s in the last round | |"
  echo "| --- | ---: | ---: | ---: | --- |"
  printf '%s\n' "${WARM_LINES[@]}"
  if (( ${#STARTUP_LINES[@]} )); then
    echo
    echo "Start-up, dataset already loaded (each restarted as deploy/run.sh starts it, one after the other):"
    echo
    echo "| service | Quarkus \"started in\" (s) | to ready (/q/health/ready) |"
    echo "| --- | ---: | ---: |"
    printf '%s\n' "${STARTUP_LINES[@]}"
  fi
  echo
  echo "Resident memory after the run (VmRSS):"
  echo
  echo "| service | RSS |"
  echo "| --- | ---: |"
  printf '%s\n' "${RSS_LINES[@]}"
  echo "<!-- gateway-bench:end -->"
)

# Case aggregates over 1M rows: their own benchmark (long); its output goes into its own section by hand.
if [[ ${TIP_BENCH_CASES:-0} == 1 ]]; then
  TIP_PG_JDBC=${TIP_PG_JDBC:-jdbc:postgresql://localhost:${TIP_PG_PORT:-55432}} \
    "$ROOT/victim-service/bench/bench.sh" 1000000 100 | tee "$RUN/case-bench.txt" >&2
fi

# Replace only this script's section; keep every other section (case aggregates, rate limit cost, profiles).
SECTION_FILE=$(mktemp)
echo "$SECTION" >"$SECTION_FILE"
if [[ -f $OUT ]] && grep -q '<!-- gateway-bench:begin' "$OUT"; then
  awk -v f="$SECTION_FILE" '
    /<!-- gateway-bench:begin/ { while ((getline l < f) > 0) print l; skip = 1; next }
    /<!-- gateway-bench:end/ { skip = 0; next }
    !skip' "$OUT" >"$OUT.new"
else
  { echo "# Benchmarks"; echo; cat "$SECTION_FILE"; echo; [[ -f $OUT ]] && sed '1{/^# Benchmarks/d}' "$OUT"; } >"$OUT.new"
fi
rm -f "$SECTION_FILE"
mv "$OUT.new" "$OUT"
echo "$SECTION"
