import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import jsQR from "jsqr";
import { hasEstimates } from "../lib/plan/estimates";
import type { TopicStatus } from "../lib/progress/statuses";
import { dueAfter } from "../lib/review/scheduler";
import { REVIEW_PATH, stepPath } from "../lib/site/paths";
import { SYNC_API_PATH } from "../lib/sync/protocol";
import { escapeRegExp, t } from "./catalog";
import { expect, notesField, openNotes, readStoredJson, setStatus, statusRadio, STEPS, STORAGE, TOPIC_COUNT, topicNodeName, TOPICS, type RoadmapTopic } from "./fixtures";
import {
  DELETED_ELSEWHERE,
  DELETED_HERE,
  expectNoViolationsInSync,
  expectOnMap,
  isSyncRequest,
  joinSync,
  mapNode,
  nextPush,
  OFFLINE,
  open,
  pair,
  requestsCarrying,
  serversUnderTest,
  storedBytes,
  SYNCED,
  syncButton,
  syncLinkField,
  syncNow,
  syncRegion,
  syncStatus,
  test,
  turnOnSync,
  UNREADABLE,
  vaultOf,
  type Device,
} from "./sync-fixtures";

// Two browsers of one learner, a laptop and a phone (e2e/sync-fixtures.ts), syncing through the
// server under test: one production server with its SQLite file (playwright.config.ts), or two
// sharing PostgreSQL behind a round-robin proxy (playwright.sync-pg.config.ts). Dates are fixed in
// UTC where reviews need them, as in e2e/review.spec.ts.
test.use({ timezoneId: "UTC", locale: "en-GB" });
// Two browsers, each loading a dozen pages: some 15 s on an idle machine, twice that on a busy one.
test.describe.configure({ timeout: 90_000 });
test.skip(TOPICS.length < 4, "needs a roadmap of four topics or more");

// The first topics of the whole roadmap, wherever their steps begin and end.
const [a, b, c, d] = TOPICS as [RoadmapTopic, RoadmapTopic, RoadmapTopic, RoadmapTopic];

/** Text no roadmap holds, so that finding it anywhere means it came from this test. */
const distinctive = (label: string) => `${label} ${randomUUID()}`;

const readRaw = (page: Page, key: string) => page.evaluate((storageKey) => localStorage.getItem(storageKey), key);

/** Opens a topic's step page unless it is open. */
async function goToStep(device: Device, { step }: RoadmapTopic, page = device.page) {
  if (new URL(page.url()).pathname !== stepPath(step.slug)) await open(page, stepPath(step.slug));
}

/**
 * Sets a topic's status on its step page, going there unless it is open; with `pushed`, waits for the
 * push it causes (awaited only after the page is open, so a push of the page's load is not taken for it).
 */
async function mark(device: Device, topic: RoadmapTopic, status: TopicStatus, { pushed = false } = {}) {
  await goToStep(device, topic);
  const push = pushed ? nextPush(device) : null;
  await setStatus(device.page, topic.topic.title, status);
  await push;
}

/** Writes a note on its step page (opened unless it is), leaves the field, and waits for it to be stored; with `pushed`, to be pushed too. */
async function writeNote(device: Device, topic: RoadmapTopic, text: string, { page = device.page, pushed = false } = {}) {
  await goToStep(device, topic, page);
  const push = pushed ? nextPush(device) : null;
  const field = await openNotes(page, topic.topic.title);
  await field.fill(text);
  await field.blur();
  const { step, topic: { id } } = topic;
  await expect.poll(async () => ((await readStoredJson(page, STORAGE.notes)) as { notes?: Record<string, Record<string, string>> } | null)?.notes?.[step.slug]?.[id]).toBe(text);
  await push;
}

/** The note field of a topic on its step page, opened. */
async function noteOn(device: Device, { step, topic }: RoadmapTopic) {
  if (new URL(device.page.url()).pathname !== stepPath(step.slug)) await device.goto(stepPath(step.slug));
  return openNotes(device.page, topic.title);
}

/** Checks each topic's radio on its step page. */
async function expectRadios(device: Device, marks: [RoadmapTopic, TopicStatus][]) {
  for (const [{ step, topic }, status] of marks) {
    if (new URL(device.page.url()).pathname !== stepPath(step.slug)) await device.goto(stepPath(step.slug));
    await expect(statusRadio(device.page, topic.title, status)).toBeChecked();
  }
}

