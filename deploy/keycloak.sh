#!/usr/bin/env bash
# Runs a real Keycloak (no Docker) with the tip-monitor realm for local runs and tests, in production
# mode on its own database in the private PostgreSQL (deploy/postgres.sh), as a cluster would run it.
#
#   deploy/keycloak.sh start              fetch (Maven) and unpack the distribution once, start it in the
#                                         background, import the realm when absent, wait until ready, then
#                                         import the demo users, partner systems and organizations
#                                         (deploy/keycloak/demo; skipped with KC_DEMO=false)
#   deploy/keycloak.sh add-organization <alias> <name> <domain> [member ...]
#                                         an organization of the realm and its first members (user names,
#                                         or service-account-<client> for a partner system); idempotent
#   deploy/keycloak.sh stop               stop the Keycloak this script started (pid file)
#   deploy/keycloak.sh status             exit 0 when it is running and ready
#   deploy/keycloak.sh token <user> [pw]  print an access token of a demo user (client tip-cli, password grant)
#   deploy/keycloak.sh reset              stop and drop Keycloak's database (the realm is re-imported at next start)
#
# Issuer: $KC_HOSTNAME/realms/tip-monitor, by default http://localhost:8180/realms/tip-monitor; a host
# name other than localhost needs the services told too (TIP_KEYCLOAK_URL).
# Everything lives under .run/keycloak (git-ignored); the log is .run/logs/keycloak.log.
# Demo-only credentials: admin console admin/admin, demo users' passwords = user names.
# Environment: KC_PORT (8180), KC_MGMT_PORT (9000), KC_HTTP_HOST (127.0.0.1), KC_HOSTNAME
# (http://localhost:$KC_PORT), KC_HEAP (-Xms64m -Xmx512m), KC_START_TIMEOUT (seconds, 600), KC_DEMO (true),
# TIP_PG_PORT / TIP_PG_URL (as deploy/postgres.sh). See deploy/keycloak/README.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VERSION=26.5.6
REALM=tip-monitor
PORT=${KC_PORT:-8180}
MGMT_PORT=${KC_MGMT_PORT:-9000}
HTTP_HOST=${KC_HTTP_HOST:-127.0.0.1}
HEAP=${KC_HEAP:--Xms64m -Xmx512m}
TIMEOUT=${KC_START_TIMEOUT:-600}
BASE_URL=${KC_HOSTNAME:-http://localhost:$PORT}
# Scripts on this machine talk to Keycloak on loopback whatever its public host name.
LOCAL_URL=http://localhost:$PORT
ISSUER=$BASE_URL/realms/$REALM
LOCAL_ISSUER=$LOCAL_URL/realms/$REALM
DEMO=${KC_DEMO:-true}

# TIP_KC_STATE, TIP_KC_LOG: another node's own copy and log (deploy/replicas.sh runs two nodes as a cluster).
STATE=${TIP_KC_STATE:-$ROOT/.run/keycloak}
DIST_PARENT=$STATE/dist
HOME_DIR=$DIST_PARENT/keycloak-$VERSION
PID_FILE=$STATE/keycloak.pid
BUILD_STAMP=$STATE/build-options
LOG_DIR=$ROOT/.run/logs
LOG=${TIP_KC_LOG:-$LOG_DIR/keycloak.log}
REALM_FILE=$ROOT/deploy/keycloak/$REALM-realm.json
DEMO_DIR=$ROOT/deploy/keycloak/demo
KCADM_CONFIG=$STATE/kcadm.config

# Demo-only client secrets (deploy/demo-secrets.env), each used only when not set in the environment.
source "$ROOT/deploy/demo-secrets.sh"
source "$ROOT/deploy/processes.sh"

# Build-time options of the optimized server ('kc.sh build'); a change triggers a rebuild.
BUILD_OPTS=(--db=postgres --health-enabled=true --cache="${TIP_KC_CACHE:-local}")
# Run-time options.
RUN_OPTS=(--http-enabled=true --http-host="$HTTP_HOST" --http-port="$PORT" --http-management-port="$MGMT_PORT"
  --hostname="$BASE_URL" --hostname-strict=true --import-realm)
# TIP_KC_CACHE=ispn TIP_KC_CACHE_PORT=<port>: a node of a cluster (Infinispan; the nodes find each other through
# the database, Keycloak's default jdbc-ping stack), talking to the others on the loopback at that port.
if [[ ${TIP_KC_CACHE:-local} == ispn ]]; then
  RUN_OPTS+=(--cache-embedded-network-bind-address=127.0.0.1 --cache-embedded-network-bind-port="${TIP_KC_CACHE_PORT:-7800}")
fi

log() { echo "keycloak: $*" >&2; }

fetch() {
  [[ -x $HOME_DIR/bin/kc.sh ]] && return
  log "fetching org.keycloak:keycloak-quarkus-dist:$VERSION:zip with Maven (about 165 MB, once)"
  mvn -q -B -f "$ROOT/deploy/keycloak/pom.xml" dependency:unpack \
    -Dkeycloak.version="$VERSION" -Dkeycloak.unpack.dir="$DIST_PARENT" >>"$LOG" 2>&1 \
    || { log "Maven failed, see $LOG"; tail -n 20 "$LOG" >&2; exit 1; }
  [[ -x $HOME_DIR/bin/kc.sh ]] || { log "unpacking failed: $HOME_DIR/bin/kc.sh is missing"; exit 1; }
}

# 'kc.sh build' once per set of build options, so that 'start --optimized' skips the slow augmentation.
build() {
  local wanted="$VERSION ${BUILD_OPTS[*]}"
  [[ -f $BUILD_STAMP && $(cat "$BUILD_STAMP") == "$wanted" ]] && return
  log "building the optimized server (once)"
  JAVA_OPTS_KC_HEAP="$HEAP" "$HOME_DIR/bin/kc.sh" build "${BUILD_OPTS[@]}" >>"$LOG" 2>&1 \
    || { log "build failed, see $LOG"; exit 1; }
  echo "$wanted" >"$BUILD_STAMP"
}

pid() { [[ -f $PID_FILE ]] && cat "$PID_FILE"; }

# True when the pid file names a live process started by this script (a Keycloak java process).
alive() {
  local p; p=$(pid) || return 1
  [[ -n $p ]] && kill -0 "$p" 2>/dev/null && grep -q "keycloak" "/proc/$p/cmdline" 2>/dev/null
}

ready() { curl -fsS -o /dev/null --max-time 5 "http://localhost:$MGMT_PORT/health/ready" 2>/dev/null; }

realm_ready() { curl -fsS -o /dev/null --max-time 5 "$LOCAL_ISSUER/.well-known/openid-configuration" 2>/dev/null; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  mkdir -p "$STATE" "$LOG_DIR"
  if alive; then
    log "already running (pid $(pid)) at $BASE_URL"
  else
    rm -f "$PID_FILE"
    for p in "$PORT" "$MGMT_PORT"; do
      if port_busy "$p"; then log "port $p is taken by another process; set KC_PORT / KC_MGMT_PORT"; exit 1; fi
    done
    fetch
    build
    # Its database in the private PostgreSQL (or $TIP_PG_URL's server); created when absent.
    local jdbc; jdbc=$("$ROOT/deploy/postgres.sh" start)
    # The realm is imported from data/import only when it does not exist yet (see 'reset').
    mkdir -p "$HOME_DIR/data/import"
    cp "$REALM_FILE" "$HOME_DIR/data/import/$REALM-realm.json"
    log "starting on $BASE_URL (management $MGMT_PORT), log $LOG"
    local t0=$SECONDS
    (
      cd "$HOME_DIR"
      export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
      export KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}
      export JAVA_OPTS_KC_HEAP="$HEAP"
      # Credentials by environment, never on the command line (which every user of the machine can read).
      export KC_DB_URL="$jdbc/keycloak" KC_DB_USERNAME=keycloak KC_DB_PASSWORD="$TIP_KEYCLOAK_DB_PASSWORD"
      # Not the caller's descriptors beyond stdin/out/err (a 'flock cmd' lock would be held while it runs).
      close_inherited_fds
      # setsid: own process group, so that 'stop' never touches anything else.
      exec setsid "$HOME_DIR/bin/kc.sh" start --optimized "${RUN_OPTS[@]}" </dev/null >>"$LOG" 2>&1
    ) &
    echo $! >"$PID_FILE"
    until ready && realm_ready; do
      if ! alive; then log "exited during start-up, see $LOG"; tail -n 30 "$LOG" >&2; rm -f "$PID_FILE"; exit 1; fi
      if (( SECONDS - t0 > TIMEOUT )); then log "not ready after ${TIMEOUT}s, see $LOG"; exit 1; fi
      sleep 1
    done
    log "ready after $((SECONDS - t0))s"
  fi
  if ! realm_ready; then log "running, but realm $REALM is missing: run '$0 reset' then '$0 start'"; exit 1; fi
  if [[ $DEMO == true ]]; then demo; fi
  echo "$ISSUER"
}

