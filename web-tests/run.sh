#!/usr/bin/env bash
# Browser tests of the web client against a running stack (start it first: deploy/run.sh).
# Installs Debian's chromium when missing (apt-get; root or sudo), the pinned playwright-core with
# npm ci, then runs the tests with node's own test runner. Screenshots go to docs/screenshots/.
#
#   web-tests/run.sh                 against http://localhost:8080
#   TIP_WEB_URL=http://host:port web-tests/run.sh
#   CHROMIUM_PATH=/path/to/chromium, TIP_SCREENSHOTS=/some/dir   other browser binary / screenshot folder
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export TIP_WEB_URL=${TIP_WEB_URL:-http://localhost:8080}
export CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}
say() { echo "web-tests: $*" >&2; }

if [[ ! -x $CHROMIUM_PATH ]]; then
  say "installing chromium (Debian package)"
  SUDO=; [[ $(id -u) -eq 0 ]] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
command -v node >/dev/null || { say "node (20 or newer) is needed"; exit 1; }

cd "$HERE"
npm ci --no-audit --no-fund --loglevel=error

if ! curl -fs "$TIP_WEB_URL/q/health/ready" >/dev/null; then
  say "the gateway is not ready at $TIP_WEB_URL; start the stack with deploy/run.sh"
  exit 1
fi
say "running against $TIP_WEB_URL with $("$CHROMIUM_PATH" --version 2>/dev/null | head -n 1)"
exec node --test --test-concurrency=1 --test-reporter=spec tests/
