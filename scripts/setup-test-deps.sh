#!/usr/bin/env bash
# Installs what the server and the test suite need beyond Python packages, idempotently:
# Debian's chromium (for the Playwright browser tests; Playwright never downloads a browser)
# and the npm packages the server serves itself (YASGUI, Cytoscape.js: server/package.json).
# Called by `make test`, `make serve` and `make deps`; does nothing when all is present.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! [ -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian chromium for the browser tests" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: /usr/bin/chromium is missing; install it (apt-get install chromium) for the browser tests" >&2
  fi
fi

# the files the server serves from node_modules (server/ui_tools.py VENDOR)
vendor_ok() {
  [ -f server/node_modules/@zazuko/yasgui/build/yasgui.min.js ] &&
  [ -f server/node_modules/@zazuko/yasgui/build/yasgui.min.css ] &&
  [ -f server/node_modules/cytoscape/dist/cytoscape.min.js ]
}

if [ -f server/package.json ]; then
  if ! vendor_ok || [ server/package.json -nt server/node_modules ]; then
    if ! command -v npm >/dev/null 2>&1; then
      if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        echo "setup: installing Debian npm" >&2
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
      else
        echo "setup: npm is missing; install it to get the editor and graph view files" >&2
        exit 0
      fi
    fi
    echo "setup: installing the server's front-end packages from npm" >&2
    if [ -f server/package-lock.json ]; then
      (cd server && npm ci --no-audit --no-fund --loglevel=error)
    else
      (cd server && npm install --no-audit --no-fund --loglevel=error)
    fi
    touch server/node_modules
  fi
fi