/** Stands in for a value of a message the test cannot know (a date): the text before it is what the test expects. */
const UNKNOWN = "\uE000";
const textBefore = (message: string) => message.split(UNKNOWN)[0]!;

const CONFLICT_INTRO = t("notes", "otherDevice");
const topicSection = (page: Page, { topic }: RoadmapTopic) => page.locator(`section#${topic.id}`);

test.describe("pairing", () => {
  test("by the sync link merges both browsers: each ends with every status, the note and the plan", async ({ laptop, phone, baseURL }) => {
    const note = distinctive("Laptop note");
    await mark(laptop, a, "learning");
    await mark(laptop, b, "done");
    await writeNote(laptop, a, note);
    await mark(phone, c, "skipped");
    await mark(phone, d, "learning");
    const plan = hasEstimates(STEPS);
    if (plan) {
      await laptop.goto("/");
      await laptop.page.getByRole("spinbutton", { name: t("plan", "hoursPerWeek") }).fill("7");
      await expect(laptop.page.getByText(new RegExp(`^${escapeRegExp(textBefore(t("plan", "finish", { hoursPerWeek: 7, date: UNKNOWN })))}`))).toBeVisible();
    }

    await laptop.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    const link = await turnOnSync(laptop);
    expect(link).toMatch(new RegExp(`^${baseURL!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/#sync=[A-Za-z0-9_-]{32}$`));
    await syncButton(laptop.page, "copyLink").click();
    expect(await laptop.page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    // The QR code holds the same link, for a phone's camera.
    const code = syncRegion(laptop.page).getByRole("img", { name: t("sync", "qrCodeAlt"), exact: true });
    await expect(code).toBeVisible();
    const pixels = await code.evaluate((image: HTMLImageElement) => {
      const canvas = document.createElement("canvas");
      [canvas.width, canvas.height] = [image.naturalWidth, image.naturalHeight];
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      return { data: Array.from(context.getImageData(0, 0, canvas.width, canvas.height).data), width: canvas.width, height: canvas.height };
    });
    expect(jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height)?.data).toBe(link);

    // The phone opens the link: the key leaves the address bar at once, and nothing syncs until asked.
    await phone.goto(link);
    await expect(phone.page).toHaveURL(`${baseURL}/`);
    await expect(syncRegion(phone.page).getByRole("button", { name: t("sync", "notNow"), exact: true })).toBeVisible();
    await expectOnMap(phone.page, [[a, "not-started"], [c, "skipped"]]);
    await syncRegion(phone.page).getByRole("button", { name: t("sync", "syncThisBrowser"), exact: true }).click();
    await expect(syncStatus(phone.page)).toHaveText(SYNCED);
    await expect(syncLinkField(phone.page)).toHaveValue(link);

    const union: [RoadmapTopic, TopicStatus][] = [[a, "learning"], [b, "done"], [c, "skipped"], [d, "learning"]];
    await expectOnMap(phone.page, union);
    await expect(mapNode(phone.page, a, "learning")).toHaveAccessibleName(topicNodeName(a.topic.title, "learning", { noted: true }));
    if (plan) await expect(phone.page.getByRole("spinbutton", { name: t("plan", "hoursPerWeek") })).toHaveValue("7");
    await syncNow(laptop);
    await expectOnMap(laptop.page, union);

    for (const device of [laptop, phone]) {
      await expectRadios(device, union);
      await expect(await noteOn(device, a)).toHaveValue(note);
    }
  });
});

