// Sync across devices between two engines: the project's engine turns sync on, a browser of another
// engine (Chromium for Firefox, Firefox for WebKit) opens the sync link and joins, and a status set
// in either then shows in the other. Every control is found by its accessible name, as in the UI.
import { t } from "../e2e/catalog";
import type { TopicStatus } from "../lib/progress/statuses";
import { stepPath, topicPath } from "../lib/site/paths";
import { SYNC_PARAM } from "../lib/sync/link";
import type { Engine } from "./drivers/engine";
import { expect, expectNoErrors, hydrated, isChecked, onMapText, radio, test, textOf, TOPICS, visit } from "./fixtures";
import type { TestProxy } from "./proxy";

type Placed = (typeof TOPICS)[number];
type Status = TopicStatus;

const [first, second] = TOPICS;

/** Finds the overview's Sync region (a section named by its heading). */
const SYNC_REGION = `const region = [...document.querySelectorAll("section[aria-labelledby]")]
  .find((section) => document.getElementById(section.getAttribute("aria-labelledby"))?.textContent.trim() === ${JSON.stringify(t("sync", "title"))});`;

/** What the Sync region's status says, or null with no region. */
const syncStatus = (engine: Engine) => engine.evaluate<string | null>(`${SYNC_REGION} return region?.querySelector('[role="status"]')?.textContent.trim() ?? null`);

/** The Sync region's sync link field: what it holds, and whether it can be edited. */
const syncLinkField = (engine: Engine) =>
  engine.evaluate<{ value: string; readOnly: boolean } | null>(`${SYNC_REGION}
    const field = [...(region?.querySelectorAll("input") ?? [])].find((input) => [...input.labels].some((label) => label.textContent.trim() === arguments[0]));
    return field ? { value: field.value, readOnly: field.readOnly } : null`, t("sync", "link"));

/** What the overview's map says of a topic: its title and status. */
const onMap = (engine: Engine, { step, topic }: Placed) => textOf(engine, `a.topic-node[href="${topicPath(step.slug, topic.id)}"]`);
const shown = ({ topic }: Placed, status: Status) => onMapText(topic.title, status);

/** Sets a topic's status on its step page, by pointer. */
async function setStatus(engine: Engine, site: TestProxy, placed: Placed, status: Status) {
  await visit(engine, site, stepPath(placed.step.slug));
  await engine.click(radio(placed.topic, status));
  await expect.poll(() => isChecked(engine, radio(placed.topic, status))).toBe(true);
}

/** Presses Sync now until the map shows what `placed` should: a change is pushed within 2 s of being made. */
async function syncUntilShown(engine: Engine, placed: Placed, status: Status) {
  await expect
    .poll(
      async () => {
        await engine.clickButton(t("sync", "syncNow"));
        return onMap(engine, placed);
      },
      { message: `${engine.name} shows ${shown(placed, status)}`, timeout: 20_000 },
    )
    .toContain(shown(placed, status));
  await expect.poll(() => syncStatus(engine)).toBe(t("sync", "syncedJustNow"));
}

test("a sync link pairs a browser of another engine, and a status set in either shows in the other", async ({ engine, site, launchPartner }) => {
  test.skip(!second, "this roadmap has a single topic");
  const other = await launchPartner();

  // The project's engine turns sync on: the vault is made at once, with no look for one first.
  await visit(engine, site, "/");
  await engine.clickButton(t("sync", "turnOn"));
  await expect.poll(() => syncStatus(engine), { timeout: 15_000 }).toBe(t("sync", "syncedJustNow"));
  const field = await syncLinkField(engine);
  expect(field).toEqual({ value: expect.stringMatching(new RegExp(`^${site.origin.replace(/[.]/g, "\\.")}/#${SYNC_PARAM}=[A-Za-z0-9_-]{32}$`)), readOnly: true });
  const link = field!.value;

  // The other browser has a status of its own, then opens the link and joins: the two are merged.
  await setStatus(other, site, second!, "skipped");
  await expectNoErrors(other);
  await other.open(link);
  await hydrated(other);
  await other.clickButton(t("sync", "syncThisBrowser"));
  await expect.poll(() => syncStatus(other), { timeout: 15_000 }).toBe(t("sync", "syncedJustNow"));
  expect(await other.url(), "the key is taken out of the address bar").toBe(`${site.origin}/`);
  expect((await syncLinkField(other))?.value).toBe(link);
  await expect.poll(() => onMap(other, second!)).toContain(shown(second!, "skipped"));

  // Set in the project's engine, shown in the other after Sync now.
  await expectNoErrors(engine);
  await setStatus(engine, site, first!, "done");
  await syncUntilShown(other, first!, "done");
  expect(await onMap(other, second!)).toContain(shown(second!, "skipped"));

  // Set in the other, shown in the project's engine: its overview pulls on load, then on Sync now.
  await expectNoErrors(other);
  await setStatus(other, site, second!, "learning");
  await expectNoErrors(engine);
  await visit(engine, site, "/");
  await syncUntilShown(engine, second!, "learning");
  expect(await onMap(engine, first!)).toContain(shown(first!, "done"));

  await expectNoErrors(engine);
  await expectNoErrors(other);
});
