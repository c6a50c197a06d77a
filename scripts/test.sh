#!/usr/bin/env bash
# Set up (first time only) and run every test: the quick ones and the slow ones (the PyInstaller
# bundle, big registries) in one run, then the load test by itself. Starts a throw-away PostgreSQL
# server for the tests marked `postgres` and always stops it. Extra arguments go to both pytest
# runs. The tests run on every core (OFFICEDESK_TEST_WORKERS=1: in one process).
#
#   bash scripts/test.sh
#   bash scripts/test.sh -x -k exchange
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
START=$(date +%s)

bash scripts/setup.sh test
PY="$ROOT/.venv/bin/python"

if [ -f scripts/build_translations.py ]; then
    echo "test: compiling translations …" >&2
    "$PY" scripts/build_translations.py --no-update >&2  # compile only: the .ts is kept complete in git
fi

cleanup() {
    if [ -n "${PG_STARTED:-}" ]; then
        bash scripts/pg_test_server.sh stop "${OFFICEDESK_TEST_PG_DIR:-}" || true
    fi
}
trap cleanup EXIT

if [ -f scripts/pg_test_server.sh ]; then
    if PG_EXPORTS="$(bash scripts/pg_test_server.sh start)"; then
        PG_STARTED=1
        eval "$PG_EXPORTS"
        echo "test: PostgreSQL test server at ${OFFICEDESK_TEST_PG_URL:-?}" >&2
    elif [ -n "${CI:-}" ]; then
        echo "test: could not start the PostgreSQL test server" >&2
        exit 1
    else
        echo "test: no PostgreSQL test server; the tests marked postgres will be skipped" >&2
    fi
fi

export QT_QPA_PLATFORM=offscreen
export PYTHONDONTWRITEBYTECODE=1

run_pytest() {
    local label="$1" status=0
    shift
    echo "test: $label" >&2
    "$PY" -m pytest -q -p no:cacheprovider "$@" || status=$?
    if [ "$status" = 5 ]; then
        if [ "$FILTERED" = 1 ]; then  # the arguments given chose none of these: not a failure
            echo "test: no tests for '$label' among those chosen" >&2
            return 0
        fi
        echo "test: pytest collected no tests for '$label': that is a failure" >&2
        return 1
    fi
    return "$status"
}

# The quick tests and the slow ones run together on every core (pytest-xdist; each worker has its
# own PostgreSQL database, see tests/conftest.py), the longest files first (tests/run_order.py;
# --no-loadscope-reorder keeps that order): the bundle build starts at once beside the quick
# files, and no core waits at the end of a run for another's last file.
# OFFICEDESK_TEST_WORKERS=1 runs them in one process. Those marked `alone` — the load test, whose
# latencies are its figures and which restarts the server — run last, by themselves.
WORKERS="${OFFICEDESK_TEST_WORKERS:-$(nproc 2>/dev/null || echo 1)}"
[ "$WORKERS" -gt 8 ] && WORKERS=8
PARALLEL=()
if [ "$WORKERS" -gt 1 ]; then
    PARALLEL=(-n "$WORKERS" --dist loadfile --no-loadscope-reorder)
fi

FAILED=0
FILTERED=$([ "$#" -gt 0 ] && echo 1 || echo 0)  # extra arguments (-k …) may leave a run empty
run_pytest "quick and slow tests" -m "not alone" ${PARALLEL[@]+"${PARALLEL[@]}"} "$@" || FAILED=1
# With no arguments only the files that mark a test `alone` are collected: collecting every test
# file again (their asserts rewritten anew: no bytecode is written) took some 20 s of CPU for them.
ALONE=()
if [ "$FILTERED" = 0 ]; then
    mapfile -t ALONE < <(grep -rlE --include='*.py' 'mark\.alone' tests | sort)
fi
# the load test's latencies (p50/p95/p99 per operation, errors, numbers, lost edits) are its
# figures: kept in a file and printed after the run, so CI's log carries them
LOAD_REPORT="$(mktemp)"
OFFICEDESK_LOAD_REPORT="$LOAD_REPORT" run_pytest "slow tests run alone" -m "slow and alone" \
    ${ALONE[@]+"${ALONE[@]}"} "$@" || FAILED=1
if [ -s "$LOAD_REPORT" ]; then
    echo "test: the PostgreSQL load test's figures:" >&2
    cat "$LOAD_REPORT" >&2
fi
rm -f "$LOAD_REPORT"

echo "test: finished in $(( $(date +%s) - START )) s — $([ "$FAILED" = 0 ] && echo passed || echo FAILED)" >&2
exit "$FAILED"
