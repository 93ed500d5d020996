import type { Locator, Page } from "@playwright/test";
import type { CalendarStep } from "../lib/plan/calendar";
import { hasEstimates, hoursLeft, sumEstimates, type Estimate } from "../lib/plan/estimates";
import { MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK, REMINDER_MINUTES } from "../lib/plan/pace";
import { DEFAULT_PLAN, describeMinutes, type Pace } from "../lib/plan/plan";
import { projectPlan } from "../lib/plan/schedule";
import { lineProblems, readCalendar } from "../lib/plan/test-support/read-calendar";
import { EMPTY_PROGRESS, setTopicStatus, toStepOutline } from "../lib/progress/progress";
import type { Progress } from "../lib/progress/schema";
import { stepPath } from "../lib/site/paths";
import { escapeRegExp, LOCALE, t } from "./catalog";
import { expect, readStoredJson, setStatus, SITE, STEPS, STORAGE, test, TOPICS } from "./fixtures";

// The plan's dates are compared with what lib/plan computes for the same moment. Both sides work in
// local wall-clock time: the browser in UTC at noon on Tuesday 1 December 2026, Node at the same
// wall-clock time in its own zone, so the dates agree whatever zone the tests run in.
test.use({ locale: "en-GB", timezoneId: "UTC" });
const BROWSER_NOW = new Date(Date.UTC(2026, 11, 1, 12));
const NODE_NOW = new Date(2026, 11, 1, 12);
// The learner's regional form of the site's language: en-GB's on an English site, the site's own otherwise.
const dateLocale = new Intl.Locale(LOCALE).language === "en" ? "en-GB" : LOCALE;
const formatDate = (date: Date) => new Intl.DateTimeFormat(dateLocale, { dateStyle: "long" }).format(date);

const outline: CalendarStep[] = STEPS.map((step) => ({ ...toStepOutline(step), number: step.number, title: step.title }));
const estimated = TOPICS.filter(({ topic }) => topic.hours !== undefined);
const pace = (hoursPerWeek: number, overrides: Partial<Pace> = {}): Pace => ({ ...DEFAULT_PLAN, hoursPerWeek, ...overrides });

test.skip(!hasEstimates(STEPS), "this roadmap gives no time estimates");


const planRegion = (page: Page) => page.getByRole("region", { name: t("overview", "yourPlan") });
const hoursField = (page: Page) => page.getByRole("spinbutton", { name: t("plan", "hoursPerWeek") });
const weekday = (page: Page, day: "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU") => page.getByRole("checkbox", { name: t("plan", `weekday${day}`) });
const stepCard = (page: Page, step: (typeof STEPS)[number]) =>
  page
    .getByRole("main")
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { name: new RegExp(`^${escapeRegExp(t("map", "stepTitle", { number: step.number, title: step.title }))}`) }) });

/** A step's finish date without the date ("finishes around"), the longest run of the message's own words. */
const DATE_MARKER = "\u0000";
const STEP_FINISHES = t("plan", "stepFinishes", { date: DATE_MARKER })
  .split(DATE_MARKER)
  .map((part) => part.trim())
  .reduce((longest, part) => (part.length > longest.length ? part : longest), "");

/** An estimate in hours as the pages show it ("about 2.5 h"), with any number: for checking there is none. */
const SEVEN = new Intl.NumberFormat(LOCALE).format(7);
const ANY_HOURS = new RegExp(t("units", "aboutHours", { hours: 7 }).split(SEVEN).map(escapeRegExp).join("[\\p{Nd}.,\\u066B]+"), "u");

/** What the plan should say of the time left. */
const timeLeft = ({ hours, unestimated }: Estimate) => t("plan", "timeLeft", { left: hours > 0 ? "some" : "none", hours: t("units", "aboutHours", { hours }), unestimated });

/** What the overview should say of the finish at `hours` a week with `progress`. */
function finishSentence(hours: number, progress: Progress = EMPTY_PROGRESS) {
  const finish = projectPlan(progress, outline, pace(hours), NODE_NOW).finish!;
  return t("plan", "finish", { hoursPerWeek: hours, date: formatDate(finish) });
}

