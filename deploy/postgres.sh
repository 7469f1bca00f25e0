#!/usr/bin/env bash
# Makes a PostgreSQL server available to the services and prints its JDBC base URL on stdout.
#
#   deploy/postgres.sh start    reuse $TIP_PG_URL, or start a private cluster; create the databases
#   deploy/postgres.sh stop     stop the private cluster (never a server given by $TIP_PG_URL)
#   deploy/postgres.sh status   exit 0 when the private cluster is running
#
# Reuse your own server: TIP_PG_URL=postgresql://admin:secret@dbhost:5432 deploy/postgres.sh start
# (the admin role must be able to create roles and databases). Otherwise a private cluster runs in
# .run/postgres on port $TIP_PG_PORT (default 55432), as a non-root user since PostgreSQL refuses root.
# Each service gets a role and two databases: <service> (run) and <service>_test (tests), password =
# role name; Keycloak gets role and database 'keycloak', password $TIP_KEYCLOAK_DB_PASSWORD (demo value
# in deploy/demo-secrets.env). These are local, demo-only credentials.
#
#   deploy/postgres.sh drop-keycloak   drop Keycloak's database (deploy/keycloak.sh reset)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/deploy/demo-secrets.sh"
source "$ROOT/deploy/processes.sh"
PORT=${TIP_PG_PORT:-55432}
SERVICES=(country victim recommendation)
STATE=$ROOT/.run/postgres
log() { echo "postgres: $*" >&2; }

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -z $dir && $(id -u) == 0 ]]; then
    log "installing the Debian postgresql package"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >&2
    dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  [[ -n $dir ]] || { log "PostgreSQL binaries are missing: install the 'postgresql' package"; exit 1; }
  echo "$dir"
}

# PostgreSQL refuses to run as root: as root, run the cluster as the 'postgres' system user.
as_owner() {
  if [[ $(id -u) == 0 ]]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

data_dir() {
  # The cluster's owner must reach the folder; a checkout under /root is not reachable for it.
  if [[ $(id -u) == 0 ]] && ! runuser -u postgres -- test -x "$ROOT" 2>/dev/null; then
    echo "/tmp/tip-monitor-postgres-$PORT"
  else
    echo "$STATE/data"
  fi
}

psql_admin() {
  if [[ -n ${TIP_PG_URL:-} ]]; then
    psql "$TIP_PG_URL/postgres" -v ON_ERROR_STOP=1 -qAt "$@"
  else
    as_owner "$(pg_bin)/psql" -h /tmp -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
  fi
}

create_databases() {
  local svc db
  for svc in "${SERVICES[@]}"; do
    if [[ -z $(psql_admin -c "select 1 from pg_roles where rolname = '$svc'") ]]; then
      psql_admin -c "create role $svc login password '$svc'"
    fi
    for db in "$svc" "${svc}_test"; do
      if [[ -z $(psql_admin -c "select 1 from pg_database where datname = '$db'") ]]; then
        psql_admin -c "create database $db owner $svc"
      fi
    done
  done
  # Keycloak's own database (production mode on PostgreSQL, not its dev-file store); no test copy.
  if [[ -z $(psql_admin -c "select 1 from pg_roles where rolname = 'keycloak'") ]]; then
    psql_admin -c "create role keycloak login password '$TIP_KEYCLOAK_DB_PASSWORD'"
  fi
  if [[ -z $(psql_admin -c "select 1 from pg_database where datname = 'keycloak'") ]]; then
    psql_admin -c "create database keycloak owner keycloak"
  fi
}

drop_keycloak() {
  psql_admin -c "drop database if exists keycloak with (force)"
}

# Runs a command without the file descriptors this script inherited beyond stdin/out/err: the server
# outlives this script (deploy/processes.sh says why that matters).
detached() {
  ( close_inherited_fds; "$@" )
}

running() {
  local data; data=$(data_dir)
  [[ -f $data/postmaster.pid ]] && as_owner "$(pg_bin)/pg_ctl" -D "$data" status >/dev/null 2>&1
}

start() {
  if [[ -n ${TIP_PG_URL:-} ]]; then
    create_databases
    local hostport=${TIP_PG_URL#*://}; hostport=${hostport#*@}; hostport=${hostport%%/*}
    echo "jdbc:postgresql://$hostport"
    return
  fi
  local bin data; bin=$(pg_bin); data=$(data_dir)
  mkdir -p "$STATE" "$data"
  [[ $(id -u) == 0 ]] && { as_owner true; chown postgres "$data"; chmod 700 "$data"; }
  if [[ ! -f $data/PG_VERSION ]]; then
    log "creating a private cluster in $data"
    as_owner "$bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >&2
  fi
  if running; then
    log "already running on port $PORT"
  else
    log "starting on port $PORT"
    detached as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
      -o "-p $PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=/tmp -c max_connections=200" start >&2
  fi
  create_databases
  echo "jdbc:postgresql://localhost:$PORT"
}

stop() {
  if running; then
    log "stopping the private cluster on port $PORT"
    as_owner "$(pg_bin)/pg_ctl" -D "$(data_dir)" -m fast -w stop >&2
  fi
}

case ${1:-} in
  start) start ;;
  stop) stop ;;
  status) running ;;
  drop-keycloak) drop_keycloak ;;
  *) echo "usage: $0 start|stop|status|drop-keycloak" >&2; exit 2 ;;
esac
