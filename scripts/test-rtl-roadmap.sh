#!/usr/bin/env bash
# `npm run test:rtl`: builds the site with the Arabic roadmap (content/arabic-roadmap, written right to
# left) in place of content/roadmap and runs the right-to-left smoke test (e2e-rtl/) against it. Its
# HTML report, with the screenshots, is kept in playwright-report/rtl/.
source "$(dirname "$0")/build-with-roadmap.sh" content/arabic-roadmap

RTL_REPORT_DIR="$project/playwright-report/rtl" E2E_PORT="${RTL_E2E_PORT:-3230}" npx playwright test -c playwright.rtl.config.ts