async function expectStepCardDates(page: Page, hours: number, progress: Progress = EMPTY_PROGRESS) {
  const projection = projectPlan(progress, outline, pace(hours), NODE_NOW);
  for (const [index, step] of STEPS.entries()) {
    const finish = projection.steps[index]!.finish;
    const card = stepCard(page, step);
    if (finish) await expect(card).toContainText(t("plan", "stepFinishes", { date: formatDate(finish) }));
    else await expect(card).not.toContainText(STEP_FINISHES);
  }
}

async function download(page: Page, button: Locator) {
  const downloading = page.waitForEvent("download");
  await button.click();
  const file = await downloading;
  return { name: file.suggestedFilename(), text: Buffer.concat(await (await file.createReadStream()).toArray()).toString("utf8") };
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(BROWSER_NOW);
});

test.describe("time estimates", () => {
  test("a step page shows each topic's estimate and the step's, and says they are estimates", async ({ page }) => {
    const step = estimated[0]!.step;
    await page.goto(stepPath(step.slug));
    await expect(page.getByText(t("step", "topicsAndEstimate", { topics: step.topics.length, estimate: t("units", "estimate", { ...sumEstimates(step.topics) }) }), { exact: true })).toBeVisible();
    for (const topic of step.topics) {
      const section = page.locator(`section#${topic.id}`);
      if (topic.hours === undefined) await expect(section).not.toContainText(ANY_HOURS);
      else await expect(section.getByText(t("units", "aboutHours", { hours: topic.hours }), { exact: true })).toBeVisible();
    }
  });

  test("the overview shows the hours left, which Done and Skipped take away and Learning does not", async ({ page }) => {
    const [a, b, c] = estimated;
    await page.goto("/");
    await expect(planRegion(page)).toContainText(timeLeft(hoursLeft(EMPTY_PROGRESS, outline)));
    await page.goto(stepPath(a!.step.slug));
    await setStatus(page, a!.topic.title, "done");
    await page.goto(stepPath(b!.step.slug));
    await setStatus(page, b!.topic.title, "skipped");
    await page.goto(stepPath(c!.step.slug));
    await setStatus(page, c!.topic.title, "learning");
    let progress = setTopicStatus(EMPTY_PROGRESS, a!.step.slug, a!.topic.id, "done");
    progress = setTopicStatus(progress, b!.step.slug, b!.topic.id, "skipped");
    await page.goto("/");
    const left = hoursLeft(progress, outline);
    expect(left.hours).toBe(hoursLeft(EMPTY_PROGRESS, outline).hours - a!.topic.hours! - b!.topic.hours!);
    await expect(planRegion(page)).toContainText(timeLeft(left));
  });
});

