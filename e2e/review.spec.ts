import type { Page } from "@playwright/test";
import type { Rating } from "../lib/review/limits";
import type { TopicStatus } from "../lib/progress/statuses";
import { dueAfter } from "../lib/review/scheduler";
import { stepPath } from "../lib/site/paths";
import { ANY, escapeRegExp, LOCALE, statusName, t } from "./catalog";
import { expect, markTopic, readStoredJson, seedStorage, setStatus, STORAGE, storedProgress, test, TOPIC_COUNT, topicsDone, TOPICS } from "./fixtures";

// The clock is moved with page.clock: a topic marked Done on 1 September 2026 at 18:00 (UTC in the
// browser) and what is due days later.
test.use({ timezoneId: "UTC", locale: "en-GB" });
const DAY = 24 * 60 * 60 * 1000;
const MARKED = new Date(Date.UTC(2026, 8, 1, 18));
const daysLater = (days: number) => new Date(MARKED.getTime() + days * DAY);


// The browser prefers British English: an English site writes the learner's dates in that regional
// form ("4 September 2026"); a site in another language writes them in its own.
const dateLocale = new Intl.Locale(LOCALE).language === "en" ? "en-GB" : LOCALE;
const learnerDate = (date: Date) => new Intl.DateTimeFormat(dateLocale, { dateStyle: "long", timeZone: "UTC" }).format(date);

const [first, second] = TOPICS;
/** A topic's name on the overview's learning map: its title, its status, and whether it is due for review and has notes. */
const topicNodeName = (title: string, status: TopicStatus, { due = false, noted = false } = {}) => `${title} ${t("progress", "topicStatus", { status: statusName(status), due, noted })}`;
const dueLinkName = (title: string) => topicNodeName(title, "done", { due: true });
/** "N topics due for review", for any number of topics the roadmap has. */
const anyDueCount = new RegExp(`^(?:${Array.from({ length: TOPIC_COUNT + 1 }, (_, count) => escapeRegExp(t("review", "dueCount", { count }))).join("|")})$`);
const reviewLink = (page: Page) => page.getByRole("main").getByRole("link", { name: anyDueCount });

/** What the review page says once a topic never answered before is answered at `at`: when it comes back, and the next topic due, if any. */
function answeredMessage(rating: Rating, at: Date, title: string, next?: string): string {
  const due = dueAfter({ enteredAt: MARKED.toISOString(), answers: [] }, rating, at);
  const values = { days: Math.max(0, Math.round((due.getTime() - at.getTime()) / DAY)), date: learnerDate(due), title };
  return next === undefined ? t("review", "answeredLast", values) : t("review", "answeredNextUp", { ...values, next });
}
/** The page's status message saying `text`. */
const statusSaying = (page: Page, text: string) => page.getByRole("status").filter({ hasText: text });
/** "Nothing is due for review. Next: …", whatever comes next. */
const nothingDue = new RegExp(`^${escapeRegExp(t("review", "nothingDue", { title: ANY, date: ANY })).replaceAll(ANY, ".*")}`);
const nothingYet = new RegExp(`^${escapeRegExp(t("review", "nothingYet"))}`);

/** Marks topics Done at MARKED, on their step pages. */
async function markDoneAt(page: Page, ...topics: (typeof TOPICS)[number][]) {
  await page.clock.setFixedTime(MARKED);
  for (const topic of topics) await markTopic(page, topic, "done");
  const entries = Object.fromEntries(topics.map(({ step }) => [step.slug, {}])) as Record<string, Record<string, unknown>>;
  for (const { step, topic } of topics) entries[step.slug]![topic.id] = { enteredAt: MARKED.toISOString(), answers: [] };
  await expect.poll(() => readStoredJson(page, STORAGE.review)).toEqual({ version: 1, topics: entries });
}

async function openAt(page: Page, path: string, when: Date) {
  await page.clock.setFixedTime(when);
  await page.goto(path);
}

test("a topic marked Done is due for review after its interval, and not before", async ({ page }) => {
  await markDoneAt(page, first!);
  await openAt(page, "/", daysLater(2));
  await expect(page.getByRole("link", { name: topicNodeName(first!.topic.title, "done"), exact: true })).toBeVisible();
  await expect(page.getByText(t("review", "nextReview", { date: learnerDate(new Date(Date.UTC(2026, 8, 4))) }))).toBeVisible();
  await expect(reviewLink(page)).toHaveCount(0);

  await openAt(page, "/", daysLater(3));
  await expect(page.getByRole("link", { name: dueLinkName(first!.topic.title), exact: true })).toBeVisible();
  await expect(reviewLink(page)).toHaveText(t("review", "dueCount", { count: 1 }));
  await reviewLink(page).click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole("heading", { level: 2, name: first!.topic.title })).toBeVisible();
});

