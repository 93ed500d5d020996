// `npm run bench`: builds the production server and a bare Next.js page, then measures what the budgets
// in the README promise: Lighthouse against the bare page (the floor, measured in the same run),
// interaction latency, JavaScript per page, throughput beside a bare Node server, memory under load,
// recovery after a crash, and the sync API under load against each store (bench/sync-load.ts). Prints a
// table; exits non-zero if any budget is missed. `--sync-only`: the sync load alone, on the last build.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { get, type IncomingHttpHeaders } from "node:http";
import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { chromium } from "@playwright/test";
import autocannon from "autocannon";
import { CHROMIUM_ARGS, chromiumExecutable } from "../e2e/browser";
import { loadRoadmap } from "../lib/content/load";
import { REVIEW_PATH, stepPath } from "../lib/site/paths";
import { buildBareApp, startBareApp } from "./bench/bare-app";
import { lighthouse, type LighthouseResult, median } from "./bench/lighthouse";
import { measureSyncLoad } from "./bench/sync-load";
import { PAGE_CACHE_READY } from "./page-cache.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BARE_NODE_PORT = PORT + 1;
const DEVTOOLS_PORT = PORT + 2;
const BARE_NEXT_PORT = PORT + 3;
const SYNC_PORT = PORT + 4;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const BARE_ORIGIN = `http://127.0.0.1:${BARE_NEXT_PORT}`;

const { article, steps } = loadRoadmap();
const FIRST_STEP = stepPath(steps[0]!.slug);
const PAGES = ["/", ...steps.map((step) => stepPath(step.slug)), article.permalink, REVIEW_PATH, "/steps/unknown"];
const LIGHTHOUSE_PAGES = { overview: "/", step: FIRST_STEP, article: article.permalink };
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

const BUDGET = {
  jsKiB: 150,
  /** Performance may be at most this many points under the bare page's. */
  performanceGap: 3,
  /** Total Blocking Time may be at most this multiple of the bare page's. */
  tbtRatio: 1.25,
  perfect: ["accessibility", "best-practices", "seo"] as const,
  /** Setting a status, with the CPU slowed 4×: interaction to next paint. */
  inpMs: 100,
  throughputRatio: 0.6,
  // After the load, resident memory must settle within this factor of what it was before.
  memorySettleFactor: 1.5,
};

type Row = { check: string; measured: string; budget: string; ok: boolean };
const rows: Row[] = [];
function record(check: string, measured: string, budget: string, ok: boolean) {
  rows.push({ check, measured, budget, ok });
  console.log(`${ok ? "ok  " : "MISS"} ${check}: ${measured} (budget ${budget})`);
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (kibibytes: number) => `${(kibibytes / 1024).toFixed(0)} MiB`;

/** Resident memory of a process and its children, in KiB, from /proc. */
function treeRssKiB(pid: number): number {
  const children = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]?.split(" ")[1] === String(pid);
      } catch {
        return false;
      }
    });
  let own = 0;
  try {
    own = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    // the process has exited
  }
  return own + children.reduce((sum, child) => sum + treeRssKiB(Number(child)), 0);
}

async function waitForServer(url: string, timeoutMs = 30_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    try {
      const response = await fetch(url);
      if (response.ok) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function startServer(): ChildProcess {
  const server = spawn(process.execPath, [".next/standalone/server.mjs"], {
    env: { ...process.env, PORT: String(PORT), HOSTNAME: "127.0.0.1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  server.stdout?.on("data", () => {}); // keep the pipe drained
  return server;
}

/** Resolves when the server says its page cache is filled, so measurements see the steady state. */
function pageCacheReady(server: ChildProcess, timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${PAGE_CACHE_READY}" from the server within ${timeoutMs} ms`)), timeoutMs);
    server.stdout?.on("data", (chunk: Buffer) => {
      if (!chunk.toString().includes(PAGE_CACHE_READY)) return;
      clearTimeout(timer);
      resolve();
    });
  });
}

async function stopServer(server: ChildProcess, signal: NodeJS.Signals = "SIGTERM") {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill(signal);
  await exited;
}

function build() {
  const started = performance.now();
  // Canonical URLs must name the origin Lighthouse visits, or its SEO audit rightly fails them.
  execFileSync("npm", ["run", "-s", "build"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, SITE_URL: ORIGIN, NEXT_TELEMETRY_DISABLED: "1" } });
  const seconds = (performance.now() - started) / 1000;
  record("build time", `${seconds.toFixed(1)} s`, "reported", true);
}

/** What crossed the wire for each script of a first visit: compressed body plus response headers. */
async function scriptBytes(url: string): Promise<{ bytes: number; files: number }> {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const scripts: Promise<number>[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "script") scripts.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize));
  });
  await page.goto(url, { waitUntil: "networkidle" });
  const sizes = await Promise.all(scripts);
  await browser.close();
  return { bytes: sizes.reduce((sum, size) => sum + size, 0), files: sizes.length };
}

