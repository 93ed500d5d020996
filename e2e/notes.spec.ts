import type { Page } from "@playwright/test";
import { NOTE_MAX_LENGTH } from "../lib/notes/limits";
import { stepPath, topicPath } from "../lib/site/paths";
import type { TopicStatus } from "../lib/progress/statuses";
import { escapeRegExp, LOCALE, statusName, t } from "./catalog";
import { expect, isMarkedDocument, markDocument, notesField, notesToggle, openNotes, readStoredJson, seedStorage, setStatus, STORAGE, test, TOPICS } from "./fixtures";

// The first topics of the whole roadmap, wherever their steps begin and end.
const [first, second] = TOPICS;
const { step, topic } = first!;

const storedNotes = (notes: Record<string, Record<string, string>>) => JSON.stringify({ version: 1, notes });
const seedNote = (page: Page, text: string) => seedStorage(page, STORAGE.notes, storedNotes({ [step.slug]: { [topic.id]: text } }));

/** A topic's name on the overview's learning map: its title, its status, and whether it is due for review and has notes. */
const topicNodeName = (title: string, status: TopicStatus, { due = false, noted = false } = {}) => `${title} ${t("progress", "topicStatus", { status: statusName(status), due, noted })}`;

/** "N of M characters", as the notes' count says it. */
const characterCount = (count: number) => t("notes", "count", { count, max: NOTE_MAX_LENGTH });
/** The count's words around the number of characters typed, whatever that number is. */
const anyCharacterCount = new RegExp(characterCount(123_456_789).split(new Intl.NumberFormat(LOCALE).format(123_456_789)).map(escapeRegExp).join(".*"));

