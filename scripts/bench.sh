#!/usr/bin/env bash
# bench.sh: redress against a real Dovecot and Postfix on loopback, beside
# mbsync as the reference for what IMAP itself allows. See
# docs/performance.md for the method and the targets.
#
#   scripts/bench.sh [N]        N mails (default 10000)
#   scripts/bench.sh --quick    N=300, for trying it
#
# For each variant (small mail; 1% of the mails with a 2 MiB attachment)
# and each transport (IMAP, IMAPS) it measures, in one run and with the
# client side on tmpfs (/dev/shm):
#   (a) mbsync pulling the INBOX into a Maildir: the raw IMAP fetch limit;
#   (b) redress once -no-send filing all N into a fresh database;
#   (c) redress outbox flush delivering the queued mail to Postfix.
# It prints a markdown table (also kept in $BENCH_OUT, default
# ./bench-results.md) with wall time, mails/s, peak RSS and (b)/(a).
# Needs root (it installs and starts the stack) and Go.
set -euo pipefail

N=10000
case "${1:-}" in
--quick | -q) N=300 ;;
'') ;;
*[!0-9]* | 0)
	echo "usage: scripts/bench.sh [N | --quick]" >&2
	exit 2
	;;
*) N=$1 ;;
esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus=${BENCH_CORPUS:-$root/../shared/testdata/complaints}
out=${BENCH_OUT:-$PWD/bench-results.md}
if ! compgen -G "$corpus/*.eml" >/dev/null; then
	echo "bench.sh: no example complaints in $corpus (set BENCH_CORPUS)" >&2
	exit 1
fi

# shellcheck source=scripts/mailstack.sh
# (BENCH_MAILSTACK names another copy, for trying a work in progress.)
source "${BENCH_MAILSTACK:-$root/scripts/mailstack.sh}"

log() { printf 'bench: %s\n' "$*" >&2; }

mailstack_install
if [[ ! -x /usr/bin/time ]]; then
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi
command -v mbsync >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq isync >/dev/null

stack=$(mktemp -d /tmp/redress-bench-stack.XXXXXX)
work=$(mktemp -d /dev/shm/redress-bench.XXXXXX) # client side: tmpfs
run_pid=
cleanup() {
	[[ -n $run_pid ]] && kill "$run_pid" 2>/dev/null && wait "$run_pid" 2>/dev/null
	mailstack_stop "$stack" || true
	rm -rf "$work" "$stack"
}
trap cleanup EXIT

log "building redress and the seeder"
(cd "$root" && go build -o "$work/redress" ./cmd/redress && go build -o "$work/benchseed" ./scripts/benchseed)

log "starting the mail stack in $stack"
mailstack_start "$stack" >"$work/mailstack.log" 2>&1 || {
	cat "$work/mailstack.log" >&2
	exit 1
}
# shellcheck disable=SC1091
source "$stack/stack.env"
user=station@$MS_DOMAIN
doveadm=(doveadm -c "$MS_DOVECOT_CONF")

