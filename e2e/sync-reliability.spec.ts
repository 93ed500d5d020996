import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { test as base, type BrowserContext, type Page, type Response, type Route } from "@playwright/test";
import { Client } from "pg";
import { stepPath } from "../lib/site/paths";
import { open } from "../lib/sync/client/crypto";
import { deriveVaultKeys } from "../lib/sync/client/keys";
import { SYNC_PARAM } from "../lib/sync/link";
import { SYNC_API_PATH, SyncEnvelopeSchema } from "../lib/sync/protocol";
import { SQLITE_FILE_NAME } from "../lib/sync/server/config";
import { expect, openNotes, readStoredJson, SITE, statusRadio, STORAGE, TOPICS, type RoadmapTopic } from "./fixtures";
import { startProductionServer, type ProductionServer } from "./production-server";
import { t } from "./catalog";
import { isSyncRequest, storedBytes, syncButton, SYNCED, syncLinkField, syncStatus } from "./sync-fixtures";
import type { TopicStatus } from "../lib/progress/statuses";

// Reliability, in CI, against the real stores: each test starts its own production servers (ports
// 3260–3263), so that it can kill them, cut them off from their database and read what they stored.
// Statuses and notes are checked where a person sees them, after a page load, on every device.

const PORTS = { killed: 3260, unreachable: 3261, sqliteBytes: 3262, postgresRow: 3263 };

const DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() ?? "";
const ON_CI = !!process.env.CI && !/^(0|false)$/i.test(process.env.CI);
const NO_DATABASE = "TEST_DATABASE_URL is not set (postgres://user:password@127.0.0.1:5432/name)";

/** Skips a PostgreSQL test without a database, except on CI, where it fails. */
function requireDatabase() {
  if (DATABASE_URL) return;
  if (ON_CI) throw new Error(`${NO_DATABASE}, and CI needs it: these tests run against PostgreSQL (bash .ci/run sets one up).`);
  test.skip(true, `${NO_DATABASE}: the PostgreSQL tests are skipped.`);
}

/** The first step's topics change on the laptop; the last topic of the roadmap (on another step) on the phone. */
const FIRST_STEP_TOPICS = TOPICS.filter(({ step }) => step.slug === TOPICS[0]!.step.slug);
const LAST_TOPIC = TOPICS.at(-1)!;

const isSyncAnswer = (response: Response) => isSyncRequest(response.url());

interface Device {
  readonly page: Page;
  /** Goes to a path and waits for React to hydrate (the theme toggle shows its choice), as the suite's fixture does. */
  visit(path: string): Promise<void>;
}

interface Rig {
  /** A production server on a port, with the environment given (a temporary SYNC_DATA_DIR unless DATABASE_URL is set). */
  server(port: number, env?: Record<string, string>): Promise<ProductionServer & { dataDir: string }>;
  /** A browser of its own (a new context) on a server: error answers to subresources fail the test unless `allow` accepts them. */
  device(server: ProductionServer, allow?: (response: Response) => boolean): Promise<Device>;
  /** A PostgreSQL schema of this test's own, dropped afterwards, and a connection string into it. */
  schema(): Promise<{ name: string; url: (base?: string) => string }>;
}

