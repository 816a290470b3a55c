#!/usr/bin/env bash
# interop.sh: redress against a real Dovecot and Postfix on loopback, with
# mutt as the consumer's and staff's mail client (interop/, build tag
# interop). Installs the Debian packages when missing (root), starts a
# private stack in a temporary directory, builds redress, runs the tests,
# and always stops the stack. Exits with the tests' status.
#
# In CI (CI=true) a stack that cannot be installed or started fails the
# run; elsewhere, without root or apt, the suite is skipped with a message.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
# shellcheck source=scripts/mailstack.sh
source "$root/scripts/mailstack.sh"

in_ci=0
[[ ${CI:-} == true ]] && in_ci=1

unavailable() {
	if ((in_ci)); then
		echo "interop: $* (CI=true: failing)" >&2
		exit 1
	fi
	echo "interop: skipped: $*" >&2
	exit 0
}

if ! mailstack_install; then
	unavailable "the mail stack's packages are missing and could not be installed (needs root and apt)"
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/redress-interop.XXXXXX")
cleanup() {
	mailstack_stop "$dir"
	if [[ ${KEEP_STACK:-} == 1 ]]; then
		echo "interop: stack files kept in $dir" >&2
	else
		rm -rf "$dir"
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! mailstack_start "$dir"; then
	echo "interop: the stack did not come up; its logs:" >&2
	tail -n 30 "$dir"/*.log "$dir"/*.out >&2 2>/dev/null || true
	if ((in_ci)); then
		exit 1
	fi
	unavailable "Dovecot and Postfix did not start"
fi

bin=$dir/redress
echo "== go build ./cmd/redress"
CGO_ENABLED=1 go build -o "$bin" ./cmd/redress

echo "== go test -tags interop ./interop/..."
status=0
REDRESS_INTEROP_ENV=$dir/stack.env REDRESS_BIN=$bin \
	go test -tags interop -count=1 -v -timeout 5m ./interop/... || status=$?
if ((status != 0)); then
	echo "interop: tests failed; the stack's last log lines:" >&2
	tail -n 20 "$dir/dovecot.log" "$dir/postfix.log" >&2 2>/dev/null || true
fi
exit "$status"
