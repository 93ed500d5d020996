#!/usr/bin/env bash
# Installs Node.js 24, the runtime, from the npm registry (the `node` package carries the binary) into
# .cache/node24 unless a Node.js 24 is already there, and prints the folder to put first on PATH:
#   export PATH="$(bash scripts/install-node24.sh):$PATH"
# Needs only an npm, of any Node.js. What npm says goes to stderr, so stdout is the folder alone.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=.cache/node24
bin="$PWD/$dir/node_modules/.bin"
installed() { [ -x "$bin/node" ] && [[ "$("$bin/node" --version 2>/dev/null)" == v24.* ]]; }

if ! installed; then
  command -v npm >/dev/null || { echo "install-node24: npm is needed to fetch Node.js 24 (apt-get install -y npm)" >&2; exit 1; }
  rm -rf "$dir"
  mkdir -p "$dir"
  # Its own package.json, so that the `node` package's install script (which fetches the binary for
  # this platform) is a decision written down: npm 11 runs only the install scripts allowed here.
  echo '{ "private": true, "allowScripts": { "node": true } }' > "$dir/package.json"
  (cd "$dir" && npm install --no-save --no-audit --no-fund node@24) >&2
  installed || { echo "install-node24: npm installed no Node.js 24 into $dir" >&2; exit 1; }
fi
echo "$bin"