test.describe("pace and finish date", () => {
  test("Hours per week is empty by default: no plan, no dates", async ({ page }) => {
    await page.goto("/");
    await expect(hoursField(page)).toHaveValue("");
    await expect(planRegion(page)).toContainText(t("plan", "noPace"));
    await expect(page.getByText(STEP_FINISHES)).toHaveCount(0);
    expect(await readStoredJson(page, STORAGE.plan)).toBeNull();
  });

  test("setting it gives the finish date and each step's, kept across visits under the plan's key", async ({ page }) => {
    await page.goto("/");
    await hoursField(page).fill("5");
    await expect(planRegion(page)).toContainText(finishSentence(5));
    await expectStepCardDates(page, 5);
    expect(await readStoredJson(page, STORAGE.plan)).toEqual({ version: 1, days: ["TU", "TH"], time: "19:00", hoursPerWeek: 5 });
    await page.reload();
    await expect(hoursField(page)).toHaveValue("5");
    await expect(planRegion(page)).toContainText(finishSentence(5));
    await hoursField(page).fill("12");
    await expect(planRegion(page)).toContainText(finishSentence(12));
  });

  test("the dates move closer as topics are marked Done or Skipped, in this tab or another", async ({ page, context }) => {
    const [a, b] = estimated;
    await page.goto("/");
    await hoursField(page).fill("3");
    await expect(planRegion(page)).toContainText(finishSentence(3));
    const before = projectPlan(EMPTY_PROGRESS, outline, pace(3), NODE_NOW).finish!;

    const other = await context.newPage();
    await other.clock.setFixedTime(BROWSER_NOW);
    await other.goto(stepPath(a!.step.slug));
    await setStatus(other, a!.topic.title, "done");
    let progress = setTopicStatus(EMPTY_PROGRESS, a!.step.slug, a!.topic.id, "done");
    await expect(planRegion(page)).toContainText(finishSentence(3, progress));
    await expectStepCardDates(page, 3, progress);
    await other.goto(stepPath(b!.step.slug));
    await setStatus(other, b!.topic.title, "skipped");
    progress = setTopicStatus(progress, b!.step.slug, b!.topic.id, "skipped");
    await expect(planRegion(page)).toContainText(finishSentence(3, progress));
    expect(projectPlan(progress, outline, pace(3), NODE_NOW).finish!.getTime()).toBeLessThan(before.getTime());
  });

  test("a pace out of range is refused with a message; emptying the field removes the plan", async ({ page }) => {
    await page.goto("/");
    await hoursField(page).fill("5");
    await expect(planRegion(page)).toContainText(finishSentence(5));
    for (const bad of ["0", "61", "2.5"]) {
      await hoursField(page).fill(bad);
      await expect(planRegion(page)).toContainText(t("plan", "invalidHours", { min: MIN_HOURS_PER_WEEK, max: MAX_HOURS_PER_WEEK }));
      await expect(hoursField(page)).toHaveAttribute("aria-invalid", "true");
      expect(await readStoredJson(page, STORAGE.plan)).toMatchObject({ hoursPerWeek: 5 });
    }
    await hoursField(page).fill("");
    // Emptied, the field keeps the plan until the learner leaves it empty.
    expect(await readStoredJson(page, STORAGE.plan)).toMatchObject({ hoursPerWeek: 5 });
    await hoursField(page).blur();
    await expect(planRegion(page)).toContainText(t("plan", "noPace"));
    await expect(page.getByText(STEP_FINISHES)).toHaveCount(0);
    expect(await readStoredJson(page, STORAGE.plan)).toEqual({ version: 1, days: ["TU", "TH"], time: "19:00" });
  });

  test("editing the pace key by key never loses it: leaving the field with no valid pace typed keeps the one it had", async ({ page }) => {
    await page.goto("/");
    await hoursField(page).fill("5");
    await hoursField(page).blur();
    await expect(planRegion(page)).toContainText(finishSentence(5));
    // Each edit starts as the learner comes back to the field, and ends as they leave it.
    const edits: [string, (field: Locator) => Promise<void>][] = [
      ["deleted, then 0", async (field) => (await field.press("End"), await field.press("Backspace"), await field.pressSequentially("0"))],
      ["replaced by 61", async (field) => (await field.selectText(), await field.pressSequentially("61"))],
      ["replaced by 2.5", async (field) => (await field.selectText(), await field.pressSequentially("2.5"))],
      // Text the browser cannot read as a number: its value is "", as if the field were empty.
      ["deleted, then -", async (field) => (await field.selectText(), await field.press("Backspace"), await field.pressSequentially("-"))],
    ];
    for (const [what, edit] of edits) {
      await edit(hoursField(page));
      await hoursField(page).blur();
      await expect(hoursField(page), what).toHaveValue("5");
      await expect(planRegion(page), what).toContainText(finishSentence(5));
      expect(await readStoredJson(page, STORAGE.plan), what).toMatchObject({ hoursPerWeek: 5 });
    }
  });
});

