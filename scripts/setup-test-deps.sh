#!/usr/bin/env bash
# Installs what the test suite needs beyond Python packages, idempotently:
# Debian's chromium (for the Playwright browser tests) and the npm packages the server serves.
# Called by `make test` and `make run`; safe to run again (does nothing when all is present).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian chromium for the browser tests" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: chromium is missing; install it (apt-get install chromium) for the browser tests" >&2
  fi
fi

if [ -f server/package.json ] && command -v npm >/dev/null 2>&1; then
  if [ ! -d server/node_modules ] || [ server/package.json -nt server/node_modules ]; then
    echo "setup: installing the server's front-end packages from npm" >&2
    (cd server && npm install --no-audit --no-fund --loglevel=error)
    touch server/node_modules
  fi
fi
