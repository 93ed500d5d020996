import type { Page, Route } from "@playwright/test";
import { t } from "./catalog";
import { BIGGEST_STEP, expect, statusRadio, STORAGE, test } from "./fixtures";

const step = BIGGEST_STEP;
const [topic, other] = step.topics;

/** Opens the step page on a 4× slower CPU with every script held back, so the page cannot hydrate until `release` is called. */
async function openBeforeHydration(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const held: Route[] = [];
  await page.route("**/_next/static/**/*.js", (route) => void held.push(route));
  await page.goto(`/steps/${step.slug}`, { waitUntil: "domcontentloaded" });
  return async function release() {
    await Promise.all(held.map((route) => route.continue()));
    await page.unroute("**/_next/static/**/*.js");
    // Hydrated: the theme switch shows its choice.
    await page.locator(".theme-toggle input:checked").waitFor({ state: "attached" });
  };
}

const weightOf = (page: Page, status: "not-started" | "learning") =>
  statusRadio(page, topic!.title, status).evaluate((radio) => getComputedStyle(radio.nextElementSibling!).fontWeight);

test.describe("a status set before the page has finished loading", () => {
  test("is shown at once and applied on hydration, not lost", async ({ page }) => {
    const release = await openBeforeHydration(page);
    // Before hydration no status is shown as chosen: the stored one is not known yet.
    expect(await weightOf(page, "not-started")).toBe("400");
    await statusRadio(page, topic!.title, "learning").check();
    expect(await weightOf(page, "learning")).toBe("700");

    await release();
    await expect(statusRadio(page, topic!.title, "learning")).toBeChecked();
    await expect(page.getByText(t("progress", "counts", { done: 0, topics: step.topics.length, learning: 1, skipped: 0 })).first()).toBeVisible();
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE.progress))!)).toEqual({ version: 3, statuses: { [step.slug]: { [topic!.id]: "learning" } } });
    await page.reload();
    await expect(statusRadio(page, topic!.title, "learning")).toBeChecked();
  });

  test("wins over the stored status it replaces, and leaves the others as stored", async ({ page }) => {
    test.skip(!other, "needs a step of two topics or more");
    await page.addInitScript(
      ([key, value]) => localStorage.setItem(key, value),
      [STORAGE.progress, JSON.stringify({ version: 3, statuses: { [step.slug]: { [topic!.id]: "done", [other!.id]: "skipped" } } })] as const,
    );
    const release = await openBeforeHydration(page);
    await statusRadio(page, topic!.title, "learning").check();
    await release();
    await expect(statusRadio(page, topic!.title, "learning")).toBeChecked();
    await expect(statusRadio(page, other!.title, "skipped")).toBeChecked();
  });
});