async function measureJavaScript() {
  const bare = await scriptBytes(`${BARE_ORIGIN}/`);
  record(`JS on first visit, bare Next.js page (${bare.files} files)`, kib(bare.bytes), "reference", true);
  for (const path of PAGES) {
    const { bytes, files } = await scriptBytes(ORIGIN + path);
    record(`JS on first visit ${path} (${files} files)`, kib(bytes), `≤ ${BUDGET.jsKiB} KiB`, bytes <= BUDGET.jsKiB * 1024);
  }
}

/** Lighthouse on the bare page and each measured page, alternating, median of the runs after a warm-up round; budgets relative to the bare page. */
async function measureLighthouse() {
  const targets = { bare: `${BARE_ORIGIN}/`, ...Object.fromEntries(Object.entries(LIGHTHOUSE_PAGES).map(([name, path]) => [name, ORIGIN + path])) };
  // One discarded round first, for every target alike: the first load of each page pays for cold disk
  // caches and an unwarmed server, which is not what the budgets are about.
  for (const url of Object.values(targets)) await lighthouse(url, DEVTOOLS_PORT);
  const runs: Record<string, LighthouseResult[]> = {};
  for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
    for (const [name, url] of Object.entries(targets)) (runs[name] ??= []).push(await lighthouse(url, DEVTOOLS_PORT));
  }
  const summary = Object.fromEntries(
    Object.entries(runs).map(([name, results]) => [
      name,
      {
        performance: median(results.map((result) => result.scores.performance)),
        tbt: median(results.map((result) => result.tbt)),
        lcp: median(results.map((result) => result.lcp)),
        script: median(results.map((result) => result.mainThread["Script Evaluation"] ?? 0)),
        style: median(results.map((result) => result.mainThread["Style & Layout"] ?? 0)),
        dom: median(results.map((result) => result.domSize)),
        perfect: Object.fromEntries(BUDGET.perfect.map((category) => [category, Math.min(...results.map((result) => result.scores[category]))])),
      },
    ]),
  );
  const bare = summary.bare!;
  record(`Lighthouse bare Next.js page (median of ${LIGHTHOUSE_RUNS})`, `Performance ${bare.performance}, LCP ${bare.lcp} ms, TBT ${bare.tbt} ms, script ${bare.script} ms, style & layout ${bare.style} ms, ${bare.dom} DOM nodes`, "reference", true);
  for (const name of Object.keys(LIGHTHOUSE_PAGES)) {
    const page = summary[name]!;
    const gap = bare.performance - page.performance;
    const ratio = bare.tbt ? page.tbt / bare.tbt : 1;
    record(`Lighthouse ${name}: Performance (bare ${bare.performance})`, `${page.performance}, ${gap > 0 ? `${gap} under` : `${-gap} over`}; LCP ${page.lcp} ms`, `≥ bare − ${BUDGET.performanceGap}`, gap <= BUDGET.performanceGap);
    record(`Lighthouse ${name}: TBT (bare ${bare.tbt} ms)`, `${page.tbt} ms, ${ratio.toFixed(2)}× bare; script ${page.script} ms, style & layout ${page.style} ms, ${page.dom} DOM nodes`, `≤ ${BUDGET.tbtRatio}× bare`, ratio <= BUDGET.tbtRatio);
    for (const category of BUDGET.perfect) {
      const score = page.perfect[category]!;
      record(`Lighthouse ${name}: ${category} (lowest of ${LIGHTHOUSE_RUNS})`, String(score), "100", score === 100);
    }
  }
}