const test = base.extend<{ rig: Rig }>({
  rig: async ({ browser }, use) => {
    const servers: ProductionServer[] = [];
    const dirs: string[] = [];
    const schemas: string[] = [];
    const errors: string[] = [];
    const contexts: BrowserContext[] = [];
    await use({
      async server(port, env = {}) {
        const dataDir = mkdtempSync(path.join(os.tmpdir(), "sync-reliability-"));
        dirs.push(dataDir);
        // DATABASE_URL empty, unless given: a variable in this process's environment must not choose the store.
        const server = startProductionServer({ port, env: { SYNC_DATA_DIR: dataDir, DATABASE_URL: "", ...env } });
        servers.push(server);
        await server.ready();
        return Object.assign(server, { dataDir });
      },
      async device(server, allow = () => false) {
        const context = await browser.newContext({ baseURL: server.url, serviceWorkers: "block" });
        contexts.push(context);
        const page = await context.newPage();
        const name = `device ${contexts.length}`;
        page.on("pageerror", (error) => errors.push(`${name} pageerror: ${error.message}`));
        page.on("console", (message) => {
          // Chromium logs every failed request as "Failed to load resource"; responses are checked below, and these tests refuse connections on purpose.
          if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) errors.push(`${name} console: ${message.text()}`);
        });
        page.on("response", (response) => {
          // A 412 is the protocol's "another device wrote first", which the client answers by pulling again.
          const expected = allow(response) || (isSyncAnswer(response) && response.status() === 412);
          if (response.status() >= 400 && !response.request().isNavigationRequest() && !expected) errors.push(`${name} HTTP ${response.status()}: ${response.url()}`);
        });
        return {
          page,
          async visit(to) {
            await page.goto(to);
            await page.locator(".theme-toggle input:checked").waitFor({ state: "attached" });
          },
        };
      },
      async schema() {
        const name = `sync_e2e_${randomUUID().replaceAll("-", "")}`;
        await withDatabase((client) => client.query(`CREATE SCHEMA ${name}`));
        schemas.push(name);
        return {
          name,
          url(base = DATABASE_URL) {
            const scoped = new URL(base);
            scoped.searchParams.set("options", `-c search_path=${name}`);
            return scoped.href;
          },
        };
      },
    });
    await Promise.all(contexts.map((context) => context.close()));
    await Promise.all(servers.map((server) => server.kill()));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    for (const name of schemas) await withDatabase((client) => client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`));
    expect(errors, "errors in the browsers").toEqual([]);
  },
});

async function withDatabase<T>(work: (client: Client) => Promise<T>, connectionString = DATABASE_URL): Promise<T> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Turns sync on in this browser (on the overview) and returns its sync link. */
async function turnOnSync(device: Device): Promise<string> {
  await device.visit("/");
  await syncButton(device.page, "turnOn").click();
  await expect(syncStatus(device.page)).toHaveText(SYNCED);
  const link = await syncLinkField(device.page).inputValue();
  expect(link).toMatch(new RegExp(`^${device.page.url().replace(/\/$/, "")}/#${SYNC_PARAM}=[A-Za-z0-9_-]{32}$`));
  return link;
}

/** Opens a sync link in this browser and pairs it. */
async function pair(device: Device, link: string) {
  await device.visit(new URL(link).pathname + new URL(link).hash);
  await syncButton(device.page, "syncThisBrowser").click();
  await expect(syncStatus(device.page)).toHaveText(SYNCED);
}

/**
 * Loads the overview, presses Sync now and waits for a sync that began after the load to finish.
 * Every change made before the load is then on the server, and everything the server held before
 * is here: whatever sync ran in the page before it was left, only syncs of this page, which began
 * after those changes, can record a time after the load.
 */
async function syncNow(device: Device) {
  await device.visit("/");
  const loaded = await device.page.evaluate(() => Date.now());
  await syncButton(device.page, "syncNow").click();
  await expect.poll(async () => ((await readStoredJson(device.page, STORAGE.sync)) as { lastSyncedAt?: number } | null)?.lastSyncedAt ?? 0).toBeGreaterThanOrEqual(loaded);
  await expect(syncStatus(device.page)).toHaveText(SYNCED);
}

type Expected = { statuses: [RoadmapTopic, TopicStatus][]; notes: [RoadmapTopic, string][] };

/** What a person sees on the step pages: every status and note expected, step by step, each step page loaded afresh. */
async function expectShown(device: Device, { statuses, notes }: Expected) {
  const slugs = [...new Set([...statuses, ...notes].map(([{ step }]) => step.slug))];
  for (const slug of slugs) {
    await device.visit(stepPath(slug));
    for (const [{ step, topic }, status] of statuses) if (step.slug === slug) await expect(statusRadio(device.page, topic.title, status), `${topic.title} on ${slug}`).toBeChecked();
    for (const [{ step, topic }, text] of notes) if (step.slug === slug) await expect(await openNotes(device.page, topic.title), `note on ${topic.title}`).toHaveValue(text);
  }
}

/** Sets a status on the step page on screen and waits until it is stored. */
async function setStatus(device: Device, { step, topic }: RoadmapTopic, status: TopicStatus) {
  await statusRadio(device.page, topic.title, status).check();
  await expect(statusRadio(device.page, topic.title, status)).toBeChecked();
  await expect.poll(async () => ((await readStoredJson(device.page, STORAGE.progress)) as { statuses?: Record<string, Record<string, string>> } | null)?.statuses?.[step.slug]?.[topic.id]).toBe(status);
}

/** Writes a note on the step page on screen and waits until it is stored. */
async function writeNote(device: Device, { step, topic }: RoadmapTopic, text: string) {
  await (await openNotes(device.page, topic.title)).fill(text);
  await expect.poll(async () => ((await readStoredJson(device.page, STORAGE.notes)) as { notes?: Record<string, Record<string, string>> } | null)?.notes?.[step.slug]?.[topic.id]).toBe(text);
}

/** The vault of a sync link as the server holds it, opened with the link's key: what a new device would get. */
async function vaultOnServer(server: ProductionServer, link: string) {
  const syncKey = new URL(link).hash.slice(`#${SYNC_PARAM}=`.length);
  const keys = await deriveVaultKeys(syncKey, SITE.storageNamespace);
  const response = await fetch(`${server.url}${SYNC_API_PATH}/${keys.vaultId}`, { headers: { Authorization: `Bearer ${keys.token}` } });
  expect(response.status, "GET of the vault").toBe(200);
  const envelope = SyncEnvelopeSchema.parse(await response.json());
  const replica = await open(envelope, keys);
  expect(replica, "the stored envelope decrypts with the link's key").not.toBeNull();
  return { syncKey, keys, envelope, plaintext: JSON.stringify(replica) };
}

/**
 * What the server stored holds no note's text, nor the sync key or the access token: only the
 * envelope, whose ciphertext is neither the text nor its gzip, and which decrypts to the note.
 */
async function expectOnlyCiphertext(stored: { bytes: Buffer; envelope: string; tokenHash: string }, server: ProductionServer, link: string, note: string) {
  const { syncKey, keys, envelope: served, plaintext } = await vaultOnServer(server, link);
  expect(plaintext, "the vault holds the note, encrypted").toContain(note);
  expect(JSON.parse(stored.envelope), "what is stored is what the server serves, which decrypts").toEqual(served);
  for (const [name, secret] of Object.entries({ "the note": note, "the sync key": syncKey, "the access token": keys.token })) {
    for (const encoding of ["utf8", "utf16le"] as const) expect(stored.bytes.includes(Buffer.from(secret, encoding)), `${name} (${encoding}) in the stored bytes`).toBe(false);
  }
  const envelope = SyncEnvelopeSchema.parse(JSON.parse(stored.envelope));
  expect(Object.keys(JSON.parse(stored.envelope)).sort(), "nothing but the envelope is stored").toEqual(["ciphertext", "iv", "v"]);
  const ciphertext = Buffer.from(envelope.ciphertext, "base64url");
  expect(Buffer.from(envelope.iv, "base64url")).toHaveLength(12);
  // AES-GCM: at least the 16-byte tag, and not a gzip stream (1f 8b) sent as it was.
  expect(ciphertext.length).toBeGreaterThan(16);
  expect(ciphertext.subarray(0, 2).equals(Buffer.from([0x1f, 0x8b]))).toBe(false);
  expect(ciphertext.includes(Buffer.from(note, "utf8"))).toBe(false);
  expect(stored.tokenHash, "the token is kept as its SHA-256").toBe(createHash("sha256").update(keys.token).digest("hex"));
}

test.describe("sync reliability against the real stores", () => {
  // About 10 to 30 s each on two idle cores (one or two server starts, one or two browsers); a busy machine takes twice that.
  test.describe.configure({ timeout: 120_000 });

  test("a server killed with a write in flight and restarted loses nothing: both devices converge on every change, and the server's copy decrypts", async ({ rig }) => {
    const server = await rig.server(PORTS.killed);
    const [laptop, phone] = [await rig.device(server), await rig.device(server)];
    const link = await turnOnSync(laptop);
    await pair(phone, link);
    expect(existsSync(path.join(server.dataDir, SQLITE_FILE_NAME)), "the vault is kept in SYNC_DATA_DIR").toBe(true);

    // The phone waits on the last topic's page, which it can use with the server down.
    await phone.visit(stepPath(LAST_TOPIC.step.slug));
    await laptop.visit(stepPath(TOPICS[0]!.step.slug));

    // A write the server acknowledges, then a burst whose write is held on its way until the server is killed.
    const acknowledged = laptop.page.waitForResponse((response) => isSyncAnswer(response) && response.request().method() === "PUT");
    await setStatus(laptop, TOPICS[0]!, "learning");
    expect((await acknowledged).status()).toBe(200);

    const held: Route[] = [];
    let holding = true;
    let heldOne!: () => void;
    const putHeld = new Promise<void>((resolve) => (heldOne = resolve));
    await laptop.page.route(`**${SYNC_API_PATH}/*`, async (route) => {
      if (!holding || route.request().method() !== "PUT") return route.fallback();
      held.push(route);
      heldOne();
    });
    for (const topic of FIRST_STEP_TOPICS) await setStatus(laptop, topic, "done");
    await writeNote(laptop, TOPICS[0]!, "Draft: vectors");
    await putHeld;
    await writeNote(laptop, TOPICS[0]!, "Draft: vectors and matrices");

    await server.kill("SIGKILL");
    // Released now, the held write meets a closed port, as one cut off by the crash would.
    holding = false;
    for (const route of held) await route.continue();

    // Both devices go on while the server is down; nothing is lost locally.
    await writeNote(laptop, TOPICS[0]!, "Vectors, matrices and eigenvalues");
    await setStatus(phone, LAST_TOPIC, "learning");
    await writeNote(phone, LAST_TOPIC, "Written on the phone while the server was down");

    await server.restart();
    await syncNow(laptop);
    await syncNow(phone);
    await syncNow(laptop);

    const expected: Expected = {
      statuses: [...FIRST_STEP_TOPICS.map((topic): [RoadmapTopic, TopicStatus] => [topic, "done"]), [LAST_TOPIC, "learning"]],
      notes: [
        [TOPICS[0]!, "Vectors, matrices and eigenvalues"],
        [LAST_TOPIC, "Written on the phone while the server was down"],
      ],
    };
    await expectShown(laptop, expected);
    await expectShown(phone, expected);
    // The server's copy alone, opened with the link's key, holds every change too.
    const { plaintext } = await vaultOnServer(server, link);
    for (const [, text] of expected.notes) expect(plaintext).toContain(text);
  });

  test("with the database unreachable a change is kept here and sync says it is paused; once it is back, sync resumes by itself and the other device gets the change", async ({ rig }) => {
    requireDatabase();
    const upstream = new URL(DATABASE_URL);
    const forwarder = await startForwarder(upstream.hostname, Number(upstream.port || 5432));
    try {
      const schema = await rig.schema();
      const throughForwarder = new URL(DATABASE_URL);
      throughForwarder.host = `127.0.0.1:${forwarder.port}`;
      const server = await rig.server(PORTS.unreachable, { DATABASE_URL: schema.url(throughForwarder.href) });
      // The 503s while the database is cut off are what is tested.
      const unavailable = (response: Response) => isSyncAnswer(response) && response.status() === 503;
      const [laptop, phone] = [await rig.device(server, unavailable), await rig.device(server, unavailable)];
      const link = await turnOnSync(laptop);
      await pair(phone, link);

      forwarder.cut();
      await laptop.visit(stepPath(TOPICS[0]!.step.slug));
      await setStatus(laptop, TOPICS[0]!, "done");
      const refused = laptop.page.waitForResponse((response) => isSyncAnswer(response) && response.status() === 503);
      await laptop.visit("/");
      expect((await refused).headers()["retry-after"]).toMatch(/^\d+$/);
      await expect(syncStatus(laptop.page)).toContainText(t("sync", "paused"));

      forwarder.restore();
      // No button pressed: the client tries again when Retry-After says (5 s).
      await expect(syncStatus(laptop.page)).toHaveText(SYNCED, { timeout: 20_000 });
      await syncNow(phone);
      await expectShown(phone, { statuses: [[TOPICS[0]!, "done"]], notes: [] });
      const { rows } = await withDatabase((client) => client.query(`SELECT count(*)::integer AS vaults FROM ${schema.name}.sync_vaults`));
      expect(rows[0].vaults, "the vault is in PostgreSQL").toBe(1);
    } finally {
      await forwarder.close();
    }
  });

  test.describe("what the server stores holds no note's text", () => {
    const note = `Pelican quartz ${randomUUID().slice(0, 8)}: my private note`;

    async function syncANote(rig: Rig, server: ProductionServer): Promise<string> {
      const laptop = await rig.device(server);
      const link = await turnOnSync(laptop);
      await laptop.visit(stepPath(TOPICS[0]!.step.slug));
      await writeNote(laptop, TOPICS[0]!, note);
      await syncNow(laptop);
      return link;
    }

    test("in SQLite: neither the database file nor its write-ahead log", async ({ rig }) => {
      const server = await rig.server(PORTS.sqliteBytes);
      const link = await syncANote(rig, server);
      const file = path.join(server.dataDir, SQLITE_FILE_NAME);
      expect(existsSync(`${file}-wal`), "the write-ahead log is read too").toBe(true);
      const bytes = await storedBytes({ kind: "sqlite", file });
      const db = new DatabaseSync(file, { readOnly: true });
      let rows: Record<string, unknown>[];
      try {
        rows = db.prepare("SELECT * FROM sync_vaults").all().map((row) => ({ ...row }));
      } finally {
        db.close();
      }
      expect(rows).toHaveLength(1);
      await expectOnlyCiphertext({ bytes, envelope: String(rows[0]!.envelope), tokenHash: String(rows[0]!.token_hash) }, server, link, note);
    });

    test("in PostgreSQL: the row as the table holds it", async ({ rig }) => {
      requireDatabase();
      const schema = await rig.schema();
      const server = await rig.server(PORTS.postgresRow, { DATABASE_URL: schema.url() });
      const link = await syncANote(rig, server);
      const { rows } = await withDatabase((client) => client.query(`SELECT * FROM ${schema.name}.sync_vaults`));
      expect(rows).toHaveLength(1);
      const row = rows[0] as Record<string, unknown>;
      const bytes = await storedBytes({ kind: "postgres", databaseUrl: schema.url() });
      await expectOnlyCiphertext({ bytes, envelope: String(row.envelope), tokenHash: String(row.token_hash) }, server, link, note);
    });
  });
});

/**
 * A TCP forwarder to the database that the test can cut (every connection dropped, new ones closed
 * at once, as a database restarting or a network partition with resets) and restore.
 */
async function startForwarder(host: string, port: number) {
  let open = true;
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  };
  const server = net.createServer((client) => {
    track(client);
    if (!open) return void client.destroy();
    const database = net.connect(port, host);
    track(database);
    client.pipe(database).pipe(client);
    client.on("close", () => database.destroy());
    database.on("close", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    cut() {
      open = false;
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      open = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
