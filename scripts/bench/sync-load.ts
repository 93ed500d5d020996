// The sync API under load, against each store: 200 vaults, each created (PUT If-None-Match: *), read
// back (GET) and updated (PUT If-Match), as 200 devices syncing at once would, with envelopes of the
// size and shape a browser sends (random bytes, base64url: ciphertext does not compress). Each store
// behind its own production server: SQLite in a temporary folder, and PostgreSQL in a schema of its
// own when BENCH_DATABASE_URL or TEST_DATABASE_URL names a database.
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { startProductionServer } from "../../e2e/production-server";
import { SYNC_API_PATH } from "../../lib/sync/protocol";

const VAULTS = 200;
/** Vaults syncing at the same moment: each does its three requests one after another. */
const CONCURRENCY = 8;
/** Vaults synced first and not counted: the first request opens the store and loads the route. */
const WARM_UP_VAULTS = 8;
/** What a browser sends: a replica of a few topics to a few years of notes and reviews, gzipped and encrypted. */
const ENVELOPE_BYTES = { min: 2 * 1024, max: 8 * 1024 };

export const SYNC_BUDGET = { errors: 0, p95Ms: 250 };

type Recorder = (check: string, measured: string, budget: string, ok: boolean) => void;

function envelope() {
  const size = ENVELOPE_BYTES.min + Math.floor(Math.random() * (ENVELOPE_BYTES.max - ENVELOPE_BYTES.min));
  return JSON.stringify({ v: 1, iv: randomBytes(12).toString("base64url"), ciphertext: randomBytes(size).toString("base64url") });
}

/** The value at a quantile of sorted numbers (nearest rank). */
function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

interface Outcome {
  latencies: number[];
  errors: string[];
}

/**
 * One device's sync of a new vault: create, read, update, each answer checked. Every simulated
 * device sends its own X-Forwarded-For, which the server believes because it runs with TRUST_PROXY=1,
 * as it would behind a proxy: 200 devices are 200 clients to its per-client rate limit (600 requests
 * a minute), not one client sending all 600 requests of the run from 127.0.0.1, which it would throttle.
 */
async function syncVault(origin: string, index: number, outcome: Outcome) {
  const vault = `${origin}${SYNC_API_PATH}/${randomBytes(16).toString("base64url")}`;
  const headers = {
    Authorization: `Bearer ${randomBytes(32).toString("base64url")}`,
    "X-Forwarded-For": `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`,
  };
  async function timed(label: string, expected: number, init: RequestInit, check: (response: Response, body: string) => string | null = () => null) {
    const started = performance.now();
    try {
      const response = await fetch(vault, { ...init, headers: { ...headers, ...init.headers } });
      const body = await response.text();
      outcome.latencies.push(performance.now() - started);
      const problem = response.status === expected ? check(response, body) : `answered ${response.status} ${body}`;
      if (problem) outcome.errors.push(`${label}: ${problem}`);
      return problem === null;
    } catch (error) {
      outcome.errors.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }
  const first = envelope();
  const json = { "Content-Type": "application/json" };
  if (!(await timed("create", 201, { method: "PUT", headers: { ...json, "If-None-Match": "*" }, body: first }, (response) => (response.headers.get("etag") === '"1"' ? null : "no ETag \"1\"")))) return;
  if (!(await timed("read", 200, {}, (_, body) => (body === first ? null : "a different envelope than was stored")))) return;
  await timed("update", 200, { method: "PUT", headers: { ...json, "If-Match": '"1"' }, body: envelope() }, (response) => (response.headers.get("etag") === '"2"' ? null : "no ETag \"2\""));
}

async function load(origin: string, vaults: number, firstIndex: number): Promise<Outcome & { seconds: number }> {
  const outcome: Outcome = { latencies: [], errors: [] };
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, vaults) }, async () => {
      for (let index = next++; index < vaults; index = next++) await syncVault(origin, firstIndex + index, outcome);
    }),
  );
  return { ...outcome, seconds: (performance.now() - started) / 1000 };
}

/** Starts a server on this store, warms it up, loads it, and records one row. */
async function measureStore(record: Recorder, name: string, port: number, env: { [name: string]: string }) {
  const server = startProductionServer({ port, env: { TRUST_PROXY: "1", ...env } });
  try {
    await server.ready();
    const warmUp = await load(server.url, WARM_UP_VAULTS, 0);
    if (warmUp.errors.length) throw new Error(`The sync load's warm-up failed against ${name}: ${warmUp.errors[0]}\n${server.output()}`);
    const { latencies, errors, seconds } = await load(server.url, VAULTS, WARM_UP_VAULTS);
    const sorted = [...latencies].sort((a, b) => a - b);
    const [p50, p95, max] = [quantile(sorted, 0.5), quantile(sorted, 0.95), sorted.at(-1) ?? Number.NaN];
    const requests = VAULTS * 3;
    record(
      `sync load, ${name}: ${VAULTS} vaults × create, read, update, ${CONCURRENCY} at a time`,
      `${requests} requests in ${seconds.toFixed(1)} s (${Math.round(latencies.length / seconds)} req/s): p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${max.toFixed(1)} ms, ${errors.length} errors${errors.length ? ` (first: ${errors[0]})` : ""}`,
      `${SYNC_BUDGET.errors} errors, p95 ≤ ${SYNC_BUDGET.p95Ms} ms`,
      errors.length === SYNC_BUDGET.errors && latencies.length === requests && p95 <= SYNC_BUDGET.p95Ms,
    );
  } finally {
    await server.kill();
  }
}

async function withDatabase<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The sync load against SQLite and, given a database, PostgreSQL: one row each, on `port`. */
export async function measureSyncLoad(record: Recorder, { port, env = process.env }: { port: number; env?: NodeJS.ProcessEnv }) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "roadmap-bench-sync-"));
  try {
    // DATABASE_URL empty: a variable in the bench's environment must not turn this into PostgreSQL.
    await measureStore(record, "SQLite", port, { SYNC_DATA_DIR: dataDir, DATABASE_URL: "" });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }

  const databaseUrl = (env.BENCH_DATABASE_URL || env.TEST_DATABASE_URL || "").trim();
  if (!databaseUrl) {
    record("sync load, PostgreSQL", "skipped: neither BENCH_DATABASE_URL nor TEST_DATABASE_URL is set", "reported", true);
    return;
  }
  // A schema of its own, dropped afterwards, so the bench never touches another run's vaults.
  const schema = `sync_bench_${randomUUID().replaceAll("-", "")}`;
  await withDatabase(databaseUrl, (client) => client.query(`CREATE SCHEMA ${schema}`));
  try {
    const scoped = new URL(databaseUrl);
    scoped.searchParams.set("options", `-c search_path=${schema}`);
    await measureStore(record, "PostgreSQL", port, { DATABASE_URL: scoped.href });
  } finally {
    await withDatabase(databaseUrl, (client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
  }
}
