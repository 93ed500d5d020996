import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page, Response, TestInfo } from "@playwright/test";
import { Client } from "pg";
import type { MessageKey } from "../lib/i18n/messages";
import type { TopicStatus } from "../lib/progress/statuses";
import { deriveVaultKeys } from "../lib/sync/client/keys";
import { SYNC_PARAM } from "../lib/sync/link";
import { SYNC_API_PATH } from "../lib/sync/protocol";
import { SQLITE_FILE_NAME, syncConfig } from "../lib/sync/server/config";
import { expect, SITE, STORAGE, test as base, topicNodeName, type RoadmapTopic } from "./fixtures";
import { escapeRegExp, t } from "./catalog";

// Two browsers of one learner, a laptop and a phone, for the sync tests (e2e/sync.spec.ts): each a
// context of its own, recording every request it sends and every error it shows, so that a test can
// say the sync key never left either browser, and no error went unnoticed.

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Buffer | null;
}

export interface Device {
  readonly name: string;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request the context sent, pages and fetches alike. */
  readonly requests: Promise<RecordedRequest>[];
  /** Console errors, page errors and failed subresources, as the suite's pageErrors fixture collects them. */
  readonly errors: string[];
  /** HTTP errors this test expects (a 404 from a deleted vault), matched against "HTTP <status>: <method> <url>". */
  readonly expectedErrors: RegExp[];
  /** Opens a page and, as the suite's fixture does, waits for React to hydrate. */
  goto(url: string): Promise<void>;
  /** Another tab of this browser, its errors collected too. */
  newPage(): Promise<Page>;
}

export const isSyncRequest = (url: string) => new URL(url).pathname.startsWith(`${SYNC_API_PATH}/`);

/** Collects a page's errors as the suite's pageErrors fixture does. */
function watchErrors(page: Page, errors: string[]) {
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("response", (response) => {
    // A 412 is the protocol working: another device wrote first, and this one pulls and merges again.
    if (response.status() >= 400 && !response.request().isNavigationRequest() && !(response.status() === 412 && isSyncRequest(response.url()))) {
      errors.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
    }
  });
}

/** Opens a page and, as the suite's fixture does, waits for React to hydrate. */
export async function open(page: Page, url: string): Promise<void> {
  const response = await page.goto(url);
  if (response && response.status() < 400) await page.locator(".theme-toggle input:checked").waitFor({ state: "attached" });
}

async function newDevice(browser: Browser, name: string, options: Parameters<Browser["newContext"]>[0]): Promise<Device> {
  // Service workers blocked, as playwright.config.ts blocks them everywhere but e2e/offline.spec.ts.
  const context = await browser.newContext({ ...options, serviceWorkers: "block" });
  const requests: Promise<RecordedRequest>[] = [];
  const errors: string[] = [];
  context.on("request", (request) => {
    const provisional = request.headers();
    // allHeaders() adds what the network stack set (cookies, Referer); a request that never got that far keeps the provisional ones.
    const headers = Promise.race([
      request.allHeaders().catch(() => provisional),
      new Promise<Record<string, string>>((resolve) => setTimeout(() => resolve(provisional), 5000)),
    ]);
    requests.push(headers.then((all) => ({ method: request.method(), url: request.url(), headers: all, body: request.postDataBuffer() })));
  });
  const page = await context.newPage();
  watchErrors(page, errors);
  return {
    name,
    context,
    page,
    requests,
    errors,
    expectedErrors: [],
    goto: (url) => open(page, url),
    async newPage() {
      const other = await context.newPage();
      watchErrors(other, errors);
      return other;
    },
  };
}

/** The sync keys a test has seen, from links on screen and from each browser's stored sync state. */
export const seenKeys = new Set<string>();

export const SYNC_KEY_IN_LINK = new RegExp(`#${SYNC_PARAM}=([A-Za-z0-9_-]{32})$`);

/** Every recorded request of these devices, and the ones among them that carry a key: in the URL, a header or the body. */
export async function requestsCarrying(devices: Device[], keys: Iterable<string>) {
  const all = (await Promise.all(devices.map((device) => Promise.all(device.requests)))).flat();
  const carrying = [...keys].flatMap((key) =>
    all
      .filter((request) => request.url.includes(key) || Object.values(request.headers).some((value) => value.includes(key)) || (request.body?.includes(key) ?? false))
      .map((request) => `${request.method} ${request.url}`),
  );
  return { all, carrying };
}