test("the review view lists what is due in the order it fell due, and shows each topic's description, notes and resources", async ({ page }) => {
  await seedStorage(page, STORAGE.notes, JSON.stringify({ version: 1, notes: { [second!.step.slug]: { [second!.topic.id]: "Remember: <b>not bold</b>" } } }));
  await markDoneAt(page, first!, second!);
  // The second fell due first: its history starts a day earlier.
  await page.evaluate(
    ([key, slug, id, at]) => {
      const review = JSON.parse(localStorage.getItem(key)!);
      review.topics[slug][id].enteredAt = at;
      localStorage.setItem(key, JSON.stringify(review));
    },
    [STORAGE.review, second!.step.slug, second!.topic.id, daysLater(-1).toISOString()] as const,
  );
  await openAt(page, "/review", daysLater(5));
  const queue = page.getByRole("list", { name: t("review", "queueLabel") });
  await expect(queue.getByRole("link")).toHaveText([second!.topic.title, first!.topic.title]);
  const card = page.getByRole("article");
  await expect(card.getByRole("heading", { level: 2 })).toHaveText(second!.topic.title);
  await expect(card).toContainText(second!.topic.description);
  await expect(card.getByText("Remember: <b>not bold</b>", { exact: true })).toBeVisible();
  for (const resource of second!.topic.resources) await expect(card.getByRole("link", { name: resource.title })).toHaveAttribute("href", resource.url);
  const answers = card.getByRole("group", { name: t("review", "question") }).getByRole("button");
  await expect(answers).toHaveCount(4);
  for (const [index, name] of [t("review", "again"), t("review", "hard"), t("review", "good"), t("review", "easy")].entries()) await expect(answers.nth(index)).toHaveAccessibleName(name);
});

test("answered Good a topic moves further out than answered Again, by keyboard too, and its status stays Done", async ({ page }) => {
  await markDoneAt(page, first!, second!);
  const answeredAt = daysLater(3);
  await openAt(page, "/review", answeredAt);
  const entry = { enteredAt: MARKED.toISOString(), answers: [] };
  const goodDays = Math.round((dueAfter(entry, "good", answeredAt).getTime() - answeredAt.getTime()) / DAY);
  const againDays = Math.round((dueAfter(entry, "again", answeredAt).getTime() - answeredAt.getTime()) / DAY);
  expect(goodDays).toBeGreaterThan(againDays);

  await expect(page.getByRole("article").getByRole("heading", { level: 2 })).toHaveText(first!.topic.title);
  await page.getByRole("button", { name: t("review", "good"), exact: true }).click();
  await expect(statusSaying(page, answeredMessage("good", answeredAt, first!.topic.title, second!.topic.title))).toBeVisible();
  await expect(page.getByRole("article").getByRole("heading", { level: 2 })).toHaveText(second!.topic.title);
  await page.keyboard.press("1");
  await expect(statusSaying(page, answeredMessage("again", answeredAt, second!.topic.title))).toBeVisible();
  // Answered Again, the second topic is the next to come back.
  await expect(page.getByText(t("review", "nothingDue", { title: second!.topic.title, date: learnerDate(dueAfter(entry, "again", answeredAt)) }), { exact: true })).toBeVisible();

  const stored = (await readStoredJson(page, STORAGE.review)) as { topics: Record<string, Record<string, { answers: { rating: string }[] }>> };
  expect(stored.topics[first!.step.slug]![first!.topic.id]!.answers.map((answer) => answer.rating)).toEqual(["good"]);
  expect(stored.topics[second!.step.slug]![second!.topic.id]!.answers.map((answer) => answer.rating)).toEqual(["again"]);
  expect(await readStoredJson(page, STORAGE.progress)).toEqual(storedProgress([[first!, "done"], [second!, "done"]]));

  // Again brings it back sooner: due the day after, when the one answered Good is not.
  await openAt(page, "/", daysLater(3 + againDays));
  await expect(page.getByRole("link", { name: dueLinkName(second!.topic.title), exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: topicNodeName(first!.topic.title, "done"), exact: true })).toBeVisible();
});

test("a double click, a held key or a held Enter answers only the topic shown; the message names the next one, and focus stays on the page", async ({ page }) => {
  const shown = TOPICS.slice(0, 4);
  test.skip(shown.length < 4, "this roadmap has fewer than four topics");
  await markDoneAt(page, ...shown);
  const answeredAt = daysLater(3);
  await openAt(page, "/review", answeredAt);
  const answersOf = async () => {
    const stored = (await readStoredJson(page, STORAGE.review)) as { topics: Record<string, Record<string, { answers: { rating: string }[] }>> };
    return shown.map(({ step, topic }) => stored.topics[step.slug]![topic.id]!.answers.map((answer) => answer.rating));
  };
  const title = page.getByRole("article").getByRole("heading", { level: 2 });
  const [a, b, c, d] = shown.map(({ topic }) => topic.title);

  await expect(title).toHaveText(a!);
  await page.getByRole("button", { name: t("review", "good"), exact: true }).dblclick();
  await expect(statusSaying(page, answeredMessage("good", answeredAt, a!, b))).toBeVisible();
  await expect(title).toHaveText(b!);
  expect(await answersOf()).toEqual([["good"], [], [], []]);

  // A key held down repeats once the next card is up: only its first press answers.
  await page.keyboard.down("2");
  await expect(title).toHaveText(c!);
  await page.keyboard.down("2");
  await page.keyboard.up("2");
  await expect(statusSaying(page, answeredMessage("hard", answeredAt, b!, c))).toBeVisible();
  expect(await answersOf()).toEqual([["good"], ["hard"], [], []]);

  await page.getByRole("button", { name: t("review", "easy"), exact: true }).focus();
  await page.keyboard.down("Enter");
  await expect(title).toHaveText(d!);
  await page.keyboard.down("Enter");
  await page.keyboard.up("Enter");
  await expect(statusSaying(page, answeredMessage("easy", answeredAt, c!, d))).toBeVisible();
  expect(await answersOf()).toEqual([["good"], ["hard"], ["easy"], []]);

  await page.getByRole("button", { name: t("review", "easy"), exact: true }).press("Enter");
  await expect(statusSaying(page, answeredMessage("easy", answeredAt, d!))).toBeVisible();
  expect(await answersOf()).toEqual([["good"], ["hard"], ["easy"], ["easy"]]);
  // The focused button went with the card: focus is on what the page says now.
  await expect(page.getByText(nothingDue)).toBeFocused();
});

