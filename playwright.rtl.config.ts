import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// The right-to-left smoke test (npm run test:rtl) against the production build of the Arabic roadmap,
// with an HTML report that keeps its screenshots (RTL_REPORT_DIR, else playwright-report/rtl).
export default defineConfig({
  ...base,
  testDir: "e2e-rtl",
  reporter: [["list"], ["html", { open: "never", outputFolder: process.env.RTL_REPORT_DIR ?? "playwright-report/rtl" }]],
});
