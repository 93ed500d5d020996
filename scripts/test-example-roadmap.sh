#!/usr/bin/env bash
# `npm run test:example`: builds the site with the example roadmap (content/example-roadmap: another
# article, other slugs, a different number of steps and topics) in place of content/roadmap, and runs
# the whole end-to-end suite against it, so no code or test can quietly assume the shipped roadmap.
set -euo pipefail
cd "$(dirname "$0")/.."
project=$PWD

work=$(mktemp -d "${TMPDIR:-/tmp}/example-roadmap.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The project as committed (and any new files not yet ignored), without its build output.
git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$work"
# Hard links are quick; Turbopack refuses a node_modules symlinked from outside the project.
cp -al node_modules "$work/node_modules" 2>/dev/null || cp -a node_modules "$work/node_modules"
rm -rf "$work/content/roadmap"
cp -r content/example-roadmap "$work/content/roadmap"

cd "$work"
echo "Example roadmap: $(npx tsx scripts/content-check.ts)"
NEXT_TELEMETRY_DISABLED=1 npm run -s build
npx tsx scripts/check-foreign-words.ts "$project" .next
E2E_PORT="${EXAMPLE_E2E_PORT:-3220}" npx playwright test