test.describe("changes made apart", () => {
  test("a status changed on each side converges after Sync now and after a reload", async ({ laptop, phone }) => {
    await pair(laptop, phone);

    await mark(laptop, a, "done", { pushed: true });
    await laptop.goto("/");
    await expect(syncStatus(laptop.page)).toHaveText(SYNCED);
    await mark(phone, b, "learning", { pushed: true });
    // The laptop learns of the phone's change when asked to sync.
    await syncNow(laptop);
    await expectOnMap(laptop.page, [[a, "done"], [b, "learning"]]);
    await phone.goto("/");
    await expectOnMap(phone.page, [[a, "done"], [b, "learning"]]);

    // And when a page loads: the laptop's overview reloaded, the phone's step page reloaded.
    await mark(phone, c, "skipped", { pushed: true });
    await laptop.page.reload();
    await expectOnMap(laptop.page, [[a, "done"], [b, "learning"], [c, "skipped"]]);
    const loaded = phone.page.waitForResponse((response) => isSyncRequest(response.url()) && response.request().method() === "GET");
    await phone.goto(stepPath(d.step.slug));
    await loaded;
    await expect(statusRadio(phone.page, d.topic.title, "not-started")).toBeChecked();
    await mark(laptop, d, "learning", { pushed: true });
    await phone.page.reload();
    await expect(statusRadio(phone.page, d.topic.title, "learning")).toBeChecked();

    const all: [RoadmapTopic, TopicStatus][] = [[a, "done"], [b, "learning"], [c, "skipped"], [d, "learning"]];
    for (const device of [laptop, phone]) await expectRadios(device, all);
    expect(await readStoredJson(phone.page, STORAGE.progress)).toEqual(await readStoredJson(laptop.page, STORAGE.progress));
  });

  test("a browser offline says so, keeps its changes, and syncs them once back online", async ({ laptop, phone }) => {
    // Without a service worker, code a page has not loaded yet cannot load offline: the phone's tabs
    // open once it holds every kind of document (statuses, a review, a note), so each has read them,
    // and offline it marks nothing Done (which loads the review store).
    await mark(laptop, a, "learning");
    await mark(laptop, c, "done");
    await writeNote(laptop, a, "Before going offline");
    await pair(laptop, phone);
    await phone.page.reload();
    await expect(syncStatus(phone.page)).toHaveText(SYNCED);
    // The phone has the overview in one tab and a step page in another: offline, no page can load.
    const phoneStep = await phone.newPage();
    await open(phoneStep, stepPath(a.step.slug));
    await expect(notesField(phoneStep, a.topic.title)).toHaveValue("Before going offline");
    const sameStep = a.step.topics.find((topic) => topic.id !== a.topic.id && topic.id !== c.topic.id);

    await phone.context.setOffline(true);
    await expect(syncStatus(phone.page)).toHaveText(OFFLINE);
    const note = distinctive("Written offline");
    await setStatus(phoneStep, a.topic.title, "skipped");
    if (sameStep) await setStatus(phoneStep, sameStep.title, "learning");
    await writeNote(phone, a, note, { page: phoneStep });
    // The other tab shows the changes, and still says it is offline.
    await expectOnMap(phone.page, [[a, "skipped"]]);
    await expect(syncStatus(phone.page)).toHaveText(OFFLINE);

    // Meanwhile the laptop changes another topic.
    await mark(laptop, d, "learning", { pushed: true });
    await laptop.goto("/");
    await expect(syncStatus(laptop.page)).toHaveText(SYNCED);
    await expectOnMap(laptop.page, [[a, "learning"]]);

    const phonePushed = nextPush(phone);
    await phone.context.setOffline(false);
    await phonePushed;
    await expect(syncStatus(phone.page)).toHaveText(SYNCED);
    await expectOnMap(phone.page, [[a, "skipped"], [c, "done"], [d, "learning"]]);
    await syncNow(laptop);
    await expectOnMap(laptop.page, [[a, "skipped"], [c, "done"], [d, "learning"]]);

    const sameStepMark: [RoadmapTopic, TopicStatus][] = sameStep ? [[{ step: a.step, topic: sameStep }, "learning"]] : [];
    for (const device of [laptop, phone]) {
      await expectRadios(device, [[a, "skipped"], ...sameStepMark, [c, "done"], [d, "learning"]]);
      await expect(await noteOn(device, a)).toHaveValue(note);
    }
  });

  test("a note edited on both sides shows both texts, and Keep both texts leaves one note with both everywhere", async ({ laptop, phone }) => {
    await pair(laptop, phone);
    await writeNote(laptop, a, "Before they parted", { pushed: true });
    await phone.goto(stepPath(a.step.slug));
    await expect(await noteOn(phone, a)).toHaveValue("Before they parted");

    await laptop.context.setOffline(true);
    await phone.context.setOffline(true);
    const laptopText = distinctive("Written on the laptop");
    const phoneText = distinctive("Written on the phone");
    await writeNote(laptop, a, laptopText);
    await writeNote(phone, a, phoneText);

    let pushed = nextPush(laptop);
    await laptop.context.setOffline(false);
    await pushed;
    pushed = nextPush(phone);
    await phone.context.setOffline(false);
    await pushed;

    // The phone merged both: one text in the field, the other beside it.
    const field = notesField(phone.page, a.topic.title);
    await expect(topicSection(phone.page, a).getByText(CONFLICT_INTRO, { exact: true })).toBeVisible();
    const shown = await field.inputValue();
    expect([laptopText, phoneText]).toContain(shown);
    const other = shown === laptopText ? phoneText : laptopText;
    await expect(topicSection(phone.page, a).getByText(other, { exact: true }).filter({ visible: true })).toBeVisible();

    pushed = nextPush(phone);
    await topicSection(phone.page, a).getByRole("button", { name: t("notes", "keepBoth"), exact: true }).click();
    const both = `${shown}\n\n${other}`;
    await expect(field).toHaveValue(both);
    await expect(topicSection(phone.page, a).getByText(CONFLICT_INTRO)).toBeHidden();
    await pushed;

    await laptop.page.reload();
    for (const device of [laptop, phone]) {
      await expect(await noteOn(device, a)).toHaveValue(both);
      await expect(topicSection(device.page, a).getByText(CONFLICT_INTRO)).toBeHidden();
      await expect(topicSection(device.page, a).getByRole("button", { name: t("notes", "keepBoth") })).toHaveCount(0);
      expect(await readStoredJson(device.page, STORAGE.notes)).toEqual({ version: 1, notes: { [a.step.slug]: { [a.topic.id]: both } } });
    }
  });

  test("a review answered on the phone is not due on the laptop", async ({ laptop, phone }) => {
    const DAY = 24 * 60 * 60 * 1000;
    const marked = new Date(Date.UTC(2026, 8, 1, 18));
    const daysLater = (days: number) => new Date(marked.getTime() + days * DAY);
    const answeredAt = daysLater(3);
    const goodDays = Math.round((dueAfter({ enteredAt: marked.toISOString(), answers: [] }, "good", answeredAt).getTime() - answeredAt.getTime()) / DAY);
    const reviewHeading = (page: Page) => page.getByRole("article").getByRole("heading", { level: 2, name: a.topic.title });
    // "N topics due for review", for any N the roadmap can have.
    const dueCounts = Array.from({ length: TOPIC_COUNT + 1 }, (_, count) => escapeRegExp(t("review", "dueCount", { count })));
    const dueLink = (page: Page) => page.getByRole("main").getByRole("link", { name: new RegExp(`^(${dueCounts.join("|")})$`) });

    await laptop.page.clock.setFixedTime(marked);
    await mark(laptop, a, "done");
    const link = await turnOnSync(laptop);
    await phone.page.clock.setFixedTime(answeredAt);
    await joinSync(phone, link);

    // Three days on, it is due on both.
    await laptop.page.clock.setFixedTime(answeredAt);
    await laptop.goto(REVIEW_PATH);
    await expect(reviewHeading(laptop.page)).toBeVisible();
    await phone.goto(REVIEW_PATH);
    await expect(reviewHeading(phone.page)).toBeVisible();

    const pushed = nextPush(phone);
    await phone.page.getByRole("button", { name: t("review", "good"), exact: true }).click();
    // "Next review in N days, on …": the date is the scheduler's.
    const nextReview = textBefore(t("review", "answeredLast", { days: goodDays, date: UNKNOWN, title: a.topic.title }));
    await expect(phone.page.getByRole("status").filter({ hasText: nextReview })).toContainText(nextReview);
    await pushed;

    await laptop.page.reload();
    await expect(laptop.page.getByText(new RegExp(`^${escapeRegExp(textBefore(t("review", "nothingDue", { title: a.topic.title, date: UNKNOWN })))}`))).toBeVisible();
    await laptop.goto("/");
    await expect(mapNode(laptop.page, a, "done")).toHaveAccessibleName(topicNodeName(a.topic.title, "done"));
    await expect(dueLink(laptop.page)).toHaveCount(0);
    // The phone's answer set when it is due again, on the laptop too.
    await laptop.page.clock.setFixedTime(daysLater(3 + goodDays));
    await laptop.goto("/");
    await expect(dueLink(laptop.page)).toHaveText(t("review", "dueCount", { count: 1 }));
  });
});

