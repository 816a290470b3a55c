#!/usr/bin/env bash
# pgtest.sh: the store tests against a real PostgreSQL on loopback
# (casefile, build tag postgres): once on SQLite with the PostgreSQL-only
# tests, once the whole suite on PostgreSQL. Installs Debian's postgresql
# when missing (root), starts a private cluster in a temporary directory,
# runs the tests with REDRESS_TEST_POSTGRES_URL set, and always stops the
# cluster. Exits with the tests' status (failing when either run fails).
#
# In CI (CI=true) a cluster that cannot be installed or started fails the
# run; elsewhere, without root or apt, the tests are skipped with a message.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
# shellcheck source=scripts/pgstack.sh
source "$root/scripts/pgstack.sh"

in_ci=0
[[ ${CI:-} == true ]] && in_ci=1

unavailable() {
	if ((in_ci)); then
		echo "pgtest: $* (CI=true: failing)" >&2
		exit 1
	fi
	echo "pgtest: skipped: $*" >&2
	exit 0
}

if ! pgstack_install; then
	unavailable "PostgreSQL is missing and could not be installed (needs root and apt)"
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/redress-pg.XXXXXX")
cleanup() {
	pgstack_stop "$dir"
	if [[ ${KEEP_STACK:-} == 1 ]]; then
		echo "pgtest: cluster files kept in $dir" >&2
	else
		rm -rf "$dir"
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! pgstack_start "$dir"; then
	echo "pgtest: the cluster did not come up; its log:" >&2
	tail -n 30 "$dir/postgres.log" >&2 2>/dev/null || true
	unavailable "PostgreSQL did not start"
fi

# shellcheck source=/dev/null
source "$dir/pg.env"
# Twice: the store suite on SQLite with the PostgreSQL-only tests, then
# the whole store suite on PostgreSQL (REDRESS_TEST_ENGINE, read by
# casefile/engine_postgres_test.go), each test in a schema of its own.
status=0
echo "== go test -tags postgres ./casefile/... (SQLite; the PostgreSQL tests on 127.0.0.1:$PG_PORT)"
REDRESS_TEST_POSTGRES_URL=$PG_URL \
	go test -tags postgres -count=1 -timeout 10m "$@" ./casefile/... || status=$?
echo "== REDRESS_TEST_ENGINE=postgres go test -tags postgres ./casefile/... (the store suite on PostgreSQL)"
REDRESS_TEST_ENGINE=postgres REDRESS_TEST_POSTGRES_URL=$PG_URL \
	go test -tags postgres -count=1 -timeout 10m "$@" ./casefile/... || status=$?
echo "== go test -tags postgres ./cmd/redress/ (store copy, failover, stations on PostgreSQL)"
REDRESS_TEST_POSTGRES_URL=$PG_URL go test -tags postgres -count=1 -timeout 10m -run 'Postgres|StoreCopy' "$@" ./cmd/redress/ || status=$?
if ((status != 0)); then
	echo "pgtest: tests failed; the server's last log lines:" >&2
	tail -n 20 "$dir/postgres.log" >&2 2>/dev/null || true
fi
exit "$status"