# Keycloak's own admin CLI (bin/kcadm.sh), signed in as the bootstrap administrator.
kcadm() { "$HOME_DIR/bin/kcadm.sh" "$@" --config "$KCADM_CONFIG"; }

kcadm_login() {
  kcadm config credentials --server "$LOCAL_URL" --realm master \
    --user "$KC_BOOTSTRAP_ADMIN_USERNAME" --password "$KC_BOOTSTRAP_ADMIN_PASSWORD" >/dev/null
}

user_id() { kcadm get users -r "$REALM" -q exact=true -q "username=$1" --fields id --format csv --noquotes; }

# An organization and its first members, each step only when not done yet.
add_organization() {
  local alias=${1:?usage: $0 add-organization <alias> <name> <domain> [member ...]} name=${2:?name} \
    domain=${3:?domain} org member uid
  shift 3
  kcadm_login
  org=$(kcadm get organizations -r "$REALM" -q exact=true -q "search=$name" --fields id,alias --format csv --noquotes \
    | awk -F, -v a="$alias" '$2 == a { print $1 }')
  if [[ -z $org ]]; then
    kcadm create organizations -r "$REALM" -s "name=$name" -s "alias=$alias" -s enabled=true \
      -s "domains=[{\"name\":\"$domain\"}]" >/dev/null
    org=$(kcadm get organizations -r "$REALM" -q exact=true -q "search=$name" --fields id,alias --format csv --noquotes \
      | awk -F, -v a="$alias" '$2 == a { print $1 }')
    log "organization $alias created"
  fi
  for member in "$@"; do
    uid=$(user_id "$member")
    [[ -n $uid ]] || { log "no user $member in realm $REALM"; exit 1; }
    if [[ -z $(kcadm get "organizations/$org/members" -r "$REALM" --fields id --format csv --noquotes | grep -x "$uid") ]]; then
      kcadm create "organizations/$org/members" -r "$REALM" -b "\"$uid\"" >/dev/null
      log "$member is a member of $alias"
    fi
  done
}

