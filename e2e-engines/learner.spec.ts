// What a learner does, in Firefox and in WebKit (Safari's engine): the same steps in each, over the
// driver layer in ./drivers. Chromium runs the full suite (e2e/); this one guards the other engines.
import { hasEstimates } from "../lib/plan/estimates";
import { readCalendar } from "../lib/plan/test-support/read-calendar";
import { OFFLINE_PATH } from "../lib/pwa/paths";
import { REVIEW_PATH, stepPath, topicPath } from "../lib/site/paths";
import { LOCALE, t } from "../e2e/catalog";
import { expect, expectNoErrors, hydrated, isChecked, mapStatus, onMapText, PAGES, radio, readStored, SITE, STEPS, STORAGE, test, textOf, TOPICS, visit } from "./fixtures";

const [first, second] = TOPICS;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Stands in for a value of a message the test cannot know (a date): the text before it is what the test expects. */
const UNKNOWN = "\uE000";
const textBefore = (message: string) => message.split(UNKNOWN)[0]!;

/** "At 5 hours a week you will finish around …", up to the date. */
const FINISH_AT_5 = new RegExp(`^${escapeRegExp(textBefore(t("plan", "finish", { hoursPerWeek: 5, date: UNKNOWN })))}`);

/**
 * "Next review in N days, on …", up to the date, for any N of two days or more: every plural form the
 * catalog has for such an N (English has one, "in N days"), its number left as any digits.
 */
const NEXT_REVIEW_IN_DAYS = (() => {
  const number = new Intl.NumberFormat(LOCALE);
  const forms = Array.from({ length: 101 }, (_, index) => index + 2).map((days) =>
    escapeRegExp(textBefore(t("review", "answeredLast", { days, date: UNKNOWN, title: UNKNOWN }))).replaceAll(number.format(days), "\\p{Nd}+"),
  );
  return new RegExp(`^(${[...new Set(forms)].join("|")})`, "u");
})();

test("every page loads with no console errors and no failed requests", async ({ engine, site, request }) => {
  for (const path of [...PAGES, REVIEW_PATH, OFFLINE_PATH, "/steps/unknown"]) {
    await visit(engine, site, path);
    await expect(engine.evaluate<number>("return document.querySelectorAll('h1').length"), path).resolves.toBe(1);
    await expectNoErrors(engine);
    // Every resource the page loaded, asked for again: none may fail.
    const resources = await engine.evaluate<string[]>("return performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => url.startsWith(location.origin))");
    for (const url of resources) expect((await request.get(url)).status(), url).toBeLessThan(400);
  }
  expect((await request.get(`${site.origin}/steps/unknown`)).status()).toBe(404);
  await expect(textOf(engine, "h1")).resolves.toBeTruthy();
});

test("a status set by mouse and by keyboard is kept across a reload, counted on the map and in Continue", async ({ engine, site }) => {
  await visit(engine, site, stepPath(first!.step.slug));
  await engine.click(radio(first!.topic, "done"));
  await expect.poll(() => isChecked(engine, radio(first!.topic, "done"))).toBe(true);
  if (second!.step !== first!.step) await visit(engine, site, stepPath(second!.step.slug));
  // Keyboard: focus the group's checked radio, then the arrow key moves to the next status.
  await engine.evaluate("document.querySelector(arguments[0]).focus()", radio(second!.topic, "not-started"));
  await engine.press("ArrowRight");
  await expect.poll(() => isChecked(engine, radio(second!.topic, "learning"))).toBe(true);

  await engine.reload();
  await hydrated(engine);
  await expect.poll(() => isChecked(engine, radio(second!.topic, "learning"))).toBe(true);
  expect(await readStored(engine, STORAGE.progress)).toEqual({
    version: 3,
    statuses: first!.step === second!.step ? { [first!.step.slug]: { [first!.topic.id]: "done", [second!.topic.id]: "learning" } } : { [first!.step.slug]: { [first!.topic.id]: "done" }, [second!.step.slug]: { [second!.topic.id]: "learning" } },
  });

  await visit(engine, site, "/");
  const mapLink = (topic: { step: { slug: string }; topic: { id: string } }) => `a.topic-node[href="${topicPath(topic.step.slug, topic.topic.id)}"]`;
  await expect.poll(() => textOf(engine, mapLink(first!))).toContain(onMapText(first!.topic.title, "done"));
  await expect.poll(() => textOf(engine, mapLink(second!))).toContain(onMapText(second!.topic.title, "learning"));
  await expect.poll(() => textOf(engine, ".continue__link")).toContain(t("progress", "continue", { topic: second!.topic.title }));
  await expectNoErrors(engine);
});

