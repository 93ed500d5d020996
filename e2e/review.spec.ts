import type { Page } from "@playwright/test";
import { dueAfter } from "../lib/review/scheduler";
import { stepPath } from "../lib/site/paths";
import { expect, markTopic, readStoredJson, seedStorage, setStatus, STORAGE, storedProgress, test, TOPICS } from "./fixtures";

// The clock is moved with page.clock: a topic marked Done on 1 September 2026 at 18:00 (UTC in the
// browser) and what is due days later.
test.use({ timezoneId: "UTC", locale: "en-GB" });
const DAY = 24 * 60 * 60 * 1000;
const MARKED = new Date(Date.UTC(2026, 8, 1, 18));
const daysLater = (days: number) => new Date(MARKED.getTime() + days * DAY);

const [first, second] = TOPICS;
const dueLinkName = (title: string) => `${title} — Done — due for review`;
const reviewLink = (page: Page) => page.getByRole("main").getByRole("link", { name: /^\d+ topics? due for review$/ });

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
  await expect(page.getByRole("link", { name: `${first!.topic.title} — Done`, exact: true })).toBeVisible();
  await expect(page.getByText("Next review: 4 September 2026")).toBeVisible();
  await expect(reviewLink(page)).toHaveCount(0);

  await openAt(page, "/", daysLater(3));
  await expect(page.getByRole("link", { name: dueLinkName(first!.topic.title), exact: true })).toBeVisible();
  await expect(reviewLink(page)).toHaveText("1 topic due for review");
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
  const queue = page.getByRole("list", { name: "Due for review, in the order they fell due" });
  await expect(queue.getByRole("link")).toHaveText([second!.topic.title, first!.topic.title]);
  const card = page.getByRole("article");
  await expect(card.getByRole("heading", { level: 2 })).toHaveText(second!.topic.title);
  await expect(card).toContainText(second!.topic.description);
  await expect(card.getByText("Remember: <b>not bold</b>", { exact: true })).toBeVisible();
  for (const resource of second!.topic.resources) await expect(card.getByRole("link", { name: resource.title })).toHaveAttribute("href", resource.url);
  const answers = card.getByRole("group", { name: "How well do you remember it?" }).getByRole("button");
  await expect(answers).toHaveCount(4);
  for (const [index, name] of ["Again", "Hard", "Good", "Easy"].entries()) await expect(answers.nth(index)).toHaveAccessibleName(name);
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
  await page.getByRole("button", { name: "Good", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Next review" })).toContainText(`Next review in ${goodDays} days`);
  await expect(page.getByRole("article").getByRole("heading", { level: 2 })).toHaveText(second!.topic.title);
  await page.keyboard.press("1");
  await expect(page.getByRole("status").filter({ hasText: "Next review" })).toContainText(`Next review in ${againDays === 1 ? "1 day" : `${againDays} days`}`);
  await expect(page.getByText(/^Nothing is due for review\./)).toBeVisible();

  const stored = (await readStoredJson(page, STORAGE.review)) as { topics: Record<string, Record<string, { answers: { rating: string }[] }>> };
  expect(stored.topics[first!.step.slug]![first!.topic.id]!.answers.map((answer) => answer.rating)).toEqual(["good"]);
  expect(stored.topics[second!.step.slug]![second!.topic.id]!.answers.map((answer) => answer.rating)).toEqual(["again"]);
  expect(await readStoredJson(page, STORAGE.progress)).toEqual(storedProgress([[first!, "done"], [second!, "done"]]));

  // Again brings it back sooner: due the day after, when the one answered Good is not.
  await openAt(page, "/", daysLater(3 + againDays));
  await expect(page.getByRole("link", { name: dueLinkName(second!.topic.title), exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: `${first!.topic.title} — Done`, exact: true })).toBeVisible();
});

