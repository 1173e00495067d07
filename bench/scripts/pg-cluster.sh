#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster on loopback, for CI (.ci/run) and the benchmarks (npm run bench).
#
#   pg-cluster.sh start DIR [PORT]   fresh cluster in DIR/data on PORT or the next free port above it;
#                                    prints the port it listens on as the last line of stdout
#   pg-cluster.sh stop DIR           stops the cluster and removes DIR
#
# DIR is wiped on start: a cluster left there by a killed run is stopped first. As root the cluster
# runs as the postgres user (PostgreSQL refuses to run as root); otherwise as the current user.
# The superuser is `postgres`, trusted on 127.0.0.1 and the cluster's own socket only.
# PG_CLUSTER_FAST=1 turns off fsync and full-page writes (tests only: the data is thrown away).
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

log() { printf '[pg-cluster] %s\n' "$*" >&2; }

as_owner() {
  # PostgreSQL's tools chdir around; a cwd the postgres user cannot read only adds warnings.
  if [[ $(id -u) -eq 0 ]]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

port_in_use() {
  # A connect succeeds when anything listens there, on 127.0.0.1 or on all addresses.
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

stop_cluster() {
  local dir=$1
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    log "stopping the cluster in $dir"
    as_owner "$PG_BIN/pg_ctl" stop -D "$dir/data" -m fast -w -t 30 >/dev/null 2>&1 ||
      as_owner "$PG_BIN/pg_ctl" stop -D "$dir/data" -m immediate -w -t 30 >/dev/null 2>&1 || true
  fi
}

start_cluster() {
  local dir=$1 port=${2:-54329}
  for bin in initdb pg_ctl pg_isready; do
    [[ -x "$PG_BIN/$bin" ]] || { log "$PG_BIN/$bin not found: install PostgreSQL 15 (apt-get install postgresql)"; exit 1; }
  done
  if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    log "running as root but there is no postgres user to run the cluster as"
    exit 1
  fi

  stop_cluster "$dir"
  rm -rf "$dir"
  mkdir -p "$dir"
  chmod 700 "$dir"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"

  as_owner "$PG_BIN/initdb" -k -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=trust >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
  }
  # Only loopback and the cluster's own socket; nothing else may connect at all.
  as_owner tee "$dir/data/pg_hba.conf" >/dev/null <<EOF
local all all trust
host  all all 127.0.0.1/32 trust
EOF
  {
    echo "listen_addresses = '127.0.0.1'"
    echo "unix_socket_directories = '$dir'"
    echo "max_connections = 200"
    if [[ ${PG_CLUSTER_FAST:-0} == 1 ]]; then
      echo "fsync = off"
      echo "full_page_writes = off"
      echo "synchronous_commit = off"
    fi
  } | as_owner tee -a "$dir/data/postgresql.conf" >/dev/null

  local attempt
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    while port_in_use "$port"; do port=$((port + 1)); done
    if as_owner "$PG_BIN/pg_ctl" start -D "$dir/data" -l "$dir/postgres.log" -o "-p $port" -w -t 60 >/dev/null; then
      break
    fi
    # Another process may have taken the port between the check and the bind: try the next one.
    log "start on port $port failed (attempt $attempt): $(tail -n 3 "$dir/postgres.log" 2>/dev/null | tr '\n' ' ')"
    stop_cluster "$dir"
    port=$((port + 1))
    [[ $attempt -eq 10 ]] && exit 1
  done

  local i
  for i in $(seq 1 60); do
    if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres; then
      echo "$port" >"$dir/port"
      log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') ready on 127.0.0.1:$port (data checksums on, $dir)"
      echo "$port"
      return 0
    fi
    sleep 0.5
  done
  log "PostgreSQL did not become ready on port $port"
  tail -n 20 "$dir/postgres.log" >&2 || true
  exit 1
}

case ${1:-} in
  start)
    [[ $# -ge 2 ]] || { log "usage: $0 start DIR [PORT]"; exit 2; }
    start_cluster "$2" "${3:-54329}"
    ;;
  stop)
    [[ $# -ge 2 ]] || { log "usage: $0 stop DIR"; exit 2; }
    stop_cluster "$2"
    rm -rf "$2"
    ;;
  *)
    log "usage: $0 start DIR [PORT] | stop DIR"
    exit 2
    ;;
esac
