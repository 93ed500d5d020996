// The databases the store tests run against: SQLite files in a temporary folder, and the PostgreSQL
// named by TEST_DATABASE_URL, each suite in a schema of its own so that runs never see each other.
// PostgreSQL, when it cannot run, says why: a skip locally, a failure on CI (CI=true).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { DatabaseSync } from "node:sqlite";
import { Client } from "pg";
import { openPostgresStore } from "../postgres-store";
import { openSqliteStore } from "../sqlite-store";
import type { Clock, SyncStore } from "../store";

export interface Backend {
  readonly name: "sqlite" | "postgres";
  /** Why the backend cannot run here, or null when it can. */
  readonly unavailable: string | null;
  /** Whether being unavailable fails the run instead of skipping it. */
  readonly required: boolean;
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
  /** A new store on the suite's one database: several may be open at once, like several servers. */
  open(now?: Clock): Promise<SyncStore>;
  /** Every stored row, every column, as the database holds it, read past the store. */
  rows(): Promise<Record<string, unknown>[]>;
  /** The migrations the database records as applied. */
  migrations(): Promise<number[]>;
}

export function sqliteBackend(): Backend {
  let dir = "";
  const file = () => path.join(dir, "nested", "sync.db");
  function query(sql: string) {
    const db = new DatabaseSync(file(), { readOnly: true });
    try {
      return db.prepare(sql).all().map((row) => ({ ...row }));
    } finally {
      db.close();
    }
  }
  return {
    name: "sqlite",
    unavailable: null,
    required: true,
    async setUp() {
      dir = mkdtempSync(path.join(tmpdir(), "sync-store-"));
    },
    async tearDown() {
      rmSync(dir, { recursive: true, force: true });
    },
    open(now) {
      return openSqliteStore({ file: file(), now });
    },
    rows: async () => query("SELECT * FROM sync_vaults ORDER BY id"),
    migrations: async () => query("SELECT version FROM sync_schema_migrations ORDER BY version").map((row) => Number(row.version)),
  };
}

export function postgresBackend(env: NodeJS.ProcessEnv = process.env): Backend {
  const url = env.TEST_DATABASE_URL?.trim() ?? "";
  const schema = `sync_test_${randomUUID().replaceAll("-", "")}`;
  const inSchema = () => {
    const scoped = new URL(url);
    scoped.searchParams.set("options", `-c search_path=${schema}`);
    return scoped.href;
  };
  async function withClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }
  return {
    name: "postgres",
    unavailable: url ? null : "TEST_DATABASE_URL is not set (e.g. postgres://roadmap:roadmap@127.0.0.1:5432/roadmap_test)",
    required: env.CI === "true",
    setUp: () => withClient(async (client) => void (await client.query(`CREATE SCHEMA ${schema}`))),
    tearDown: () => withClient(async (client) => void (await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`))),
    open(now) {
      return openPostgresStore({ connectionString: inSchema(), now });
    },
    rows: () => withClient(async (client) => (await client.query(`SELECT * FROM ${schema}.sync_vaults ORDER BY id`)).rows),
    migrations: () =>
      withClient(async (client) => (await client.query(`SELECT version FROM ${schema}.sync_schema_migrations ORDER BY version`)).rows.map((row: { version: number }) => row.version)),
  };
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.UTC(2026, 0, 1)) {
  let time = start;
  return {
    now: () => new Date(time),
    nowMs: () => time,
    advance(ms: number) {
      time += ms;
    },
  };
}

/** A valid envelope whose ciphertext spells `text`, so a test can tell stored envelopes apart. */
export function envelopeOf(text: string, padTo = 0): string {
  const ciphertext = Buffer.from(text, "utf8").toString("base64url");
  return JSON.stringify({ v: 1, iv: "AAAAAAAAAAAAAAAA", ciphertext: ciphertext.padEnd(padTo, "A") });
}

export const DAY_MS = 24 * 60 * 60 * 1000;

export const CRASH_TEST_TOKEN_HASH = "c".repeat(64);

export function crashTestVaultId(index: number) {
  return `crash-test-vault-${index}`.padEnd(22, "0");
}

/** What the crash test writes to a vault at a version: large, so that a write takes a while. */
export function crashTestEnvelope(vaultId: string, version: number) {
  return envelopeOf(`${vaultId} ${version}`, 64 * 1024);
}