/** Setting a topic's status with the CPU slowed 4×: the longest interaction to next paint (Event Timing) over several clicks. */
async function measureInteraction() {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(ORIGIN + FIRST_STEP, { waitUntil: "networkidle" });
  await page.locator(".theme-toggle input:checked").waitFor({ state: "attached" });
  await page.evaluate(() => {
    const durations: Record<number, number> = {};
    (window as unknown as { interactions: Record<number, number> }).interactions = durations;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        if (entry.interactionId) durations[entry.interactionId] = Math.max(durations[entry.interactionId] ?? 0, entry.duration);
      }
    }).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
  const statuses = ["Learning", "Done", "Skipped", "Not started"];
  let taken = 0;
  for (const [index, topic] of steps[0]!.topics.entries()) {
    const radio = page.getByRole("radiogroup", { name: topic.title, exact: true }).getByRole("radio", { name: statuses[index % statuses.length]!, exact: true });
    // As a person taps: the control is on screen and drawn first, and a finger rests on it a moment.
    await radio.scrollIntoViewIfNeeded();
    await sleep(400);
    const box = (await radio.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await sleep(100);
    await page.mouse.down();
    await sleep(80);
    await page.mouse.up();
    await sleep(400);
    if (await radio.isChecked()) taken++;
  }
  const durations = Object.values(await page.evaluate(() => (window as unknown as { interactions: Record<number, number> }).interactions));
  await browser.close();
  // Event Timing reports only interactions of 16 ms or more.
  const worst = Math.max(16, ...durations);
  const taps = steps[0]!.topics.length;
  record(
    `setting a status, CPU 4× slower: worst INP of ${taps} taps`,
    `${worst} ms${durations.length ? "" : " (every one under 16 ms)"}, ${taken} of ${taps} statuses set`,
    `≤ ${BUDGET.inpMs} ms`,
    worst <= BUDGET.inpMs && taken === taps,
  );
}

function load(url: string, connections: number, duration: number) {
  return autocannon({ url, connections, duration, headers: { "accept-encoding": "gzip" } });
}

/** A bare Node server answering the same status, headers and gzip bytes as the page, for comparison. */
async function startBareServer(): Promise<ChildProcess> {
  // node:http, not fetch: fetch would decompress the body, and the bare server must send the same bytes.
  const { headers: pageHeaders, body } = await new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    get(ORIGIN + FIRST_STEP, { headers: { "accept-encoding": "gzip" } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
  mkdirSync(".bench", { recursive: true });
  writeFileSync(".bench/page.gz", body);
  const headers = JSON.stringify({ "content-type": pageHeaders["content-type"], "content-encoding": pageHeaders["content-encoding"], etag: pageHeaders.etag, "cache-control": pageHeaders["cache-control"], vary: pageHeaders.vary });
  const source = `const body=require("fs").readFileSync(".bench/page.gz");const headers=${headers};require("http").createServer((q,s)=>{s.writeHead(200,headers);s.end(body)}).listen(${BARE_NODE_PORT},"127.0.0.1")`;
  const bare = spawn(process.execPath, ["-e", source], { stdio: "inherit" });
  await waitForServer(`http://127.0.0.1:${BARE_NODE_PORT}/`);
  return bare;
}

async function measureThroughput(server: ChildProcess) {
  const bare = await startBareServer();
  const bareResult = await load(`http://127.0.0.1:${BARE_NODE_PORT}/`, 32, 10);
  await stopServer(bare);
  const nextResult = await load(ORIGIN + FIRST_STEP, 32, 10);
  const ratio = nextResult.requests.average / bareResult.requests.average;
  record("bare Node server, 32 connections, 10 s", `${Math.round(bareResult.requests.average)} req/s, p99 ${bareResult.latency.p99} ms`, "reference", true);
  record(
    `production server ${FIRST_STEP}, 32 connections, 10 s`,
    `${Math.round(nextResult.requests.average)} req/s, p99 ${nextResult.latency.p99} ms, ${nextResult.errors} errors, ${nextResult.non2xx} non-2xx`,
    "0 errors, 0 non-2xx",
    nextResult.errors === 0 && nextResult.non2xx === 0,
  );
  record("throughput ratio (production / bare)", ratio.toFixed(3), `≥ ${BUDGET.throughputRatio}`, ratio >= BUDGET.throughputRatio);
  record("server memory, peak RSS after 32-connection load", mib(peakRss(server)), "reported", true);
}

function peakRss(server: ChildProcess): number {
  return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, "utf8"))?.[1] ?? 0);
}

