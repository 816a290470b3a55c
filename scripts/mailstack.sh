# shellcheck shell=bash
# mailstack.sh: a private Dovecot + Postfix on loopback, for the interop
# suite (scripts/interop.sh) and the benchmarks (scripts/bench.sh).
# Source it; it defines functions only and is safe under set -euo pipefail.
#
#   mailstack_install            install the Debian packages when missing
#   mailstack_start DIR          configure and start both daemons under DIR,
#                                write DIR/stack.env, wait until every port answers
#   mailstack_stop DIR           stop them by PID file; safe to call twice
#   mailstack_postfix DIR stop|start
#   mailstack_dovecot DIR stop|start|kick USER
#
# Users station, consumer, staff1, staff2 @station.test, password "secret";
# Every address @example.com (consumer@example.com, buyer7@example.com)
# lands in consumer@station.test's INBOX: mail from station.test is staff
# mail to redress, so consumers write from example.com.
# Nothing leaves the machine: no DNS, every non-local destination is an error.

# MAILSTACK_LIB is this file, for tests that call mailstack_postfix and
# mailstack_dovecot (stack.env names it as MS_LIB).
MAILSTACK_LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")
# shellcheck source=stacklib.sh
. "$(dirname "$MAILSTACK_LIB")/stacklib.sh"

MAILSTACK_PACKAGES=(dovecot-imapd dovecot-lmtpd postfix isync mutt openssl swaks libnet-ssleay-perl)

mailstack_log() { printf 'mailstack: %s\n' "$*" >&2; }

# mailstack_install installs the packages that are missing, without starting
# any system service. Quiet when all are there.
mailstack_install() {
	if [[ $(id -u) -eq 0 ]] && ! dpkg-query -W -f='${Status}' postfix 2>/dev/null | grep -q 'install ok installed'; then
		# Postfix asks how to configure itself; it must configure nothing.
		echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
	fi
	stack_install mailstack_log "${MAILSTACK_PACKAGES[@]}"
}

# mailstack_free_port prints a TCP port on 127.0.0.1 that nobody listens on
# now and that this stack has not handed out yet.
mailstack_free_port() { stack_free_port; }

# mailstack_wait_port waits up to 20 s until 127.0.0.1:PORT accepts.
mailstack_wait_port() {
	local port=$1 i
	for ((i = 0; i < 200; i++)); do
		if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			return 0
		fi
		sleep 0.1
	done
	mailstack_log "nothing answers on 127.0.0.1:$port"
	return 1
}

# mailstack_certs makes a CA and a server certificate for localhost and
# 127.0.0.1 signed by it.
mailstack_certs() {
	local dir=$1
	openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=mailstack test CA" \
		-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
		-keyout "$dir/ca.key" -out "$dir/ca.pem" >/dev/null 2>&1
	openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
		-keyout "$dir/server.key" -out "$dir/server.csr" >/dev/null 2>&1
	printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >"$dir/server.ext"
	openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAcreateserial \
		-days 2 -extfile "$dir/server.ext" -out "$dir/server.pem" >/dev/null 2>&1
	chmod 644 "$dir/server.pem" "$dir/ca.pem"
	chmod 640 "$dir/server.key"
}