async function storedSyncKey(page: Page, key: string): Promise<string | null> {
  if (page.isClosed()) return null;
  const raw = await page.evaluate((storageKey) => localStorage.getItem(storageKey), key).catch(() => null);
  return raw?.match(/"key":"([A-Za-z0-9_-]{32})"/)?.[1] ?? null;
}

/**
 * A laptop and a phone. After each test, whatever it did: no error showed in either, beyond those it
 * expected, and no request either sent carried a sync key.
 */
export const test = base.extend<{ laptop: Device; phone: Device; devices: Device[] }>({
  devices: async ({ browser, colorScheme, locale, timezoneId, baseURL }, use) => {
    seenKeys.clear();
    const options = { colorScheme, locale, timezoneId, baseURL };
    const devices = [await newDevice(browser, "laptop", options), await newDevice(browser, "phone", options)];
    await use(devices);
    for (const device of devices) {
      const key = await storedSyncKey(device.page, STORAGE.sync);
      if (key) seenKeys.add(key);
    }
    const { carrying } = await requestsCarrying(devices, seenKeys);
    const unexpected = devices.flatMap((device) => device.errors.filter((error) => !device.expectedErrors.some((pattern) => pattern.test(error))).map((error) => `${device.name}: ${error}`));
    for (const device of devices) await device.context.close();
    expect(carrying, "requests that carry the sync key").toEqual([]);
    expect(unexpected, "errors in the browsers").toEqual([]);
  },
  laptop: async ({ devices }, use) => use(devices[0]!),
  phone: async ({ devices }, use) => use(devices[1]!),
});

// The Sync region on the overview, and what is in it.
export const syncRegion = (page: Page) => page.getByRole("region", { name: t("sync", "title"), exact: true });
export const syncStatus = (page: Page) => syncRegion(page).getByRole("status");
/** One of the Sync region's buttons, by its message in the catalog. */
export const syncButton = (page: Page, button: MessageKey<"sync">) => syncRegion(page).getByRole("button", { name: t("sync", button), exact: true });
export const syncLinkField = (page: Page) => syncRegion(page).getByRole("textbox", { name: t("sync", "link"), exact: true });

export const SYNCED = t("sync", "syncedJustNow");
export const OFFLINE = t("sync", "offline");
export const UNREADABLE = t("sync", "unreadable");
export const DELETED_HERE = t("sync", "deleted");
export const DELETED_ELSEWHERE = t("sync", "deletedElsewhere");

/** The next successful push of a device: register before the change that causes it. */
export function nextPush(device: Device): Promise<Response> {
  return device.context.waitForEvent("response", (response) => isSyncRequest(response.url()) && response.request().method() === "PUT" && response.ok());
}

/** Turns sync on on the overview and returns the sync link. */
export async function turnOnSync(device: Device): Promise<string> {
  if (new URL(device.page.url()).pathname !== "/") await device.goto("/");
  await syncButton(device.page, "turnOn").click();
  await expect(syncStatus(device.page)).toHaveText(SYNCED);
  const link = await syncLinkField(device.page).inputValue();
  const key = link.match(SYNC_KEY_IN_LINK)?.[1];
  expect(key, `a sync link: ${link}`).toBeTruthy();
  seenKeys.add(key!);
  return link;
}

/** Opens a sync link, which leaves the address bar at once, and accepts its prompt. */
export async function joinSync(device: Device, link: string): Promise<void> {
  await device.goto(link);
  await expect(device.page).toHaveURL((url) => url.hash === "" && url.pathname === "/");
  await syncRegion(device.page).getByRole("button", { name: t("sync", "syncThisBrowser"), exact: true }).click();
  await expect(syncStatus(device.page)).toHaveText(SYNCED);
  await expect(syncLinkField(device.page)).toHaveValue(link);
}

/** Turns sync on on the laptop and pairs the phone with its link. */
export async function pair(laptop: Device, phone: Device): Promise<string> {
  const link = await turnOnSync(laptop);
  await joinSync(phone, link);
  return link;
}