test("a share link opens read-only in a fresh profile, then is adopted", async ({ engine, site, launch }) => {
  await visit(engine, site, stepPath(first!.step.slug));
  await engine.click(radio(first!.topic, "done"));
  await expect.poll(() => readStored(engine, STORAGE.progress)).toEqual({ version: 3, statuses: { [first!.step.slug]: { [first!.topic.id]: "done" } } });
  await visit(engine, site, "/");
  await engine.click(".share-progress > button");
  await expect.poll(() => engine.evaluate<string>("return document.querySelector('.share-progress__field input')?.value ?? ''")).toContain("#share=");
  const link = await engine.evaluate<string>("return document.querySelector('.share-progress__field input').value");

  const visitor = await launch();
  await visitor.open(link);
  await hydrated(visitor);
  await expect.poll(() => textOf(visitor, ".notice--shared")).toContain(t("share", "viewingTitle"));
  await expect.poll(() => textOf(visitor, `a.topic-node[href="${topicPath(first!.step.slug, first!.topic.id)}"]`)).toContain(mapStatus("done"));
  expect(await readStored(visitor, STORAGE.progress)).toBeNull();
  // The visitor has no progress of their own, so adopting asks nothing.
  await visitor.click(".notice--shared .notice__actions button");
  await expect.poll(() => readStored(visitor, STORAGE.progress)).toEqual({ version: 3, statuses: { [first!.step.slug]: { [first!.topic.id]: "done" } } });
  await expect.poll(() => visitor.url()).not.toContain("#share");
  await expectNoErrors(visitor);
});

test("search finds a topic by its title, and the theme switch is kept", async ({ engine, site }) => {
  const { step, topic } = TOPICS.at(-1)!;
  await visit(engine, site, "/");
  await engine.type(".search__input", topic.title);
  await expect
    .poll(() => engine.evaluate<string[]>("return [...document.querySelectorAll('.search__results a')].map((link) => link.getAttribute('href'))"))
    .toContain(topicPath(step.slug, topic.id));

  await engine.click('.theme-toggle input[value="dark"]');
  await expect.poll(() => engine.evaluate<string | undefined>("return document.documentElement.dataset.theme")).toBe("dark");
  await engine.reload();
  await hydrated(engine);
  expect(await engine.evaluate<string>("return document.documentElement.dataset.theme")).toBe("dark");
  expect(await engine.evaluate<string>("return getComputedStyle(document.body).backgroundColor")).not.toBe("rgb(255, 255, 255)");
  await expectNoErrors(engine);
});

test("the 404 page names what is missing and links to every step", async ({ engine, site }) => {
  await visit(engine, site, "/steps/no-such-step");
  const hrefs = await engine.evaluate<string[]>("return [...document.querySelectorAll('main a')].map((link) => link.getAttribute('href'))");
  for (const step of STEPS) expect(hrefs).toContain(stepPath(step.slug));
  await expectNoErrors(engine);
});

test("after one visit, the roadmap works offline where the engine runs service workers", async ({ engine, site }) => {
  const last = STEPS.at(-1)!;
  await visit(engine, site, "/");
  test.skip(!(await engine.evaluate<boolean>("return 'serviceWorker' in navigator")), `${engine.name} has no service workers here`);
  // The worker registers once the page is idle, saves the site, and takes charge of the page.
  await expect.poll(() => engine.evaluate<boolean>("return navigator.serviceWorker.controller !== null"), { timeout: 60_000 }).toBe(true);
  await site.down();
  await visit(engine, site, stepPath(last.slug));
  expect(await textOf(engine, "h1")).toBe(last.title);
  await engine.click(radio(last.topics[0]!, "done"));
  await expect.poll(() => isChecked(engine, radio(last.topics[0]!, "done"))).toBe(true);
});