test("a double click, a held key or a held Enter answers only the topic shown; the message names the next one, and focus stays on the page", async ({ page }) => {
  const shown = TOPICS.slice(0, 4);
  test.skip(shown.length < 4, "this roadmap has fewer than four topics");
  await markDoneAt(page, ...shown);
  await openAt(page, "/review", daysLater(3));
  const answersOf = async () => {
    const stored = (await readStoredJson(page, STORAGE.review)) as { topics: Record<string, Record<string, { answers: { rating: string }[] }>> };
    return shown.map(({ step, topic }) => stored.topics[step.slug]![topic.id]!.answers.map((answer) => answer.rating));
  };
  const title = page.getByRole("article").getByRole("heading", { level: 2 });
  const message = page.getByRole("status").filter({ hasText: "Next review" });
  const [a, b, c, d] = shown.map(({ topic }) => topic.title);

  await expect(title).toHaveText(a!);
  await page.getByRole("button", { name: "Good", exact: true }).dblclick();
  await expect(message).toContainText(`(${a}). Next up: ${b}.`);
  await expect(title).toHaveText(b!);
  expect(await answersOf()).toEqual([["good"], [], [], []]);

  // A key held down repeats once the next card is up: only its first press answers.
  await page.keyboard.down("2");
  await expect(title).toHaveText(c!);
  await page.keyboard.down("2");
  await page.keyboard.up("2");
  await expect(message).toContainText(`(${b}). Next up: ${c}.`);
  expect(await answersOf()).toEqual([["good"], ["hard"], [], []]);

  await page.getByRole("button", { name: "Easy", exact: true }).focus();
  await page.keyboard.down("Enter");
  await expect(title).toHaveText(d!);
  await page.keyboard.down("Enter");
  await page.keyboard.up("Enter");
  await expect(message).toContainText(`(${c}). Next up: ${d}.`);
  expect(await answersOf()).toEqual([["good"], ["hard"], ["easy"], []]);

  await page.getByRole("button", { name: "Easy", exact: true }).press("Enter");
  await expect(message).toContainText(`(${d}). That was the last topic due.`);
  expect(await answersOf()).toEqual([["good"], ["hard"], ["easy"], ["easy"]]);
  // The focused button went with the card: focus is on what the page says now.
  await expect(page.getByText(/^Nothing is due for review\./)).toBeFocused();
});

test("marking a topic anything but Done takes it out of review; Done again puts it back with its history", async ({ page }) => {
  await markDoneAt(page, first!);
  await openAt(page, "/review", daysLater(3));
  await page.getByRole("button", { name: "Easy", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Next review" })).toBeVisible();

  await page.goto(stepPath(first!.step.slug));
  await setStatus(page, first!.topic.title, "learning");
  await openAt(page, "/", daysLater(400));
  await expect(page.getByRole("link", { name: `${first!.topic.title} — Learning`, exact: true })).toBeVisible();
  await expect(reviewLink(page)).toHaveCount(0);
  await page.goto("/review");
  await expect(page.getByText(/^Nothing to review yet/)).toBeVisible();

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
  await expect(reviewLink(page)).toHaveText("1 topic due for review");
});

test("export and import keep a topic's review history", async ({ page, browser }) => {
  await markDoneAt(page, first!);
  await openAt(page, "/review", daysLater(3));
  await page.getByRole("button", { name: "Hard", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Next review" })).toBeVisible();
  const history = ((await readStoredJson(page, STORAGE.review)) as { topics: unknown }).topics;

  await page.goto("/");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export" }).click();
  const text = Buffer.concat(await (await (await downloading).createReadStream()).toArray()).toString("utf8");
  expect(JSON.parse(text).review).toEqual(history);

  const elsewhere = await browser.newContext({ serviceWorkers: "block", timezoneId: "UTC", locale: "en-GB" });
  const phone = await elsewhere.newPage();
  await phone.clock.setFixedTime(daysLater(3));
  await phone.goto("/");
  await phone.getByLabel("Import progress file").setInputFiles({ name: "progress.json", mimeType: "application/json", buffer: Buffer.from(text) });
  await expect(phone.getByText(/^Imported “progress.json”: .* · 1 review history\.$/)).toBeVisible();
  await expect.poll(async () => ((await readStoredJson(phone, STORAGE.review)) as { topics: unknown } | null)?.topics).toEqual(history);
  await elsewhere.close();
});

test("corrupt review data is ignored without errors and kept aside", async ({ page }) => {
  await seedStorage(page, STORAGE.review, "{not json");
  await page.goto("/review");
  await expect(page.getByText(/^Nothing to review yet/)).toBeVisible();
  await markTopic(page, first!, "done");
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), `${STORAGE.review}:unreadable`)).toBe("{not json");
  await expect.poll(() => readStoredJson(page, STORAGE.review)).toMatchObject({ version: 1, topics: { [first!.step.slug]: { [first!.topic.id]: { answers: [] } } } });
});
