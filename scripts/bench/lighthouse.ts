// Lighthouse 12, mobile defaults, in Debian's Chromium started fresh for every run (--headless=new).
// The CLI runs in its own plain Node process: under tsx, Lighthouse's in-page functions break.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { CHROMIUM_ARGS, chromiumExecutable } from "../../e2e/browser";

export interface LighthouseResult {
  scores: Record<"performance" | "accessibility" | "best-practices" | "seo", number>;
  tbt: number;
  /** Lighthouse's estimate of Largest Contentful Paint, in ms: with TBT, most of the Performance score. */
  lcp: number;
  /** Main-thread time by category (script evaluation, style & layout…), in ms. */
  mainThread: Record<string, number>;
  domSize: number;
}

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; details?: { items?: { group?: string; groupLabel?: string; duration?: number }[] } }>;
}

export async function lighthouse(url: string, debuggingPort: number): Promise<LighthouseResult> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "lighthouse-chromium-"));
  const executable = chromiumExecutable() ?? (await import("@playwright/test")).chromium.executablePath();
  const browser = spawn(executable, [...CHROMIUM_ARGS, "--headless=new", `--remote-debugging-port=${debuggingPort}`, `--user-data-dir=${profile}`, "about:blank"], { stdio: "ignore" });
  try {
    await waitForDevTools(debuggingPort);
    const json = execFileSync("node_modules/.bin/lighthouse", [url, `--port=${debuggingPort}`, "--output=json", "--quiet", "--max-wait-for-load=60000"], {
      maxBuffer: 64 * 1024 * 1024,
      encoding: "utf8",
      timeout: 180_000,
    });
    const report = JSON.parse(json) as Report;
    const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
    const mainThread: Record<string, number> = {};
    for (const item of report.audits["mainthread-work-breakdown"]?.details?.items ?? []) {
      mainThread[item.groupLabel ?? item.group ?? "other"] = Math.round(item.duration ?? 0);
    }
    return {
      scores: { performance: score("performance"), accessibility: score("accessibility"), "best-practices": score("best-practices"), seo: score("seo") },
      tbt: Math.round(report.audits["total-blocking-time"]?.numericValue ?? 0),
      lcp: Math.round(report.audits["largest-contentful-paint"]?.numericValue ?? 0),
      mainThread,
      domSize: report.audits["dom-size"]?.numericValue ?? 0,
    };
  } finally {
    browser.kill();
    await sleep(300);
    rmSync(profile, { recursive: true, force: true });
  }
}

async function waitForDevTools(port: number) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`Chromium's DevTools did not open on port ${port}`);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}