/** Presses Sync now and waits for the pull it makes (and the push, if there is anything to push) to end. */
export async function syncNow(device: Device): Promise<void> {
  const pulled = device.page.waitForResponse((response) => isSyncRequest(response.url()) && response.request().method() === "GET");
  await syncButton(device.page, "syncNow").click();
  await pulled;
  await expect(syncStatus(device.page)).toHaveText(SYNCED);
}


/** A topic's node on the overview's learning map, named by its title and status (and "— has notes" and such after). */
export function mapNode(page: Page, { topic }: RoadmapTopic, status: TopicStatus) {
  const names = [false, true].flatMap((due) => [false, true].map((noted) => escapeRegExp(topicNodeName(topic.title, status, { due, noted }))));
  return page.getByRole("region", { name: t("overview", "learningMap") }).getByRole("link", { name: new RegExp(`^(${names.join("|")})$`) });
}

/** Checks the overview, which must be open, shows each topic with its status. */
export async function expectOnMap(page: Page, marks: [RoadmapTopic, TopicStatus][]) {
  for (const [topic, status] of marks) await expect(mapNode(page, topic, status), `${topic.topic.title} ${status}`).toBeVisible();
}

/** The vault a sync link names, as the server knows it: its id and access token. */
export async function vaultOf(link: string) {
  const key = link.match(SYNC_KEY_IN_LINK)![1]!;
  const { vaultId, token } = await deriveVaultKeys(key, SITE.storageNamespace);
  return { key, vaultId, token };
}

/** Axe on the Sync region alone, with the tags e2e/axe.ts checks pages with. */
export async function expectNoViolationsInSync(page: Page) {
  const { violations } = await new AxeBuilder({ page }).include("#sync").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`)).toEqual([]);
}

type Backend = { kind: "sqlite"; file: string } | { kind: "postgres"; databaseUrl: string };

interface WebServer {
  env?: Record<string, string>;
  cwd?: string;
}

/**
 * How the servers under test keep vaults, read from the Playwright config in use as the servers read
 * their environment (lib/sync/server/config.ts): each app server's env on top of this process's,
 * started in the config's folder unless it names another. The round-robin proxy of
 * playwright.sync-pg.config.ts has no env and is no app server.
 */
export async function serversUnderTest(testInfo: TestInfo): Promise<{ appServers: number; backend: Backend }> {
  const configFile = testInfo.config.configFile;
  if (!configFile) throw new Error("The sync tests need the Playwright config they run with");
  type Config = { webServer?: WebServer | WebServer[] };
  // Loaded as CommonJS, the config's default export may come wrapped once more.
  const loaded = (await import(configFile)) as { default: Config & { default?: Config } };
  const config = loaded.default.default ?? loaded.default;
  const servers = [config.webServer ?? []].flat().filter((server) => server.env?.PORT);
  const backends = servers.map((server) => {
    const sync = syncConfig({ ...process.env, ...server.env, SERVER_START_DIR: path.resolve(path.dirname(configFile), server.cwd ?? ".") });
    if (!sync.enabled) throw new Error(`Sync is off on the server under test: ${sync.reason}`);
    return sync.backend === "postgres" ? ({ kind: "postgres", databaseUrl: sync.databaseUrl } as const) : ({ kind: "sqlite", file: sync.file } as const);
  });
  const first = backends[0];
  if (!first || backends.some((backend) => JSON.stringify(backend) !== JSON.stringify(first))) throw new Error(`Expected app servers sharing one store, found ${JSON.stringify(backends)}`);
  return { appServers: servers.length, backend: first };
}

/**
 * Everything the store holds, as the bytes an attacker with the disk or the database would read:
 * for SQLite the file and its write-ahead log, for PostgreSQL every row of the vaults table as text.
 */
export async function storedBytes(backend: Backend): Promise<Buffer> {
  if (backend.kind === "sqlite") {
    const dir = path.dirname(backend.file);
    const files = readdirSync(dir).filter((file) => file.startsWith(SQLITE_FILE_NAME));
    return Buffer.concat(files.map((file) => readFileSync(path.join(dir, file))));
  }
  const client = new Client({ connectionString: backend.databaseUrl });
  await client.connect();
  try {
    // The table of lib/sync/server/migrations.ts, every column as text.
    const { rows } = await client.query<{ row: string }>("SELECT sync_vaults::text AS row FROM sync_vaults");
    return Buffer.from(rows.map((row) => row.row).join("\n"), "utf8");
  } finally {
    await client.end();
  }
}