test.describe("notes on a topic", () => {
  test("are closed until opened with one click, saved as the learner types, and open without a click once written", async ({ page }) => {
    await page.goto(stepPath(step.slug));
    await expect(notesField(page, topic.title)).toBeHidden();
    await expect(notesToggle(page, topic.title)).toHaveAttribute("aria-expanded", "false");
    await notesToggle(page, topic.title).click();
    const field = notesField(page, topic.title);
    await field.pressSequentially("Three links and a formula");
    // No Save button: what was typed is stored already.
    await expect(page.getByRole("button", { name: /save/i })).toHaveCount(0);
    await expect.poll(() => readStoredJson(page, STORAGE.notes)).toEqual({ version: 1, notes: { [step.slug]: { [topic.id]: "Three links and a formula" } } });

    await page.reload();
    await expect(notesField(page, topic.title)).toBeVisible();
    await expect(notesField(page, topic.title)).toHaveValue("Three links and a formula");
    // A topic without notes stays closed.
    if (second!.step === step) await expect(notesField(page, second!.topic.title)).toBeHidden();
  });

  test("are kept across visits and deleted by emptying the field", async ({ page }) => {
    await seedNote(page, "kept");
    await page.goto("/");
    await page.goto(topicPath(step.slug, topic.id));
    await expect(notesField(page, topic.title)).toHaveValue("kept");
    await notesField(page, topic.title).fill("");
    await expect.poll(() => readStoredJson(page, STORAGE.notes)).toEqual({ version: 1, notes: {} });
  });

  test("show in other open tabs", async ({ page, context }) => {
    await page.goto(stepPath(step.slug));
    const other = await context.newPage();
    await other.goto(stepPath(step.slug));
    const field = await openNotes(page, topic.title);
    await field.fill("Typed in the first tab");
    await expect(notesField(other, topic.title)).toHaveValue("Typed in the first tab");
    await field.fill("Changed again");
    await expect(notesField(other, topic.title)).toHaveValue("Changed again");
  });

  test("being typed are never replaced by another tab's change to the same note", async ({ page, context }) => {
    await page.goto(stepPath(step.slug));
    const field = await openNotes(page, topic.title);
    await field.pressSequentially("Mine");
    const other = await context.newPage();
    await other.goto(stepPath(step.slug));
    await expect(notesField(other, topic.title)).toHaveValue("Mine");
    await notesField(other, topic.title).fill("Theirs");

    // The first tab keeps what its learner is typing, and shows what the other tab wrote.
    await expect(page.getByRole("status").filter({ hasText: t("notes", "otherTabChanged") })).toBeVisible();
    await expect(page.locator(`section#${topic.id}`).getByText("Theirs", { exact: true }).filter({ visible: true })).toBeVisible();
    await expect(field).toHaveValue("Mine");
    await expect(field).toBeFocused();
    await field.pressSequentially(", still");
    await expect(field).toHaveValue("Mine, still");
    await expect.poll(() => readStoredJson(page, STORAGE.notes)).toEqual({ version: 1, notes: { [step.slug]: { [topic.id]: "Mine, still" } } });
    await page.getByRole("button", { name: t("notes", "dismiss") }).click();
    await expect(page.getByText(t("notes", "otherTabChanged"))).toBeHidden();
  });

  test("that the browser refuses to store stay in the field, with a message saying they are not saved", async ({ page }) => {
    await page.addInitScript((key) => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (name: string, value: string) {
        if (name === key) throw new DOMException("Quota exceeded", "QuotaExceededError");
        setItem.call(this, name, value);
      };
    }, STORAGE.notes);
    await page.goto(stepPath(step.slug));
    const field = await openNotes(page, topic.title);
    await field.pressSequentially("Precious words");
    await expect(page.getByText(new RegExp(`^${escapeRegExp(t("notes", "saveFailed"))}`))).toBeVisible();
    await expect(field).toHaveValue("Precious words");
    // Leaving the field and closing and opening the notes loses nothing.
    await field.blur();
    await notesToggle(page, topic.title).click();
    await notesToggle(page, topic.title).click();
    await expect(field).toHaveValue("Precious words");
    expect(await readStoredJson(page, STORAGE.notes)).toBeNull();
    // Away and back within the app (the same document), the note is still there, and so is its message.
    await markDocument(page);
    await page.getByRole("navigation", { name: t("chrome", "siteNavigation") }).getByRole("link", { name: t("chrome", "roadmapLink") }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goBack();
    await expect(notesField(page, topic.title)).toHaveValue("Precious words");
    await expect(page.getByText(new RegExp(`^${escapeRegExp(t("notes", "saveFailed"))}`))).toBeVisible();
    expect(await isMarkedDocument(page)).toBe(true);
  });

  test("are shown as the characters typed, never as Markdown or HTML", async ({ page }) => {
    const hostile = '<script>window.injected = true</script> **bold** <img src=x onerror="window.injected = true"> [link](https://example.com)';
    await seedNote(page, hostile);
    await page.goto(stepPath(step.slug));
    await expect(notesField(page, topic.title)).toHaveValue(hostile);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(`section#${topic.id}`).getByText(hostile, { exact: true }).filter({ visible: true })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    await expect(page.locator(`section#${topic.id} .topic-notes strong, section#${topic.id} .topic-notes img`)).toHaveCount(0);
  });

  test(`take up to ${NOTE_MAX_LENGTH} characters, with a count near the limit`, async ({ page }) => {
    await page.goto(stepPath(step.slug));
    const field = await openNotes(page, topic.title);
    await field.fill("a".repeat(8_000));
    await expect(page.getByText(anyCharacterCount)).toBeHidden();
    await field.fill("a".repeat(9_500));
    await expect(page.getByText(characterCount(9_500))).toBeVisible();
    await expect(field).toHaveAccessibleDescription(new RegExp(escapeRegExp(characterCount(9_500))));
    await field.fill("a".repeat(NOTE_MAX_LENGTH + 50));
    await expect(field).toHaveValue("a".repeat(NOTE_MAX_LENGTH));
    await expect(page.getByText(characterCount(NOTE_MAX_LENGTH))).toBeVisible();
  });

  test("print under their topic", async ({ page }) => {
    await seedNote(page, "Line one\nLine two");
    await page.goto(stepPath(step.slug));
    await expect(notesField(page, topic.title)).toBeVisible();
    await page.emulateMedia({ media: "print" });
    const printed = page.locator(`section#${topic.id}`).getByText("Line one").filter({ visible: true });
    await expect(printed).toBeVisible();
    // As written, line breaks kept; the field and its button are not printed.
    expect(await printed.evaluate((element) => (element as HTMLElement).innerText)).toBe("Line one\nLine two");
    await expect(notesField(page, topic.title)).toBeHidden();
    await expect(notesToggle(page, topic.title)).toBeHidden();
  });

  test("that are corrupt are ignored without errors and kept aside", async ({ page }) => {
    await seedStorage(page, STORAGE.notes, "{not json");
    await page.goto(stepPath(step.slug));
    const field = await openNotes(page, topic.title);
    await expect(field).toHaveValue("");
    await field.fill("fresh");
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), `${STORAGE.notes}:unreadable`)).toBe("{not json");
  });
});

