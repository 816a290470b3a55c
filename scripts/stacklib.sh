# stacklib.sh: what the private test stacks (mailstack.sh, pgstack.sh)
# share. Source it; it defines functions only.

# stack_install LOG PKG...: installs the Debian packages among PKG that are
# missing, without letting any start a system service (a policy-rc.d that
# refuses, removed afterwards if this made it); apt's output is shown only
# when it fails. LOG is the caller's log function. Quiet when all are there;
# returns 1 when packages are missing and this is not root.
stack_install() {
	local log=$1 missing=() p
	shift
	for p in "$@"; do
		if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
			missing+=("$p")
		fi
	done
	if ((${#missing[@]} == 0)); then
		return 0
	fi
	if [[ $(id -u) -ne 0 ]]; then
		"$log" "missing packages ${missing[*]} and not root: cannot install them"
		return 1
	fi
	"$log" "installing ${missing[*]}"
	local made_policy=0
	if [[ ! -e /usr/sbin/policy-rc.d ]]; then
		printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
		chmod 755 /usr/sbin/policy-rc.d
		made_policy=1
	fi
	local rc=0 out
	out=$(mktemp "${TMPDIR:-/tmp}/stack-apt.XXXXXX")
	{
		DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
	} >"$out" 2>&1 || rc=$?
	if ((made_policy)); then
		rm -f /usr/sbin/policy-rc.d
	fi
	if ((rc != 0)); then
		"$log" "apt-get install ${missing[*]} exited $rc:"
		tail -n 20 "$out" >&2
	fi
	rm -f "$out"
	return "$rc"
}

# stack_free_port prints a TCP port on 127.0.0.1 that nobody listens on now
# and that this shell has not handed out yet.
stack_free_port() {
	local port
	while :; do
		port=$((20000 + RANDOM % 40000))
		if [[ " ${STACK_USED_PORTS:-} " == *" $port "* ]]; then
			continue
		fi
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			STACK_USED_PORTS="${STACK_USED_PORTS:-} $port"
			echo "$port"
			return 0
		fi
	done
}