async function measureSustainedLoad(server: ChildProcess) {
  const pid = server.pid!;
  const before = treeRssKiB(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssKiB(pid))), 250);
  const paths = ["/", ...steps.slice(0, 3).map((step) => stepPath(step.slug)), article.permalink, "/sitemap.xml"].slice(0, 5);
  const results = await Promise.all(paths.map((path) => load(ORIGIN + path, 20, 30)));
  clearInterval(sampler);
  await sleep(5_000);
  const after = treeRssKiB(pid);
  const errors = results.reduce((sum, result) => sum + result.errors + result.timeouts, 0);
  const non2xx = results.reduce((sum, result) => sum + result.non2xx, 0);
  const requests = results.reduce((sum, result) => sum + result.requests.total, 0);
  record(`100 connections for 30 s over ${paths.length} pages`, `${requests} requests, ${errors} errors, ${non2xx} non-2xx`, "0 errors, 0 non-2xx", errors === 0 && non2xx === 0);
  record("memory before / peak / 5 s after the load", `${mib(before)} / ${mib(peak)} / ${mib(after)}`, `after ≤ ${BUDGET.memorySettleFactor}× before`, after <= before * BUDGET.memorySettleFactor);
}

async function measureRestart(server: ChildProcess): Promise<ChildProcess> {
  await stopServer(server, "SIGKILL");
  const restarted = startServer();
  const milliseconds = await waitForServer(ORIGIN + FIRST_STEP);
  const page = await (await fetch(ORIGIN + FIRST_STEP)).text();
  const correct = page.includes(`<h1>${steps[0]!.title.replaceAll("&", "&amp;")}</h1>`);
  record("killed with SIGKILL, restarted: first correct answer", `${milliseconds.toFixed(0)} ms, ${correct ? "correct page" : "WRONG page"}`, "correct page", correct);
  return restarted;
}

async function measureSite() {
  if (!process.argv.includes("--no-build")) build();
  const bareDir = buildBareApp(process.cwd());
  const bareApp = startBareApp(bareDir, BARE_NEXT_PORT);
  let server = startServer();
  try {
    await pageCacheReady(server);
    await waitForServer(`${BARE_ORIGIN}/`);
    // Warm up, so that first-request work is not counted as load.
    await load(ORIGIN + FIRST_STEP, 4, 2);
    await measureJavaScript();
    await measureLighthouse();
    await measureInteraction();
    await stopServer(bareApp);
    await measureThroughput(server);
    await measureSustainedLoad(server);
    server = await measureRestart(server);
  } finally {
    await stopServer(server);
    await stopServer(bareApp);
  }
}

async function main() {
  console.log(`${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  const syncOnly = process.argv.includes("--sync-only");
  if (!syncOnly) await measureSite();
  await measureSyncLoad(record, { port: SYNC_PORT });

  const width = Math.max(...rows.map((row) => row.check.length));
  console.log(`\n${"check".padEnd(width)} | result | measured | budget`);
  for (const row of rows) console.log(`${row.check.padEnd(width)} | ${row.ok ? "ok  " : "MISS"} | ${row.measured} | ${row.budget}`);
  mkdirSync(".bench", { recursive: true });
  writeFileSync(".bench/results.json", `${JSON.stringify(rows, null, 2)}\n`);
  const missed = rows.filter((row) => !row.ok).length;
  console.log(missed ? `\n${missed} budget(s) missed.` : "\nEvery budget met.");
  process.exitCode = missed ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
