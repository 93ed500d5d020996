// A smoke test of a roadmap written right to left (content/arabic-roadmap, built in place of
// content/roadmap by `npm run test:rtl`): every page in Arabic with dir="rtl", the layout and the
// step keys mirrored, a learner's status, note and plan in Arabic, axe on every page in both themes,
// and screenshots of the overview and a step page in the report.
import type { Page } from "@playwright/test";
import { OFFLINE_PATH } from "../lib/pwa/paths";
import type { CalendarStep } from "../lib/plan/calendar";
import { DEFAULT_PLAN } from "../lib/plan/plan";
import { projectPlan } from "../lib/plan/schedule";
import { EMPTY_PROGRESS, toStepOutline } from "../lib/progress/progress";
import { stepPath } from "../lib/site/paths";
import { expectNoViolations } from "../e2e/axe";
import { DIRECTION, LOCALE, statusName, t } from "../e2e/catalog";
import { expect, openNotes, PAGES, readStoredJson, setStatus, STEPS, STORAGE, test, topicNodeName } from "../e2e/fixtures";

const [first, second] = STEPS;
const topic = first!.topics[0]!;
const EVERY_PAGE = [...PAGES, "/review", OFFLINE_PATH, "/steps/unknown"];

test.skip(DIRECTION !== "rtl", "runs against a roadmap written right to left (npm run test:rtl)");
// The learner's browser in Arabic (Egypt), in UTC at noon on Tuesday 1 December 2026, as Node's clock is set below.
test.use({ locale: "ar-EG", timezoneId: "UTC" });
const BROWSER_NOW = new Date(Date.UTC(2026, 11, 1, 12));
const NODE_NOW = new Date(2026, 11, 1, 12);

/** Where an element's box starts and ends across the page. */
const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

test("every page is in Arabic, right to left", async ({ page }) => {
  for (const path of EVERY_PAGE) {
    await page.goto(path);
    await expect(page.locator("html"), path).toHaveAttribute("lang", LOCALE);
    await expect(page.locator("html"), path).toHaveAttribute("dir", "rtl");
    // The page's own words are Arabic: its main heading has Arabic letters.
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(/\p{Script=Arabic}/u);
  }
});

test("the layout is mirrored: the site's name at the right, the next step at the left, and ← goes to the next step", async ({ page }) => {
  await page.goto(stepPath(first!.slug));
  const width = page.viewportSize()!.width;
  const brand = await box(page, "header a[href='/']");
  expect(brand.x + brand.width / 2, "the site's name is on the right half").toBeGreaterThan(width / 2);
  const next = await box(page, ".step-nav__link--next");
  const overview = await box(page, ".step-nav__overview");
  expect(next.x + next.width, "the next step's link is left of the overview's").toBeLessThanOrEqual(overview.x + 1);

  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL((url) => url.pathname === stepPath(second!.slug));
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL((url) => url.pathname === stepPath(first!.slug));
});

test("a status, a note and the plan read in Arabic", async ({ page }) => {
  await page.clock.setFixedTime(BROWSER_NOW);
  await page.goto(stepPath(first!.slug));
  await setStatus(page, topic.title, "learning");
  const note = "راجِع الفصل الثاني من دليل Python";
  const field = await openNotes(page, topic.title);
  await field.fill(note);
  await field.blur();
  await expect.poll(() => readStoredJson(page, STORAGE.notes)).toEqual({ version: 1, notes: { [first!.slug]: { [topic.id]: note } } });

  await page.goto("/");
  await expect(page.getByRole("link", { name: topicNodeName(topic.title, "learning", { noted: true }) })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(statusName("learning"));

  const hoursPerWeek = 5;
  await page.getByRole("spinbutton", { name: t("plan", "hoursPerWeek") }).fill(String(hoursPerWeek));
  const outline: CalendarStep[] = STEPS.map((step) => ({ ...toStepOutline(step), number: step.number, title: step.title }));
  const progress = { ...EMPTY_PROGRESS, statuses: { [first!.slug]: { [topic.id]: "learning" as const } } };
  const finish = projectPlan(progress, outline, { ...DEFAULT_PLAN, hoursPerWeek }, NODE_NOW).finish!;
  const date = new Intl.DateTimeFormat("ar-EG", { dateStyle: "long" }).format(finish);
  expect(date, "an Arabic month name").toMatch(/\p{Script=Arabic}/u);
  await expect(page.getByRole("region", { name: t("overview", "yourPlan") })).toContainText(t("plan", "finish", { hoursPerWeek, date }));
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations on any page, ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const path of EVERY_PAGE) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await test.step(path, () => expectNoViolations(page));
    }
  });
}

test("screenshots of the overview and a step page, in the report", async ({ page }, testInfo) => {
  for (const [name, path] of [["overview", "/"], ["step", stepPath(first!.slug)]] as const) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await testInfo.attach(`${name} (right to left)`, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
  }
});