# Demo only: people (alice admin, bob analyst, carol and dave partners), the partner organizations'
# systems and test clients, and the organizations with their members. The realm file holds none of it,
# so that a real deployment imports the realm without them (deploy/kubernetes uses that file alone).
demo() {
  kcadm_login
  # Every start: what is there already is skipped ("ifResourceExists": "SKIP" in the file), so a demo client
  # or user added to the file since reaches an existing Keycloak database too.
  log "importing the demo users and clients not there yet (deploy/keycloak/demo)"
  # The same \${VAR} placeholders for client secrets as the realm file; Keycloak fills those in only when
  # it imports a realm at start-up, so they are filled in here (values from the environment).
  local json var
  json=$(<"$DEMO_DIR/tip-monitor-demo.json")
  for var in $(grep -o '\${[A-Z_]*}' <<<"$json" | sort -u | tr -d '${}'); do
    [[ -n ${!var:-} ]] || { log "$var is not set (deploy/demo-secrets.env)"; exit 1; }
    json=${json//"\${$var}"/${!var}}
  done
  kcadm create partialImport -r "$REALM" -f - >/dev/null <<<"$json"
  add_organization freedom-network "Freedom Network" freedom-network.example carol service-account-partner-freedom-network
  add_organization safe-passage "Safe Passage Alliance" safe-passage.example dave service-account-partner-safe-passage
}

stop() {
  if ! alive; then rm -f "$PID_FILE"; log "not running (nothing started by this script)"; return; fi
  local p; p=$(pid)
  log "stopping pid $p"
  # The pid is kc.sh, leader of its own process group (setsid) with the JVM as child: signal the group.
  kill -TERM -- "-$p" 2>/dev/null || kill -TERM "$p"
  for _ in $(seq 1 60); do kill -0 "$p" 2>/dev/null || break; sleep 1; done
  if kill -0 "$p" 2>/dev/null; then log "still running after 60s, killing"; kill -KILL -- "-$p" 2>/dev/null || kill -KILL "$p"; fi
  rm -f "$PID_FILE"
}

status() {
  if alive && ready && realm_ready; then log "running (pid $(pid)), ready, issuer $ISSUER"; return 0; fi
  if alive; then log "running (pid $(pid)) but not ready"; return 1; fi
  log "not running"; return 1
}

token() {
  local user=${1:?usage: $0 token <user> [password]} password=${2:-$1} body
  body=$(curl -sS --max-time 10 "$LOCAL_ISSUER/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=tip-cli --data-urlencode "username=$user" \
    --data-urlencode "password=$password" -d scope=openid)
  local tok; tok=$(sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' <<<"$body")
  [[ -n $tok ]] || { log "no token for $user: $body"; exit 1; }
  echo "$tok"
}

reset() {
  stop
  log "dropping Keycloak's database: realm $REALM is re-imported at next start"
  "$ROOT/deploy/postgres.sh" drop-keycloak
  rm -rf "$HOME_DIR/data"
}

case ${1:-} in
  start) start ;;
  stop) stop ;;
  status) status ;;
  token) shift; token "$@" ;;
  reset) reset ;;
  add-organization) shift; add_organization "$@" ;;
  *) echo "usage: $0 start|stop|status|token <user> [password]|reset|add-organization <alias> <name> <domain> [member ...]" >&2; exit 2 ;;
esac