test.describe("ending sync", () => {
  test("deleting the synced data turns sync off on the other device at its next pull, and both keep their data", async ({ laptop, phone, request }) => {
    await mark(laptop, a, "done");
    await mark(phone, b, "learning");
    const link = await pair(laptop, phone);
    await syncNow(laptop);
    const both: [RoadmapTopic, TopicStatus][] = [[a, "done"], [b, "learning"]];
    await expectOnMap(laptop.page, both);
    const phoneData = [await readRaw(phone.page, STORAGE.progress), await readRaw(phone.page, STORAGE.notes)];

    // It asks first: cancelled, nothing happens.
    const messages: string[] = [];
    laptop.page.once("dialog", (dialog) => void (messages.push(dialog.message()), dialog.dismiss()));
    await syncButton(laptop.page, "delete").click();
    await expect.poll(() => messages.length).toBe(1);
    await expect(syncStatus(laptop.page)).toHaveText(SYNCED);
    await syncNow(phone);

    laptop.page.once("dialog", (dialog) => void (messages.push(dialog.message()), dialog.accept()));
    await syncButton(laptop.page, "delete").click();
    await expect(syncStatus(laptop.page)).toHaveText(DELETED_HERE);
    expect(messages[1]).toBe(t("sync", "confirmDelete"));
    await expect(syncButton(laptop.page, "turnOn")).toBeVisible();
    await expectOnMap(laptop.page, both);
    const { vaultId, token } = await vaultOf(link);
    expect((await request.get(`${SYNC_API_PATH}/${vaultId}`, { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(404);

    // The phone's next pull finds the vault gone: it says so, and stops.
    phone.expectedErrors.push(new RegExp(`^HTTP 404: GET .*${SYNC_API_PATH}/${vaultId}$`));
    await phone.page.reload();
    await expect(syncStatus(phone.page)).toHaveText(DELETED_ELSEWHERE);
    await expect(syncButton(phone.page, "turnOn")).toBeVisible();
    await expectOnMap(phone.page, both);
    expect([await readRaw(phone.page, STORAGE.progress), await readRaw(phone.page, STORAGE.notes)]).toEqual(phoneData);
    // It stays off: a later load says the same and asks the server nothing.
    const asked = phone.requests.length;
    await phone.page.reload();
    await expect(syncStatus(phone.page)).toHaveText(DELETED_ELSEWHERE);
    const since = await Promise.all(phone.requests.slice(asked));
    expect(since.filter((sent) => isSyncRequest(sent.url))).toEqual([]);
  });
});

test.describe("what the server can do", () => {
  test("a tampered answer is refused: the status says so, nothing stored here changes, and nothing is pushed", async ({ laptop, phone }) => {
    await mark(phone, b, "learning");
    await pair(laptop, phone);
    await writeNote(phone, a, "The phone's own note", { pushed: true });
    await phone.goto(stepPath(c.step.slug));

    // Every pull of the phone from now on: the real answer, with one byte of its ciphertext flipped.
    // The first waits until the phone's storage is read, so the comparison starts from before it.
    let openGate = () => {};
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    let tampered = 0;
    const from = phone.requests.length;
    await phone.page.route(`**${SYNC_API_PATH}/*`, async (route) => {
      if (route.request().method() !== "GET") return route.continue();
      await gate;
      const response = await route.fetch();
      if (response.status() !== 200) return route.fulfill({ response });
      const envelope = (await response.json()) as { ciphertext: string };
      const bytes = Buffer.from(envelope.ciphertext, "base64url");
      bytes[bytes.length >> 1]! ^= 0x01;
      tampered += 1;
      await route.fulfill({ response, body: JSON.stringify({ ...envelope, ciphertext: bytes.toString("base64url") }) });
    });

    // The laptop has news for the phone, and the phone has a change of its own to push.
    await mark(laptop, d, "done", { pushed: true });
    await setStatus(phone.page, c.topic.title, "skipped");
    const before = [await readRaw(phone.page, STORAGE.progress), await readRaw(phone.page, STORAGE.notes)];
    openGate();
    await expect.poll(() => tampered).toBeGreaterThan(0);

    await phone.goto("/");
    await expect(syncStatus(phone.page)).toHaveText(UNREADABLE);
    await syncButton(phone.page, "syncNow").click();
    await expect.poll(() => tampered).toBeGreaterThan(2);
    await expect(syncStatus(phone.page)).toHaveText(UNREADABLE);
    await expectOnMap(phone.page, [[b, "learning"], [c, "skipped"], [d, "not-started"]]);
    expect([await readRaw(phone.page, STORAGE.progress), await readRaw(phone.page, STORAGE.notes)]).toEqual(before);

    // Longer than a change waits to be pushed (2 s), and no PUT went out after the tampered pull.
    await phone.page.waitForTimeout(2_500);
    const sent = await Promise.all(phone.requests.slice(from));
    const firstPull = sent.findIndex((request) => isSyncRequest(request.url) && request.method === "GET");
    expect(firstPull).toBeGreaterThanOrEqual(0);
    expect(sent.slice(firstPull).filter((request) => isSyncRequest(request.url) && request.method !== "GET")).toEqual([]);
  });

  test("the sync key is in no request either browser sends, and the note text in none either", async ({ laptop, phone, devices }) => {
    const note = distinctive("Never on the wire");
    await writeNote(laptop, a, note);
    const link = await pair(laptop, phone);
    const { key, vaultId, token } = await vaultOf(link);
    await mark(phone, b, "done", { pushed: true });
    await syncNow(laptop);
    await phone.goto("/");
    await expect(syncStatus(phone.page)).toHaveText(SYNCED);
    laptop.page.once("dialog", (dialog) => void dialog.accept());
    await syncButton(laptop.page, "delete").click();
    await expect(syncStatus(laptop.page)).toHaveText(DELETED_HERE);

    const { all, carrying } = await requestsCarrying(devices, [key, note]);
    expect(carrying).toEqual([]);
    // What was recorded is what went out: pages, and every sync request with its token and body.
    const sync = all.filter((request) => isSyncRequest(request.url));
    expect(all.some((request) => request.method === "GET" && new URL(request.url).pathname === "/")).toBe(true);
    expect(new Set(sync.map((request) => request.method))).toEqual(new Set(["GET", "PUT", "DELETE"]));
    for (const request of sync) {
      expect(new URL(request.url).pathname).toBe(`${SYNC_API_PATH}/${vaultId}`);
      expect(request.headers.authorization).toBe(`Bearer ${token}`);
    }
    for (const put of sync.filter((request) => request.method === "PUT")) expect(JSON.parse(put.body!.toString("utf8"))).toMatchObject({ v: 1, ciphertext: expect.any(String) });
  });

  test("the server's store holds no note text and no token, only the vault's ciphertext", async ({ laptop, phone }, testInfo) => {
    const note = distinctive("Kept from the database");
    await writeNote(laptop, a, note);
    const link = await pair(laptop, phone);
    await expect(await noteOn(phone, a)).toHaveValue(note);
    const { vaultId, token } = await vaultOf(link);

    const { backend, appServers } = await serversUnderTest(testInfo);
    testInfo.annotations.push({ type: "store", description: `${backend.kind}, ${appServers} app server(s)` });
    const stored = await storedBytes(backend);
    // The vault is there (so this is the store the servers use), the secrets are not.
    expect(stored.includes(vaultId), `vault ${vaultId} in the ${backend.kind} store`).toBe(true);
    expect(stored.includes(note)).toBe(false);
    expect(stored.includes(Buffer.from(note, "utf16le"))).toBe(false);
    expect(stored.includes(token)).toBe(false);
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test("the Sync region has no violations with sync off, on, and with a sync link to accept", async ({ laptop, phone }) => {
      await laptop.goto("/");
      await expect(syncButton(laptop.page, "turnOn")).toBeVisible();
      await expectNoViolationsInSync(laptop.page);
      const link = await turnOnSync(laptop);
      await expect(syncRegion(laptop.page).getByRole("img", { name: t("sync", "qrCodeAlt") })).toBeVisible();
      await syncLinkField(laptop.page).focus();
      await expectNoViolationsInSync(laptop.page);
      await phone.goto(link);
      await expect(syncRegion(phone.page).getByRole("button", { name: t("sync", "syncThisBrowser") })).toBeVisible();
      await expectNoViolationsInSync(phone.page);
    });
  });
}
