#!/usr/bin/env bash
# Runs a real Keycloak (no Docker) with the tip-monitor realm for local runs and tests.
#
#   deploy/keycloak.sh start              fetch (Maven) and unpack the distribution once, start it in the
#                                         background, import the realm when absent, wait until ready
#   deploy/keycloak.sh stop               stop the Keycloak this script started (pid file)
#   deploy/keycloak.sh status             exit 0 when it is running and ready
#   deploy/keycloak.sh token <user> [pw]  print an access token of a demo user (client tip-cli, password grant)
#   deploy/keycloak.sh reset              stop and delete Keycloak's data (the realm is re-imported at next start)
#
# Issuer: http://localhost:8180/realms/tip-monitor (one host name everywhere: localhost).
# Everything lives under .run/keycloak (git-ignored); the log is .run/logs/keycloak.log.
# Demo-only credentials: admin console admin/admin, demo users' passwords = user names.
# Environment: KC_PORT (8180), KC_MGMT_PORT (9000), KC_HTTP_HOST (127.0.0.1), KC_HEAP (-Xms64m -Xmx512m),
# KC_START_TIMEOUT (seconds, 600). See deploy/keycloak/README.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VERSION=26.5.6
REALM=tip-monitor
PORT=${KC_PORT:-8180}
MGMT_PORT=${KC_MGMT_PORT:-9000}
HTTP_HOST=${KC_HTTP_HOST:-127.0.0.1}
HEAP=${KC_HEAP:--Xms64m -Xmx512m}
TIMEOUT=${KC_START_TIMEOUT:-600}
BASE_URL=http://localhost:$PORT
ISSUER=$BASE_URL/realms/$REALM

STATE=$ROOT/.run/keycloak
DIST_PARENT=$STATE/dist
HOME_DIR=$DIST_PARENT/keycloak-$VERSION
PID_FILE=$STATE/keycloak.pid
BUILD_STAMP=$STATE/build-options
LOG_DIR=$ROOT/.run/logs
LOG=$LOG_DIR/keycloak.log
REALM_FILE=$ROOT/deploy/keycloak/$REALM-realm.json

# Demo-only client secrets (deploy/demo-secrets.env), each used only when not set in the environment.
source "$ROOT/deploy/demo-secrets.sh"

# Build-time options of the optimized server ('kc.sh build'); a change triggers a rebuild.
BUILD_OPTS=(--db=dev-file --health-enabled=true --cache=local)
# Run-time options.
RUN_OPTS=(--http-enabled=true --http-host="$HTTP_HOST" --http-port="$PORT" --http-management-port="$MGMT_PORT"
  --hostname="$BASE_URL" --hostname-strict=true --import-realm)

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

realm_ready() { curl -fsS -o /dev/null --max-time 5 "$ISSUER/.well-known/openid-configuration" 2>/dev/null; }

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
  echo "$ISSUER"
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
  body=$(curl -sS --max-time 10 "$ISSUER/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=tip-cli --data-urlencode "username=$user" \
    --data-urlencode "password=$password" -d scope=openid)
  local tok; tok=$(sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' <<<"$body")
  [[ -n $tok ]] || { log "no token for $user: $body"; exit 1; }
  echo "$tok"
}

reset() {
  stop
  log "deleting Keycloak's data ($HOME_DIR/data): realm $REALM is re-imported at next start"
  rm -rf "$HOME_DIR/data"
}

case ${1:-} in
  start) start ;;
  stop) stop ;;
  status) status ;;
  token) shift; token "$@" ;;
  reset) reset ;;
  *) echo "usage: $0 start|stop|status|token <user> [password]|reset" >&2; exit 2 ;;
esac