# timed FILE CMD...: runs CMD under /usr/bin/time -v, its stdout to
# FILE.out and the figures to FILE.time; fails when CMD fails.
timed() {
	local f=$1
	shift
	if ! /usr/bin/time -v -o "$f.time" "$@" >"$f.out" 2>"$f.err"; then
		log "failed: $*"
		tail -20 "$f.err" "$f.out" >&2
		return 1
	fi
}
# wall FILE: elapsed seconds; rss FILE: peak RSS in MiB.
wall() {
	awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$1.time"
}
rss() { awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$1.time"; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "-" }'; }

# seed COUNT [BENCHSEED FLAGS...]: empties station's INBOX and fills it
# with COUNT mails.
seed() {
	local count=$1
	shift
	"${doveadm[@]}" expunge -u "$user" mailbox INBOX all
	local inbox
	inbox=$("${doveadm[@]}" mailbox path -u "$user" INBOX)
	"$work/benchseed" -n "$count" -corpus "$corpus" -out "$inbox" "$@"
	chown -R mail:mail "$inbox"
	"${doveadm[@]}" force-resync -u "$user" INBOX
	local got
	got=$("${doveadm[@]}" -f flow mailbox status -u "$user" messages INBOX | sed 's/.*messages=//')
	if [[ $got != "$count" ]]; then
		log "seeding: INBOX holds $got mails, want $count"
		return 1
	fi
}

# mbsyncrc PORT SSLTYPE DIR: a config pulling the INBOX into DIR.
mbsyncrc() {
	local tls="SSLType None
AuthMechs LOGIN"
	[[ $2 == imaps ]] && tls="SSLType IMAPS
CertificateFile $MS_CA_FILE"
	mkdir -p "$3/mail"
	cat >"$3/mbsyncrc" <<EOF
IMAPAccount bench
Host localhost
Port $1
User $user
Pass $MS_PASSWORD
$tls

IMAPStore far
Account bench

MaildirStore near
Path $3/mail/
Inbox $3/mail/INBOX

Channel pull
Far :far:INBOX
Near :near:INBOX
Sync Pull
Create Near
Expunge None
SyncState *
EOF
}

# redressrc PORT TLS DIR: a config filing into a fresh database in DIR.
redressrc() {
	mkdir -p "$3"
	cat >"$3/redress.yaml" <<EOF
station:
  name: "Bench Station"
  address: tousu@yweca.org.example
  case_prefix: YW
  timezone: Asia/Shanghai
imap:
  host: 127.0.0.1
  port: $1
  tls: $2
  username: $user
  password_env: BENCH_IMAP_PASSWORD
  inbox: INBOX
  ca_file: $MS_CA_FILE
smtp:
  host: 127.0.0.1
  port: $MS_SMTP_PORT
  tls: none
staff:
  addresses: [staff1@yweca.org.example]
  notify: [staff1@$MS_DOMAIN]
storage:
  database: $3/redress.db
http:
  listen: ""
log:
  level: warn
EOF
}

# Wait until Postfix has handed every mail to Dovecot, so that one step's
# deliveries do not run into the next step's measurement.
drain_postfix() {
	local i
	for i in $(seq 600); do
		postqueue -c "$MS_POSTFIX_DIR" -p 2>/dev/null | grep -q 'Mail queue is empty' && return 0
		sleep 0.5
	done
	log "the Postfix queue did not drain within 5 minutes"
}

export BENCH_IMAP_PASSWORD=$MS_PASSWORD
rows=()
for variant in small attach; do
	log "seeding $N mails ($variant)"
	if [[ $variant == attach ]]; then
		seed "$N" -big-every 100 -big-size $((2 << 20))
	else
		seed "$N"
	fi
	# Warm-up, untimed: Dovecot builds its index cache and the kernel its
	# page cache once, for both clients alike.
	mbsyncrc "$MS_IMAP_PORT" imap "$work/warm"
	timed "$work/warm/mbsync" mbsync -c "$work/warm/mbsyncrc" -q pull
	rm -rf "$work/warm"
	label="small mail"
	[[ $variant == attach ]] && label="1% with 2 MiB"
	for proto in imap imaps; do
		port=$MS_IMAP_PORT tls=none
		[[ $proto == imaps ]] && port=$MS_IMAPS_PORT tls=implicit
		d=$work/$variant-$proto
		log "$variant over $proto: (a) mbsync"
		mbsyncrc "$port" "$proto" "$d/mbsync"
		timed "$d/mbsync/run" mbsync -c "$d/mbsync/mbsyncrc" -q pull
		got=$(find "$d/mbsync/mail/INBOX" -type f -path '*/new/*' -o -type f -path '*/cur/*' | wc -l)
		[[ $got == "$N" ]] || log "mbsync pulled $got mails, want $N"
		log "$variant over $proto: (b) redress once -no-send"
		redressrc "$port" "$tls" "$d/redress"
		timed "$d/redress/once" "$work/redress" once -no-send -config "$d/redress/redress.yaml"
		grep -q "^fetched $N," "$d/redress/once.out" || log "redress: $(cat "$d/redress/once.out")"
		queued=$(sed -n 's/.*mail queued \([0-9]*\).*/\1/p' "$d/redress/once.out")
		log "$variant over $proto: (c) redress outbox flush ($queued mails)"
		timed "$d/redress/flush" "$work/redress" outbox flush -config "$d/redress/redress.yaml"
		drain_postfix
		a=$(wall "$d/mbsync/run") b=$(wall "$d/redress/once") c=$(wall "$d/redress/flush")
		ratio=$(awk -v a="$a" -v b="$b" 'BEGIN { if (a > 0) printf "%.1f", b / a; else print "-" }')
		rows+=("| $label | $proto | (a) mbsync | $N | $a | $(rate "$N" "$a") | $(rss "$d/mbsync/run") | |")
		rows+=("| $label | $proto | (b) redress once -no-send | $N | $b | $(rate "$N" "$b") | $(rss "$d/redress/once") | $ratio |")
		rows+=("| $label | $proto | (c) redress outbox flush | $queued | $c | $(rate "$queued" "$c") | $(rss "$d/redress/flush") | |")
	done
done

# One mail of 50 MB (a 38 MB attachment, base64) between two small ones:
# the peak RSS must not grow with the mail's size.
log "one 50 MB mail between two small ones"
seed 3 -big-every 3 -big-size 38000000
d=$work/large
redressrc "$MS_IMAP_PORT" none "$d"
timed "$d/once" "$work/redress" once -no-send -config "$d/redress.yaml"
grep -q '^fetched 3,' "$d/once.out" || log "redress: $(cat "$d/once.out")"
large="| one 50 MB mail + 2 small | imap | (b) redress once -no-send | 3 | $(wall "$d/once") | | $(rss "$d/once") | |"

# Idle daemon: redress run on the last database, waiting on IDLE.
log "idle redress run"
d=$work/attach-imap/redress
"$work/redress" run -config "$d/redress.yaml" >"$work/run.out" 2>"$work/run.err" &
run_pid=$!
sleep 10
idle_rss=$(awk '/^VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$run_pid/status")
kill "$run_pid"
wait "$run_pid" 2>/dev/null || true
run_pid=

{
	echo "redress bench, N=$N, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(uname -r), client side on tmpfs"
	echo
	echo "| mail | transport | step | mails | wall s | mails/s | peak RSS MiB | (b)/(a) |"
	echo "|---|---|---|---:|---:|---:|---:|---:|"
	printf '%s\n' "${rows[@]}" "$large"
	echo
	echo "Idle \`redress run\` (IDLE on IMAP, $N cases in the database), 10 s after start: RSS $idle_rss MiB"
} | tee "$out"