test("marking a topic anything but Done takes it out of review; Done again puts it back with its history", async ({ page }) => {
  await markDoneAt(page, first!);
  await openAt(page, "/review", daysLater(3));
  await page.getByRole("button", { name: t("review", "easy"), exact: true }).click();
  await expect(statusSaying(page, answeredMessage("easy", daysLater(3), first!.topic.title))).toBeVisible();

  await page.goto(stepPath(first!.step.slug));
  await setStatus(page, first!.topic.title, "learning");
  await openAt(page, "/", daysLater(400));
  await expect(page.getByRole("link", { name: topicNodeName(first!.topic.title, "learning"), exact: true })).toBeVisible();
  await expect(reviewLink(page)).toHaveCount(0);
  await page.goto("/review");
  await expect(page.getByText(nothingYet)).toBeVisible();

  await page.goto(stepPath(first!.step.slug));
  await setStatus(page, first!.topic.title, "done");
  await page.goto("/");
  await expect(page.getByRole("link", { name: dueLinkName(first!.topic.title), exact: true })).toBeVisible();
  const stored = (await readStoredJson(page, STORAGE.review)) as { topics: Record<string, Record<string, { enteredAt: string; answers: unknown[] }>> };
  expect(stored.topics[first!.step.slug]![first!.topic.id]).toMatchObject({ enteredAt: MARKED.toISOString(), answers: [{ rating: "easy" }] });
});

test("a topic marked Done before reviews existed, or imported, enters review when the overview first sees it", async ({ page }) => {
  await seedStorage(page, STORAGE.progress, JSON.stringify(storedProgress([[first!, "done"]])));
  await openAt(page, "/", MARKED);
  await expect.poll(() => readStoredJson(page, STORAGE.review)).toEqual({ version: 1, topics: { [first!.step.slug]: { [first!.topic.id]: { enteredAt: MARKED.toISOString(), answers: [] } } } });
  await openAt(page, "/", daysLater(3));
  await expect(reviewLink(page)).toHaveText(t("review", "dueCount", { count: 1 }));
});

test("export and import keep a topic's review history", async ({ page, browser }) => {
  await markDoneAt(page, first!);
  await openAt(page, "/review", daysLater(3));
  await page.getByRole("button", { name: t("review", "hard"), exact: true }).click();
  await expect(statusSaying(page, answeredMessage("hard", daysLater(3), first!.topic.title))).toBeVisible();
  const history = ((await readStoredJson(page, STORAGE.review)) as { topics: unknown }).topics;

  await page.goto("/");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: t("backup", "export") }).click();
  const text = Buffer.concat(await (await (await downloading).createReadStream()).toArray()).toString("utf8");
  expect(JSON.parse(text).review).toEqual(history);

  const elsewhere = await browser.newContext({ serviceWorkers: "block", timezoneId: "UTC", locale: "en-GB" });
  const phone = await elsewhere.newPage();
  await phone.clock.setFixedTime(daysLater(3));
  await phone.goto("/");
  await phone.getByLabel(t("backup", "importFileLabel")).setInputFiles({ name: "progress.json", mimeType: "application/json", buffer: Buffer.from(text) });
  await expect(phone.getByText(t("backup", "imported", { file: "progress.json", contents: t("backup", "contents", { progress: topicsDone(1, TOPIC_COUNT), notes: 0, histories: 1 }) }), { exact: true })).toBeVisible();
  await expect.poll(async () => ((await readStoredJson(phone, STORAGE.review)) as { topics: unknown } | null)?.topics).toEqual(history);
  await elsewhere.close();
});

test("corrupt review data is ignored without errors and kept aside", async ({ page }) => {
  await seedStorage(page, STORAGE.review, "{not json");
  await page.goto("/review");
  await expect(page.getByText(nothingYet)).toBeVisible();
  await markTopic(page, first!, "done");
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), `${STORAGE.review}:unreadable`)).toBe("{not json");
  await expect.poll(() => readStoredJson(page, STORAGE.review)).toMatchObject({ version: 1, topics: { [first!.step.slug]: { [first!.topic.id]: { answers: [] } } } });
});
