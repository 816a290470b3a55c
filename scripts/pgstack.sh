# shellcheck shell=bash
# pgstack.sh: a private PostgreSQL cluster on loopback, for the store tests
# against PostgreSQL (scripts/pgtest.sh). Source it; it defines functions
# only and is safe under set -euo pipefail.
#
#   pgstack_install       install Debian's postgresql when missing, without
#                         starting the system cluster
#   pgstack_start DIR     initdb a cluster under DIR, start it on 127.0.0.1
#                         (a free port; its unix socket in DIR/run), create the
#                         database redress, write DIR/pg.env
#   pgstack_stop DIR      stop it by its PID file; safe to call twice
#
# The cluster's superuser is "redress", password "secret", checked with
# SCRAM on TCP (the way a deployment logs in); the unix socket in DIR/run
# trusts its owner. Root cannot run postgres: as root the cluster belongs
# to the "postgres" system user that the package creates.
# Nothing listens beyond 127.0.0.1; fsync is off (a test cluster).

# shellcheck source=stacklib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/stacklib.sh"

PGSTACK_PACKAGES=(postgresql)

pgstack_log() { printf 'pgstack: %s\n' "$*" >&2; }

# pgstack_bindir prints the newest installed server's bin directory.
pgstack_bindir() {
	local d
	d=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
	if [[ -z $d || ! -x $d/initdb ]]; then
		pgstack_log "no PostgreSQL server under /usr/lib/postgresql/*/bin"
		return 1
	fi
	echo "$d"
}

# pgstack_install installs the packages that are missing, without starting
# any system service (a policy-rc.d that refuses, as mailstack does). Quiet
# when all are there.
pgstack_install() {
	stack_install pgstack_log "${PGSTACK_PACKAGES[@]}" || return
	pgstack_bindir >/dev/null
}

# pgstack_free_port prints a TCP port on 127.0.0.1 that nobody listens on now.
pgstack_free_port() { stack_free_port; }

# pgstack_as runs a command as the cluster's owner: the postgres system
# user when we are root, ourselves otherwise.
pgstack_as() {
	if [[ $(id -u) -eq 0 ]]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

# pgstack_start DIR makes and starts the cluster under DIR.
pgstack_start() {
	local dir=${1:?pgstack_start DIR}
	mkdir -p "$dir"
	dir=$(cd "$dir" && pwd)
	chmod 755 "$dir"
	local bin port user=redress password=secret db=redress
	bin=$(pgstack_bindir) || return 1
	port=$(pgstack_free_port)
	mkdir -p "$dir/data" "$dir/run"
	printf '%s\n' "$password" >"$dir/pwfile"
	chmod 600 "$dir/pwfile"
	if [[ $(id -u) -eq 0 ]]; then
		chown postgres: "$dir/data" "$dir/run" "$dir/pwfile"
	fi
	chmod 700 "$dir/data"
	: >"$dir/postgres.log"
	[[ $(id -u) -ne 0 ]] || chown postgres: "$dir/postgres.log"

	if ! pgstack_as "$bin/initdb" -D "$dir/data" -U "$user" --pwfile="$dir/pwfile" \
		--auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 \
		>"$dir/initdb.out" 2>&1 </dev/null; then
		pgstack_log "initdb failed:"
		tail -n 20 "$dir/initdb.out" >&2
		return 1
	fi
	rm -f "$dir/pwfile"
	cat >>"$dir/data/postgresql.conf" <<CONF
# pgstack: loopback only, socket in the stack's directory, a test cluster.
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir/run'
password_encryption = scram-sha-256
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 300
log_min_messages = warning
CONF
	if ! pgstack_as "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 30 start \
		>"$dir/pg_ctl.out" 2>&1 </dev/null; then
		pgstack_log "postgres did not start; its log:"
		tail -n 20 "$dir/postgres.log" "$dir/pg_ctl.out" >&2 2>/dev/null || true
		return 1
	fi
	if ! pgstack_as "$bin/createdb" -h "$dir/run" -p "$port" -U "$user" "$db" \
		>>"$dir/pg_ctl.out" 2>&1 </dev/null; then
		pgstack_log "createdb $db failed:"
		tail -n 5 "$dir/pg_ctl.out" >&2
		return 1
	fi
	cat >"$dir/pg.env" <<ENV
PG_DIR=$dir
PG_HOST=127.0.0.1
PG_PORT=$port
PG_USER=$user
PG_PASSWORD=$password
PG_DATABASE=$db
PG_SOCKET_DIR=$dir/run
PG_BIN=$bin
PG_LOG=$dir/postgres.log
PG_URL=postgres://$user:$password@127.0.0.1:$port/$db?sslmode=disable
ENV
	pgstack_log "up in $dir: 127.0.0.1:$port database $db"
}

# pgstack_stop DIR stops the cluster by its PID file (postmaster.pid's first
# line): SIGINT is PostgreSQL's fast shutdown. Waits up to 20 s, then KILL.
# Safe to call twice and from a trap.
pgstack_stop() {
	local dir=${1:-}
	[[ -n $dir && -d $dir ]] || return 0
	local pidfile=$dir/data/postmaster.pid pid i
	[[ -s $pidfile ]] || return 0
	pid=$(head -n 1 "$pidfile" | tr -dc 0-9)
	[[ -n $pid ]] || return 0
	kill -0 "$pid" 2>/dev/null || return 0
	kill -INT "$pid" 2>/dev/null || true
	for ((i = 0; i < 200; i++)); do
		kill -0 "$pid" 2>/dev/null || return 0
		sleep 0.1
	done
	pgstack_log "postgres (pid $pid) did not stop on INT; killing it"
	kill -KILL "$pid" 2>/dev/null || true
}