test.describe("the plan in a calendar", () => {
  test("Add to calendar downloads iCalendar that a parser reads: sessions, their end, step dates with URLs, reminders", async ({ page, baseURL }) => {
    await page.goto("/");
    await hoursField(page).fill("5");
    const { name, text } = await download(page, planRegion(page).getByRole("button", { name: t("plan", "addToCalendar") }));
    expect(name).toBe(t("calendar", "fileName", { namespace: SITE.storageNamespace }));
    expect(lineProblems(text)).toEqual([]);

    const projection = projectPlan(EMPTY_PROGRESS, outline, pace(5), NODE_NOW);
    const { events } = readCalendar(text);
    const [sessions, ...others] = [events.find((event) => event.rule), ...events.filter((event) => !event.rule)];
    // Two evenings by default, as long as the pace needs, until the projected finish.
    expect(sessions).toMatchObject({ rule: { freq: "WEEKLY", byDay: ["TU", "TH"] }, durationMinutes: 150, alarms: [{ action: "DISPLAY", triggerMinutes: -15 }], url: `${baseURL}/` });
    expect(sessions!.occurrences.map((start) => start.getTime())).toHaveLength(projection.sessions);
    expect(formatDate(sessions!.occurrences[0]!)).toBe(formatDate(projection.firstSession!));
    expect(formatDate(sessions!.occurrences.at(-1)!)).toBe(formatDate(projection.finish!));
    expect(sessions!.occurrences.every((start) => start.getHours() === 19 && [2, 4].includes(start.getDay()))).toBe(true);
    // One event per step not yet finished, on its planned day, with its title and URL.
    expect(others.map(({ summary, url, allDay, start }) => ({ summary, url, allDay, day: formatDate(start) }))).toEqual(
      STEPS.flatMap((step, index) => {
        const finish = projection.steps[index]!.finish;
        return finish ? [{ summary: t("calendar", "stepSummary", { step: step.number, title: step.title }), url: `${baseURL}${stepPath(step.slug)}`, allDay: true, day: formatDate(finish) }] : [];
      }),
    );
  });

  test("the learner picks the days and the time, and a new download keeps the events' UIDs", async ({ page }) => {
    await page.goto("/");
    await hoursField(page).fill("5");
    const button = planRegion(page).getByRole("button", { name: t("plan", "addToCalendar") });
    const first = readCalendar((await download(page, button)).text);

    await weekday(page, "MO").check();
    await weekday(page, "WE").check();
    await weekday(page, "SA").check();
    await weekday(page, "TU").uncheck();
    await weekday(page, "TH").uncheck();
    await page.getByLabel(t("plan", "startTime")).fill("07:30");
    await expect(planRegion(page)).toContainText(t("plan", "sessions", { days: 3, length: describeMinutes(100, (key, values) => t("plan", key, values)), reminderMinutes: REMINDER_MINUTES }));
    expect(await readStoredJson(page, STORAGE.plan)).toEqual({ version: 1, hoursPerWeek: 5, days: ["MO", "WE", "SA"], time: "07:30" });
    await expect(planRegion(page)).toContainText(t("plan", "finish", { hoursPerWeek: 5, date: formatDate(projectPlan(EMPTY_PROGRESS, outline, pace(5, { days: ["MO", "WE", "SA"], time: "07:30" }), NODE_NOW).finish!) }));

    const second = readCalendar((await download(page, button)).text);
    const sessions = second.events.find((event) => event.rule)!;
    expect(sessions).toMatchObject({ rule: { byDay: ["MO", "WE", "SA"] }, durationMinutes: 100 });
    expect(sessions.occurrences.every((start) => start.getHours() === 7 && start.getMinutes() === 30)).toBe(true);
    expect(second.events.map((event) => event.uid).sort()).toEqual(first.events.map((event) => event.uid).sort());
  });

  test("keeps at least one study day, and asks for a pace before making a file", async ({ page }) => {
    await page.goto("/");
    await planRegion(page).getByRole("button", { name: t("plan", "addToCalendar") }).click();
    await expect(planRegion(page)).toContainText(t("plan", "setPaceFirst"));
    await weekday(page, "TU").uncheck();
    await weekday(page, "TH").click();
    await expect(planRegion(page)).toContainText(t("plan", "keepOneDay"));
    await expect(weekday(page, "TH")).toBeChecked();
  });
});