test("a note is typed and kept", async ({ engine, site }) => {
  const { step, topic } = first!;
  await visit(engine, site, stepPath(step.slug));
  await engine.click(`section#${topic.id} .topic-notes__toggle`);
  await engine.type(`section#${topic.id} textarea`, "Typed in another engine: é, ü, 漢字");
  await expect.poll(() => readStored(engine, STORAGE.notes)).toEqual({ version: 1, notes: { [step.slug]: { [topic.id]: "Typed in another engine: é, ü, 漢字" } } });
  await engine.reload();
  await hydrated(engine);
  await expect.poll(() => engine.evaluate<string>("return document.querySelector(arguments[0]).value", `section#${topic.id} textarea`)).toBe("Typed in another engine: é, ü, 漢字");
  await expectNoErrors(engine);
});

test("the study plan downloads as a calendar file", async ({ engine, site }) => {
  test.skip(!hasEstimates(STEPS), "this roadmap gives no time estimates");
  await visit(engine, site, "/");
  await engine.type(".plan__hours", "5");
  await engine.evaluate("document.querySelector('.plan__hours').blur()");
  await expect.poll(() => textOf(engine, ".plan__finish")).toMatch(FINISH_AT_5);
  // Letters then typed into the number field (Firefox and WebKit let them in, and then report no value) leave the plan as it was.
  await engine.type(".plan__hours", "x");
  await engine.evaluate("document.querySelector('.plan__hours').blur()");
  await expect.poll(() => readStored(engine, STORAGE.plan)).toMatchObject({ hoursPerWeek: 5 });
  expect(await textOf(engine, ".plan__finish")).toMatch(FINISH_AT_5);
  // The file the browser is handed to save: its name and its bytes, caught at the download link.
  await engine.evaluate(`
    window.__download = null;
    const objectUrl = URL.createObjectURL.bind(URL);
    const blobs = new Map();
    URL.createObjectURL = (blob) => { const url = objectUrl(blob); blobs.set(url, blob); return url; };
    HTMLAnchorElement.prototype.click = function () {
      const blob = blobs.get(this.href);
      if (this.download && blob) blob.text().then((text) => (window.__download = { name: this.download, type: blob.type, text }));
    };`);
  await engine.click(".plan__body > button");
  await expect.poll(() => engine.evaluate<unknown>("return window.__download"), { timeout: 10_000 }).not.toBeNull();
  const file = await engine.evaluate<{ name: string; type: string; text: string }>("return window.__download");
  expect(file.name).toBe(t("calendar", "fileName", { namespace: SITE.storageNamespace }));
  expect(file.type).toBe("text/calendar");
  const { events } = readCalendar(file.text);
  expect(events.find((event) => event.rule)).toMatchObject({ rule: { freq: "WEEKLY", byDay: ["TU", "TH"] }, alarms: [{ triggerMinutes: -15 }] });
  expect(events.filter((event) => !event.rule).map((event) => event.url)).toEqual(STEPS.map((step) => `${site.origin}${stepPath(step.slug)}`));
  await expectNoErrors(engine);
});

test("a topic due for review is answered, and its next review scheduled", async ({ engine, site }) => {
  const { step, topic } = first!;
  // Marked Done ten days ago: due now.
  await visit(engine, site, "/");
  await engine.evaluate(
    "localStorage.setItem(arguments[0], arguments[2]); localStorage.setItem(arguments[1], arguments[3])",
    STORAGE.progress,
    STORAGE.review,
    JSON.stringify({ version: 3, statuses: { [step.slug]: { [topic.id]: "done" } } }),
    JSON.stringify({ version: 1, topics: { [step.slug]: { [topic.id]: { enteredAt: new Date(Date.now() - 10 * 24 * 60 * 60 * 1000).toISOString(), answers: [] } } } }),
  );
  await visit(engine, site, "/");
  await expect.poll(() => textOf(engine, ".review-due__link")).toBe(t("review", "dueCount", { count: 1 }));
  await engine.click(".review-due__link");
  await hydrated(engine);
  await expect.poll(() => textOf(engine, ".review-card__title")).toBe(topic.title);
  await engine.click(".review-card__answers button:nth-child(3)");
  await expect.poll(() => textOf(engine, ".review__message")).toMatch(NEXT_REVIEW_IN_DAYS);
  const review = (await readStored(engine, STORAGE.review)) as { topics: Record<string, Record<string, { answers: { rating: string }[] }>> };
  expect(review.topics[step.slug]![topic.id]!.answers.map((answer) => answer.rating)).toEqual(["good"]);
  await expectNoErrors(engine);
});
