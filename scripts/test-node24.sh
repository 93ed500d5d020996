#!/usr/bin/env bash
# `npm run test:node24`: the site on Node.js 24, the active LTS, beside the Node.js that runs the rest
# of the tests: the unit tests, a production build, and the smoke end-to-end tests (every page, a
# status, a share link) against that build's server. Node 24 comes from the npm registry (the `node`
# package carries the binary), into .cache/node24.
set -euo pipefail
cd "$(dirname "$0")/.."

node24_dir=.cache/node24
if [ ! -x "$node24_dir/node_modules/.bin/node" ]; then
  mkdir -p "$node24_dir"
  # Its own package.json, so that the `node` package's install script is a decision written down.
  echo '{ "private": true, "allowScripts": { "node": true } }' > "$node24_dir/package.json"
  (cd "$node24_dir" && npm install --no-save --no-audit --no-fund node@24)
fi
export PATH="$PWD/$node24_dir/node_modules/.bin:$PATH"
echo "Node.js $(node --version)"

npx vitest run
NEXT_TELEMETRY_DISABLED=1 npm run -s build
npx playwright test --grep @smoke
