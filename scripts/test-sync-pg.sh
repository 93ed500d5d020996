#!/usr/bin/env bash
# `npm run test:sync-pg`: the sync end-to-end tests (e2e/sync*.spec.ts) against two production servers
# sharing one PostgreSQL database, TEST_DATABASE_URL, behind a round-robin proxy
# (playwright.sync-pg.config.ts), with the build `npm run build` made. Without a database it is
# skipped, but on CI (`bash .ci/run` sets one up) it fails.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${TEST_DATABASE_URL:-}" ]; then
  case "${CI:-}" in
    "" | 0 | false)
      echo "test:sync-pg: skipped: TEST_DATABASE_URL is not set (postgres://user:password@127.0.0.1:5432/name)."
      exit 0 ;;
    *)
      echo "test:sync-pg: TEST_DATABASE_URL is not set, and CI needs it: the sync tests run against PostgreSQL (bash .ci/run sets one up)." >&2
      exit 1 ;;
  esac
fi
npx playwright test -c playwright.sync-pg.config.ts "$@"
