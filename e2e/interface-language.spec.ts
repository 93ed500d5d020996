// On a site in another language than English, no page shows or names an English interface word,
// also once a learner uses it: what client components render after hydration (statuses, notes, the
// plan, search results, the Sync region) is checked here, and the built HTML by
// scripts/check-foreign-words.ts. Runs against the Spanish example roadmap (npm run test:example).
import type { Page } from "@playwright/test";
import { hasEstimates } from "../lib/plan/estimates";
import { OFFLINE_PATH } from "../lib/pwa/paths";
import { stepPath } from "../lib/site/paths";
import { englishWordFinder } from "../lib/i18n/test-support/foreign-words";
import { LOCALE, t } from "./catalog";
import { expect, FIRST_STEP, openNotes, PAGES, setStatus, STEPS, test } from "./fixtures";

const english = englishWordFinder();
test.skip(new Intl.Locale(LOCALE).language === "en", "runs against a site in another language (npm run test:example)");

/** What the page shows and names: its visible text, its title, and every label, alt, title and placeholder. */
const shownAndNamed = (page: Page) =>
  page.evaluate(() => {
    const attributes = ["aria-label", "alt", "title", "placeholder", "aria-valuetext"];
    const named = [...document.querySelectorAll("*")].flatMap((element) => attributes.map((name) => element.getAttribute(name) ?? ""));
    return [document.title, document.body.innerText, ...named].join("\n");
  });

async function expectNoEnglish(page: Page, where: string) {
  expect(english.find(await shownAndNamed(page)), where).toEqual([]);
}

test("no page shows or names an English interface word, before or after the learner uses it", async ({ page }) => {
  for (const path of [...PAGES, "/review", OFFLINE_PATH, "/steps/unknown"]) {
    await page.goto(path);
    await expectNoEnglish(page, path);
  }

  const topic = FIRST_STEP.topics[0]!;
  await page.goto(stepPath(FIRST_STEP.slug));
  await setStatus(page, topic.title, "done");
  const field = await openNotes(page, topic.title);
  await field.fill("x".repeat(9_500));
  await expectNoEnglish(page, "a step page with a status and a long note");

  await page.goto("/");
  if (hasEstimates(STEPS)) await page.getByRole("spinbutton", { name: t("plan", "hoursPerWeek") }).fill("5");
  await page.getByRole("searchbox", { name: t("search", "label") }).fill(topic.title);
  await expect(page.getByRole("link", { name: new RegExp(topic.title) }).first()).toBeVisible();
  await expectNoEnglish(page, "the overview with a plan and search results");

  await page.getByRole("button", { name: t("sync", "turnOn"), exact: true }).click();
  await expect(page.getByText(t("sync", "syncedJustNow"))).toBeVisible();
  await expectNoEnglish(page, "the overview with sync on");
});
