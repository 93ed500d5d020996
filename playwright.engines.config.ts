import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { UPSTREAM_PORT } from "./e2e-engines/fixtures";
import { PAGE_CACHE_READY_PATTERN } from "./scripts/page-cache.mjs";

// The cross-engine suite (npm run test:engines): the same learner's scenarios in Firefox and in
// WebKit (sync pairs each with a second browser: Chromium, Firefox), against the production build
// (`npm run build` first). WebKit needs a display: xvfb-run.
// The vaults the sync scenario makes go to a folder of this run's, not the checkout's .data: made
// by the runner, removed as it exits; workers load this file again and inherit the environment.
if (!process.env.ENGINES_SYNC_DATA_DIR) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "roadmap-engines-sync-"));
  process.env.ENGINES_SYNC_DATA_DIR = dir;
  process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
}

export default defineConfig({
  testDir: "e2e-engines",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: "list",
  timeout: 120_000,
  workers: 1,
  projects: [{ name: "firefox" }, { name: "webkit" }],
  webServer: {
    command: "npm start",
    url: `http://127.0.0.1:${UPSTREAM_PORT}`,
    wait: { stdout: PAGE_CACHE_READY_PATTERN },
    env: { PORT: String(UPSTREAM_PORT), HOSTNAME: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1", SYNC_DATA_DIR: process.env.ENGINES_SYNC_DATA_DIR },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
