#!/usr/bin/env bash
# `npm run test:example`: builds the site with the example roadmap (content/example-roadmap: another
# article, in Spanish, other slugs, a different number of steps and topics) in place of content/roadmap,
# checks that no page shows the shipped roadmap's names or an English interface word, and runs the
# whole end-to-end suite against it, then the learner's scenario in Firefox, so no code or test can
# quietly assume the shipped roadmap or English.
source "$(dirname "$0")/build-with-roadmap.sh" content/example-roadmap

npx tsx scripts/check-foreign-words.ts "$project" .next
E2E_PORT="${EXAMPLE_E2E_PORT:-3220}" npx playwright test
xvfb-run -a npx playwright test -c playwright.engines.config.ts --project=firefox e2e-engines/learner.spec.ts
