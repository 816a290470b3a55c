#!/usr/bin/env bash
# bench-stations.sh: ten stations in one `redress run`, on SQLite and on a
# private PostgreSQL on loopback (scripts/pgstack.sh): time, peak RSS and
# per-station fairness, even (1,000 mails each) and uneven (one station
# with 1,000, nine with 50). REDRESS_BENCH_MAILS=N changes the 1,000.
# Not part of .ci/run: it measures, it asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
# shellcheck source=scripts/pgstack.sh
source "$root/scripts/pgstack.sh"

echo "== SQLite (a file per station)"
go test -run '^$' -bench 'BenchmarkStationsSQLite' -benchtime 1x -timeout 30m ./cmd/redress/ | grep -E '^(Benchmark|    )'

if ! pgstack_install; then
	echo "bench-stations: PostgreSQL is missing and could not be installed (needs root and apt): SQLite only" >&2
	exit 0
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/redress-pg.XXXXXX")
trap 'pgstack_stop "$dir"; rm -rf "$dir"' EXIT
pgstack_start "$dir" >/dev/null
# shellcheck source=/dev/null
source "$dir/pg.env"
echo "== PostgreSQL (one database on 127.0.0.1, a schema per station; the test cluster runs with fsync=off)"
REDRESS_TEST_POSTGRES_URL=$PG_URL go test -tags postgres -run '^$' -bench 'BenchmarkStationsPostgres' -benchtime 1x -timeout 30m ./cmd/redress/ |
	grep -E '^(Benchmark|    )'