# mailstack_start DIR configures and starts the stack under DIR.
mailstack_start() {
	local dir=${1:?mailstack_start DIR}
	mkdir -p "$dir"
	dir=$(cd "$dir" && pwd)
	chmod 755 "$dir"
	local domain=station.test password=secret
	local imap imaps smtp submission
	imap=$(mailstack_free_port)
	imaps=$(mailstack_free_port)
	smtp=$(mailstack_free_port)
	submission=$(mailstack_free_port)

	mailstack_certs "$dir"

	# Dovecot: virtual users from a passwd-file, one Maildir each, mail owned
	# by the dovenull-free "dovecot" system user... kept simple: a single
	# uid/gid (mail) for every virtual user.
	local dv=$dir/dovecot
	mkdir -p "$dv/base" "$dv/state" "$dv/mail"
	chown -R mail:mail "$dv/mail"
	chmod 755 "$dv" "$dv/base" "$dv/state"
	local hash u
	hash=$(doveadm pw -s SHA512-CRYPT -p "$password")
	: >"$dv/users"
	for u in station consumer staff1 staff2; do
		echo "$u@$domain:$hash::::::" >>"$dv/users"
	done
	chmod 644 "$dv/users"
	cat >"$dv/dovecot.conf" <<EOF
instance_name = mailstack-$(basename "$dir")
base_dir = $dv/base
state_dir = $dv/state
log_path = $dir/dovecot.log
info_log_path = $dir/dovecot.log
listen = 127.0.0.1
protocols = imap lmtp
ssl = yes
ssl_cert = <$dir/server.pem
ssl_key = <$dir/server.key
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = no
# A failed login answers at once (default: 2 s), for the wrong-password tests.
auth_failure_delay = 0
auth_mechanisms = plain login
recipient_delimiter = +
lmtp_save_to_detail_mailbox = no
mail_location = maildir:$dv/mail/%d/%n
mail_uid = mail
mail_gid = mail
first_valid_uid = 1
default_internal_user = dovecot
default_login_user = dovenull
passdb {
  driver = passwd-file
  args = scheme=SHA512-CRYPT username_format=%u $dv/users
}
userdb {
  driver = static
  args = uid=mail gid=mail home=$dv/mail/%d/%n
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Junk {
    special_use = \\Junk
    auto = subscribe
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $imap
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $imaps
    ssl = yes
  }
}
service lmtp {
  unix_listener lmtp {
    mode = 0660
    user = postfix
    group = postfix
  }
}
service auth {
  unix_listener auth-postfix {
    mode = 0660
    user = postfix
    group = postfix
  }
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
# No growing delay after failed logins (Dovecot's auth penalty, up to 15 s
# per IP): auth cannot reach anvil's penalty socket, which turns it off.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
protocol lmtp {
  postmaster_address = postmaster@$domain
}
EOF

	# Postfix: a private instance; its queue is under DIR too.
	local pf=$dir/postfix
	mkdir -p "$pf/queue" "$pf/data"
	chown postfix:postfix "$pf/data"
	cp /etc/postfix/master.cf "$pf/master.cf" 2>/dev/null || cp /usr/share/postfix/master.cf.dist "$pf/master.cf"
	cat >"$pf/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $pf/queue
data_directory = $pf/data
mail_owner = postfix
setgid_group = postdrop
maillog_file = $dir/postfix.log
maillog_file_prefixes = $dir
myhostname = mx.$domain
mydomain = $domain
myorigin = $domain
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
virtual_mailbox_domains = $domain
# Consumers write from outside the station's domain: all of example.com
# is the consumer's mailbox.
virtual_alias_domains = example.com
virtual_alias_maps = inline:{ @example.com=consumer@$domain }
virtual_transport = lmtp:unix:$dv/base/lmtp
default_transport = error:mailstack delivers nothing off the machine
relay_transport = error:mailstack delivers nothing off the machine
local_transport = error:mailstack has no local users
alias_maps =
alias_database =
recipient_delimiter = +
smtp_dns_support_level = disabled
lmtp_host_lookup = native
disable_dns_lookups = yes
smtpd_banner = \$myhostname ESMTP mailstack
biff = no
message_size_limit = 67108864
mailbox_size_limit = 0
smtpd_tls_cert_file = $dir/server.pem
smtpd_tls_key_file = $dir/server.key
smtpd_tls_security_level = may
smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination
smtpd_recipient_restrictions =
smtpd_sasl_type = dovecot
smtpd_sasl_path = $dv/base/auth-postfix
smtpd_sasl_auth_enable = no
smtputf8_enable = no
# Refused recipients (off the machine) are answered at once, not a second
# later after the tenth error, and do not end the session.
smtpd_error_sleep_time = 0
smtpd_soft_error_limit = 1000
smtpd_hard_error_limit = 1000
delay_warning_time = 0
bounce_queue_lifetime = 1h
maximal_queue_lifetime = 1h
queue_run_delay = 5s
minimal_backoff_time = 5s
maximal_backoff_time = 10s
EOF
	# Replace the standard listeners with ours on free ports.
	sed -i -E '/^(smtp|submission|submissions|smtps)[[:space:]]+inet/,/^[^[:space:]#]/{/^(smtp|submission|submissions|smtps)[[:space:]]+inet/d;/^[[:space:]]+-o/d}' "$pf/master.cf"
	cat >>"$pf/master.cf" <<EOF
127.0.0.1:$smtp inet n - y - - smtpd
127.0.0.1:$submission inet n - y - - smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_tls_auth_only=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
EOF
	# chroot (the "y" above) needs the LMTP and auth sockets reachable by
	# absolute path: run unchrooted instead.
	sed -i -E 's/^(127\.0\.0\.1:[0-9]+[[:space:]]+inet[[:space:]]+n[[:space:]]+-[[:space:]]+)y/\1n/' "$pf/master.cf"
	sed -i -E 's/^((smtp|lmtp|cleanup|qmgr|pickup|rewrite|bounce|defer|trace|verify|flush|proxymap|proxywrite|relay|showq|error|retry|discard|local|virtual|anvil|scache|postlog|tlsmgr)[[:space:]]+(unix|fifo|unix-dgram|pass)[[:space:]]+[-ny][[:space:]]+[-ny][[:space:]]+)y/\1n/' "$pf/master.cf"

	cat >"$dir/stack.env" <<EOF
MS_DIR=$dir
MS_DOMAIN=$domain
MS_HOST=127.0.0.1
MS_IMAP_PORT=$imap
MS_IMAPS_PORT=$imaps
MS_SMTP_PORT=$smtp
MS_SUBMISSION_PORT=$submission
MS_CA_FILE=$dir/ca.pem
MS_DOVECOT_CONF=$dv/dovecot.conf
MS_POSTFIX_DIR=$pf
MS_PASSWORD=$password
MS_USERS=station,consumer,staff1,staff2
MS_CONSUMER_ADDRESS=consumer@example.com
MS_LIB=$MAILSTACK_LIB
MS_LMTP_SOCKET=$dv/base/lmtp
MS_DOVECOT_LOG=$dir/dovecot.log
MS_POSTFIX_LOG=$dir/postfix.log
EOF

	mailstack_dovecot "$dir" start
	mailstack_postfix "$dir" start
	local p
	for p in "$imap" "$imaps" "$smtp" "$submission"; do
		mailstack_wait_port "$p"
	done
	mailstack_log "up in $dir: imap $imap imaps $imaps smtp $smtp submission $submission"
}

# mailstack_dovecot DIR stop|start|kick USER
mailstack_dovecot() {
	local dir=${1:?mailstack_dovecot DIR stop|start|kick USER} op=${2:?mailstack_dovecot DIR stop|start|kick USER}
	local conf=$dir/dovecot/dovecot.conf pidfile=$dir/dovecot/base/master.pid
	case $op in
	start)
		if mailstack_pid_alive "$pidfile"; then
			return 0
		fi
		dovecot -c "$conf" >>"$dir/dovecot.out" 2>&1 </dev/null || {
			mailstack_log "dovecot did not start; its log:"
			tail -n 20 "$dir/dovecot.log" "$dir/dovecot.out" >&2 2>/dev/null || true
			return 1
		}
		local i
		for ((i = 0; i < 100; i++)); do
			[[ -S $dir/dovecot/base/lmtp ]] && mailstack_pid_alive "$pidfile" && return 0
			sleep 0.1
		done
		mailstack_log "dovecot wrote no PID file or LMTP socket"
		return 1
		;;
	stop)
		mailstack_kill_pidfile "$pidfile" dovecot
		;;
	kick)
		local user=${3:?mailstack_dovecot DIR kick USER}
		[[ $user == *@* ]] || user=$user@station.test
		doveadm -c "$conf" kick "$user" >>"$dir/dovecot.out" 2>&1 </dev/null || true
		;;
	*)
		mailstack_log "mailstack_dovecot: unknown operation $op"
		return 2
		;;
	esac
}

