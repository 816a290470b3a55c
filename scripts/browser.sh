#!/usr/bin/env bash
# The complaint form's browser test: headless Chromium from Debian's
# packages, driven by chromedp against `redress run` (cmd/redress,
# build tag "browser"). Installs chromium when it is missing and it can
# (as root, with apt-get). Under CI (CI=true) a browser that cannot be
# had fails the run; elsewhere the test is skipped with a note.
#
#   scripts/browser.sh                 run the test
#   scripts/browser.sh -screenshots    and write docs/complaint-*.png again
set -euo pipefail
cd "$(dirname "$0")/.."

have_chromium() {
	[ -n "${REDRESS_CHROMIUM:-}" ] && command -v "$REDRESS_CHROMIUM" >/dev/null && return 0
	command -v chromium >/dev/null || command -v chromium-browser >/dev/null
}

if ! have_chromium; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		echo "== installing chromium (Debian package) and CJK fonts for the browser test"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq
		apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
	elif [ "${CI:-}" = true ]; then
		echo "browser test: no chromium and no way to install it (needs root and apt-get); install Debian's chromium package or set REDRESS_CHROMIUM" >&2
		exit 1
	fi
fi

echo "== go test -tags browser -run TestBrowser ./cmd/redress"
args=()
if [ "${1:-}" = -screenshots ]; then
	args=(-args -screenshots)
fi
go test -tags browser -count=1 -run TestBrowser ./cmd/redress "${args[@]}"
