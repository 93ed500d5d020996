import fs from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

// Flags that keep Chromium from calling home on a machine with no network, and let it run as root.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-domain-reliability",
  "--metrics-recording-only",
];

/**
 * Playwright's own Chromium where it is installed, else the system's.
 * Returns undefined for Playwright's own (its default), a path for the system's.
 */
export function chromiumExecutable(): string | undefined {
  if (fs.existsSync(chromium.executablePath())) return undefined;
  const system = SYSTEM_CHROMIUM.find((candidate) => fs.existsSync(candidate));
  if (system) return system;
  throw new Error(
    "No Chromium found for the end-to-end tests. Install one with `npx playwright install chromium`, " +
      "or on Debian/Ubuntu with `apt-get install -y chromium` (gives /usr/bin/chromium).",
  );
}