# mailstack_postfix DIR stop|start
mailstack_postfix() {
	local dir=${1:?mailstack_postfix DIR stop|start} op=${2:?mailstack_postfix DIR stop|start}
	local pf=$dir/postfix pidfile=$dir/postfix/queue/pid/master.pid
	case $op in
	start)
		if mailstack_pid_alive "$pidfile"; then
			return 0
		fi
		postfix -c "$pf" start >>"$dir/postfix.out" 2>&1 </dev/null || {
			mailstack_log "postfix did not start; postfix check and its log say:"
			postfix -c "$pf" check >&2 </dev/null || true
			tail -n 20 "$dir/postfix.log" "$dir/postfix.out" >&2 2>/dev/null || true
			return 1
		}
		local i
		for ((i = 0; i < 100; i++)); do
			mailstack_pid_alive "$pidfile" && return 0
			sleep 0.1
		done
		mailstack_log "postfix wrote no PID file"
		return 1
		;;
	stop)
		mailstack_kill_pidfile "$pidfile" postfix
		;;
	*)
		mailstack_log "mailstack_postfix: unknown operation $op"
		return 2
		;;
	esac
}

# mailstack_pid_alive PIDFILE: the process the file names runs.
mailstack_pid_alive() {
	local pid
	[[ -s $1 ]] || return 1
	pid=$(tr -dc 0-9 <"$1")
	[[ -n $pid ]] && kill -0 "$pid" 2>/dev/null
}

# mailstack_kill_pidfile PIDFILE NAME: TERM the master named by the file
# and wait up to 10 s for it (and so its children) to go; then KILL.
mailstack_kill_pidfile() {
	local pidfile=$1 name=$2 pid i
	[[ -s $pidfile ]] || return 0
	pid=$(tr -dc 0-9 <"$pidfile")
	[[ -n $pid ]] || return 0
	kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; return 0; }
	kill -TERM "$pid" 2>/dev/null || true
	for ((i = 0; i < 100; i++)); do
		kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; return 0; }
		sleep 0.1
	done
	mailstack_log "$name (pid $pid) did not stop on TERM; killing it"
	kill -KILL "$pid" 2>/dev/null || true
	rm -f "$pidfile"
}

# mailstack_stop DIR stops both daemons; safe to call twice and from a trap.
mailstack_stop() {
	local dir=${1:-}
	[[ -n $dir && -d $dir ]] || return 0
	mailstack_postfix "$dir" stop || true
	mailstack_dovecot "$dir" stop || true
}
