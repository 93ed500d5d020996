// `npm run bench`: builds the production server, then measures what the budgets in the README
// promise: JavaScript per page, Lighthouse scores, throughput beside a bare Node server, memory
// under load, and recovery after a crash. Prints a table; exits non-zero if any budget is missed.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { get, type IncomingHttpHeaders } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { chromium } from "@playwright/test";
import autocannon from "autocannon";
import { CHROMIUM_ARGS, chromiumExecutable } from "../e2e/browser";
import { PAGE_CACHE_READY } from "./page-cache.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BARE_PORT = PORT + 1;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const ARTICLE = "/blog/5-steps-to-build-a-career-in-ai-and-machine-learning";
const PAGES = ["/", "/steps/foundations", "/steps/specialize", ARTICLE, "/steps/unknown"];
const LIGHTHOUSE_PAGES = ["/", "/steps/foundations", ARTICLE];
const THROUGHPUT_PAGE = "/steps/foundations";

const BUDGET = {
  jsKiB: 150,
  lighthouse: { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 } as Record<string, number>,
  throughputRatio: 0.06,
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

async function measureJavaScript() {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  for (const path of PAGES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts: Promise<number>[] = [];
    page.on("requestfinished", (request) => {
      // What crossed the wire for each script: compressed body plus response headers.
      if (request.resourceType() === "script") scripts.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize));
    });
    await page.goto(ORIGIN + path, { waitUntil: "networkidle" });
    const bytes = (await Promise.all(scripts)).reduce((sum, size) => sum + size, 0);
    await context.close();
    record(`JS on first visit ${path} (${scripts.length} files)`, kib(bytes), `≤ ${BUDGET.jsKiB} KiB`, bytes <= BUDGET.jsKiB * 1024);
  }
  await browser.close();
}

async function measureLighthouse() {
  const debuggingPort = PORT + 2;
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS, `--remote-debugging-port=${debuggingPort}`] });
  for (const path of LIGHTHOUSE_PAGES) {
    // The CLI in its own plain Node process: run under tsx, Lighthouse's in-page functions break.
    const report = execFileSync("node_modules/.bin/lighthouse", [ORIGIN + path, `--port=${debuggingPort}`, "--output=json", "--quiet"], { maxBuffer: 64 * 1024 * 1024, encoding: "utf8" });
    const categories = (JSON.parse(report) as { categories: Record<string, { score: number | null }> }).categories;
    for (const [id, minimum] of Object.entries(BUDGET.lighthouse)) {
      const score = Math.round((categories[id]?.score ?? 0) * 100);
      record(`Lighthouse ${id} ${path}`, String(score), `≥ ${minimum}`, score >= minimum);
    }
  }
  await browser.close();
}

function load(url: string, connections: number, duration: number) {
  return autocannon({ url, connections, duration, headers: { "accept-encoding": "gzip" } });
}

/** A bare Node server answering the same status, headers and gzip bytes as the page, for comparison. */
async function startBareServer(): Promise<ChildProcess> {
  // node:http, not fetch: fetch would decompress the body, and the bare server must send the same bytes.
  const { headers: pageHeaders, body } = await new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    get(ORIGIN + THROUGHPUT_PAGE, { headers: { "accept-encoding": "gzip" } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
  mkdirSync(".bench", { recursive: true });
  writeFileSync(".bench/page.gz", body);
  const headers = JSON.stringify({ "content-type": pageHeaders["content-type"], "content-encoding": pageHeaders["content-encoding"], etag: pageHeaders.etag, "cache-control": pageHeaders["cache-control"] });
  const source = `const body=require("fs").readFileSync(".bench/page.gz");const headers=${headers};require("http").createServer((q,s)=>{s.writeHead(200,headers);s.end(body)}).listen(${BARE_PORT},"127.0.0.1")`;
  const bare = spawn(process.execPath, ["-e", source], { stdio: "inherit" });
  await waitForServer(`http://127.0.0.1:${BARE_PORT}/`);
  return bare;
}

async function measureThroughput(server: ChildProcess) {
  const bare = await startBareServer();
  const bareResult = await load(`http://127.0.0.1:${BARE_PORT}/`, 32, 10);
  await stopServer(bare);
  const nextResult = await load(ORIGIN + THROUGHPUT_PAGE, 32, 10);
  const ratio = nextResult.requests.average / bareResult.requests.average;
  record("bare Node server, 32 connections, 10 s", `${Math.round(bareResult.requests.average)} req/s, p99 ${bareResult.latency.p99} ms`, "reference", true);
  record(
    `production server ${THROUGHPUT_PAGE}, 32 connections, 10 s`,
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
  const paths = ["/", "/steps/foundations", "/steps/projects", ARTICLE, "/sitemap.xml"];
  const results = await Promise.all(paths.map((path) => load(ORIGIN + path, 20, 30)));
  clearInterval(sampler);
  await sleep(5_000);
  const after = treeRssKiB(pid);
  const errors = results.reduce((sum, result) => sum + result.errors + result.timeouts, 0);
  const non2xx = results.reduce((sum, result) => sum + result.non2xx, 0);
  const requests = results.reduce((sum, result) => sum + result.requests.total, 0);
  record("100 connections for 30 s over 5 pages", `${requests} requests, ${errors} errors, ${non2xx} non-2xx`, "0 errors, 0 non-2xx", errors === 0 && non2xx === 0);
  record("memory before / peak / 5 s after the load", `${mib(before)} / ${mib(peak)} / ${mib(after)}`, `after ≤ ${BUDGET.memorySettleFactor}× before`, after <= before * BUDGET.memorySettleFactor);
}

async function measureRestart(server: ChildProcess): Promise<ChildProcess> {
  await stopServer(server, "SIGKILL");
  const restarted = startServer();
  const milliseconds = await waitForServer(ORIGIN + THROUGHPUT_PAGE);
  const page = await (await fetch(ORIGIN + THROUGHPUT_PAGE)).text();
  const correct = page.includes("<h1>Develop a Strong Foundation in Mathematics and Programming</h1>");
  record("killed with SIGKILL, restarted: first correct answer", `${milliseconds.toFixed(0)} ms, ${correct ? "correct page" : "WRONG page"}`, "correct page", correct);
  return restarted;
}

async function main() {
  if (!process.argv.includes("--no-build")) build();
  let server = startServer();
  try {
    await pageCacheReady(server);
    // Warm up, so that first-request work is not counted as load.
    await load(ORIGIN + THROUGHPUT_PAGE, 4, 2);
    await measureJavaScript();
    await measureLighthouse();
    await measureThroughput(server);
    await measureSustainedLoad(server);
    server = await measureRestart(server);
  } finally {
    await stopServer(server);
  }

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