test.describe("notes on the overview", () => {
  test("the map marks topics that have notes, and says so in the link's name", async ({ page }) => {
    await seedNote(page, "something");
    await page.goto(stepPath(step.slug));
    await setStatus(page, topic.title, "done");
    await page.goto("/");
    await expect(page.getByRole("link", { name: topicNodeName(topic.title, "done", { noted: true }), exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: topicNodeName(second!.topic.title, "not-started"), exact: true })).toBeVisible();
  });

  test("open by themselves on a step page reached by a link, after the overview has read them", async ({ page }) => {
    await seedNote(page, "read on the overview first");
    await page.goto("/");
    await markDocument(page);
    await page.getByRole("link", { name: new RegExp(`^${topicNodeName(topic.title, "not-started", { noted: true }).split(statusName("not-started")).map(escapeRegExp).join(".*")}$`) }).click();
    await expect(notesField(page, topic.title)).toHaveValue("read on the overview first");
    // A client-side navigation: the same document.
    expect(await isMarkedDocument(page)).toBe(true);
  });

  test("search finds a topic by words in the learner's own note, and says the match is in it", async ({ page }) => {
    await seedStorage(page, STORAGE.notes, storedNotes({ [second!.step.slug]: { [second!.topic.id]: "Ask about the zyxwvut workshop on Friday" } }));
    await page.goto("/");
    await page.getByRole("searchbox").fill("zyxwvut");
    const results = page.getByRole("list", { name: t("search", "results") }).getByRole("link");
    await expect(results).toHaveCount(1);
    await expect(results.first()).toHaveAttribute("href", topicPath(second!.step.slug, second!.topic.id));
    await expect(results.first()).toContainText(t("search", "inNote", { excerpt: "Ask about the zyxwvut workshop on Friday" }));
  });

  test("share links never carry them", async ({ page, browser }) => {
    await seedNote(page, "private thoughts");
    await page.goto(stepPath(step.slug));
    await setStatus(page, topic.title, "learning");
    await page.goto("/");
    await page.getByRole("button", { name: t("share", "shareProgress") }).click();
    const link = await page.getByRole("textbox", { name: t("share", "progressLink") }).inputValue();
    const fresh = await browser.newContext({ serviceWorkers: "block" });
    const visitor = await fresh.newPage();
    await visitor.goto(link);
    await expect(visitor.getByRole("link", { name: topicNodeName(topic.title, "learning"), exact: true })).toBeVisible();
    await fresh.close();
    // The learner's own notes are not marked while someone's shared progress is on screen either.
    await page.goto(link);
    await expect(page.getByRole("link", { name: topicNodeName(topic.title, "learning"), exact: true })).toBeVisible();
  });
});
