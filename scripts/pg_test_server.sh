#!/usr/bin/env bash
# A throw-away PostgreSQL server for the test suite.
#
#   eval "$(scripts/pg_test_server.sh start)"   # prints export OFFICEDESK_TEST_PG_URL=… and _DIR=…
#   … run the tests …
#   scripts/pg_test_server.sh stop [DIR]        # stops that server (DIR or $OFFICEDESK_TEST_PG_DIR)
#                                               # and removes its folder
#   scripts/pg_test_server.sh restart [DIR]     # restarts it (the connection-loss test)
#
# Every `start` makes its own server, so several people or runs on one machine never stop each
# other's; `stop` stops only the one it is told about.
#
# The server lives in a temp folder, listens on a free port on 127.0.0.1 only (no TCP on other
# addresses, its Unix socket inside the folder), trusts local connections, and has fsync off:
# it is for tests, never for data. Run as root, it runs as the `postgres` system user that
# Debian's package creates. If the binaries are missing, `start` installs Debian's postgresql.
# Messages go to stderr; stdout carries only the export lines, so `eval` is safe.
set -euo pipefail

log() { echo "pg_test_server: $*" >&2; }

find_bindir() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        if [ -x "$dir/initdb" ]; then
            echo "$dir"
        fi
    done | sort -V | tail -n 1
}

ensure_installed() {
    if [ -z "$(find_bindir)" ]; then
        if [ "$(id -u)" != 0 ]; then
            log "PostgreSQL is not installed; run: apt-get install postgresql"
            exit 1
        fi
        log "installing Debian's postgresql …"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >&2
        apt-get install -y -qq postgresql >&2
    fi
}

# Run a command as the server's owner (postgres when we are root, ourselves otherwise).
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 - <<'PY'
import socket
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    print(s.getsockname()[1])
PY
}

start() {
    ensure_installed
    BINDIR="$(find_bindir)"
    PGDIR="$(mktemp -d "${TMPDIR:-/tmp}/officedesk-pg.XXXXXX")"
    chmod 755 "$PGDIR"
    if [ "$(id -u)" = 0 ]; then
        chown postgres: "$PGDIR"
    fi
    PGPORT="$(free_port)"
    as_owner "$BINDIR/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$PGDIR/initdb.log" 2>&1 || { cat "$PGDIR/initdb.log" >&2; rm -rf "$PGDIR"; exit 1; }
    local options="-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50"
    printf '%s\n' "$options" >"$PGDIR/options"  # restart starts it again with them
    as_owner "$BINDIR/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 start -o "$options" \
        >&2 || { cat "$PGDIR/server.log" >&2; rm -rf "$PGDIR"; exit 1; }
    as_owner "$BINDIR/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres officedesk_test
    printf '%s\n' "$BINDIR" >"$PGDIR/bindir"
    log "started on 127.0.0.1:$PGPORT in $PGDIR"
    echo "export OFFICEDESK_TEST_PG_URL=postgresql://postgres@127.0.0.1:$PGPORT/officedesk_test"
    echo "export OFFICEDESK_TEST_PG_DIR=$PGDIR"
}

stop() {
    local dir="${1:-${OFFICEDESK_TEST_PG_DIR:-}}"
    if [ -z "$dir" ]; then
        log "which server? give its folder, or set OFFICEDESK_TEST_PG_DIR (start prints it)"
        exit 2
    fi
    if [ ! -d "$dir/data" ]; then
        log "no test server in $dir"
        return 0
    fi
    BINDIR="$(cat "$dir/bindir" 2>/dev/null || find_bindir)"
    as_owner "$BINDIR/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    rm -rf "$dir"
    log "stopped and removed $dir"
}

restart() {  # the connection-loss test: the server goes away under load and comes back
    # after PG_DOWN_SECONDS (default 0): long enough that every workstation meets the outage,
    # not only one that happens to be between its reads (printing a paper) when it is short
    local dir="${1:-${OFFICEDESK_TEST_PG_DIR:-}}"
    BINDIR="$(cat "$dir/bindir" 2>/dev/null || find_bindir)"
    as_owner "$BINDIR/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >&2
    sleep "${PG_DOWN_SECONDS:-0}"
    as_owner "$BINDIR/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o "$(cat "$dir/options")" >&2
}

case "${1:-}" in
    start) start ;;
    stop) stop "${2:-}" ;;
    restart) restart "${2:-}" ;;
    *)
        echo "usage: $0 start | stop [DIR] | restart [DIR]" >&2
        exit 2
        ;;
esac
