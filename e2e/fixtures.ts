import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { storageKeys } from "../lib/browser/storage-keys";
import { loadRoadmap } from "../lib/content/load";
import type { TopicStatus } from "../lib/progress/statuses";
import { statusName, t } from "./catalog";

// Titles, slugs and counts come from the content the site was built from, never from literals.
const roadmap = loadRoadmap();
export const SITE = roadmap.site;
export const STORAGE = storageKeys(SITE.storageNamespace);
export const STEPS = roadmap.steps;
export const ARTICLE = roadmap.article;
export const ARTICLE_TITLE = ARTICLE.title;
export const ARTICLE_PATH = ARTICLE.permalink;
export const TOPIC_COUNT = STEPS.reduce((sum, step) => sum + step.topics.length, 0);
export type Step = (typeof STEPS)[number];
export const FIRST_STEP = STEPS[0]!;
export const LAST_STEP = STEPS.at(-1)!;

/** Every page a visitor can land on. */
export const PAGES = ["/", ...STEPS.map((step) => `/steps/${step.slug}`), ARTICLE_PATH];

/** Every topic of the roadmap with its step, in content order: tests that need a few topics take the first ones of the whole roadmap. */
export const TOPICS = STEPS.flatMap((step) => step.topics.map((topic) => ({ step, topic })));
export type RoadmapTopic = (typeof TOPICS)[number];

/** The step with the most topics, for tests that need several topics on one page. */
export const BIGGEST_STEP = STEPS.reduce((biggest, step) => (step.topics.length > biggest.topics.length ? step : biggest));

/** The text a page shows for rendered Markdown, whitespace collapsed. */
export function textOf(html: string): string {
  const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&#39;": "'" };
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot|#x27|#39);/g, (entity) => entities[entity] ?? entity)
    .replace(/\s+/g, " ")
    .trim();
}

/** The text of the first and last paragraph or list item of rendered Markdown: samples to look for on a page. */
export function proseSamples(html: string): string[] {
  const blocks = [...html.matchAll(/<(p|li)>([\s\S]*?)<\/\1>/g)].map((match) => textOf(match[2]!));
  return [blocks[0]!, blocks.at(-1)!];
}

/** "N of M topics done", as the meters say it. */
export function topicsDone(done: number, of: number): string {
  return t("progress", "counts", { done, topics: of, learning: 0, skipped: 0 });
}

/** A topic's name on the overview's learning map: its title, its status, and whether it is due for review and has notes. */
export function topicNodeName(title: string, status: TopicStatus, { due = false, noted = false } = {}): string {
  return `${title} ${t("progress", "topicStatus", { status: statusName(status), due, noted })}`;
}

/** Checks the accessible names of every element a locator matches, in order. */
export async function expectAccessibleNames(locator: Locator, names: string[]) {
  await expect(locator).toHaveCount(names.length);
  for (const [index, name] of names.entries()) await expect(locator.nth(index)).toHaveAccessibleName(name);
}

/** A topic's status control: a radio group named by the topic's title. */
export function statusGroup(page: Page, topicTitle: string) {
  return page.getByRole("radiogroup", { name: topicTitle, exact: true });
}

export function statusRadio(page: Page, topicTitle: string, status: TopicStatus) {
  return statusGroup(page, topicTitle).getByRole("radio", { name: statusName(status), exact: true });
}

/** The button that opens a topic's notes, and the notes field itself. */
export function notesToggle(page: Page, topicTitle: string) {
  return page.getByRole("button", { name: t("notes", "toggle", { title: topicTitle }), exact: true });
}

export function notesField(page: Page, topicTitle: string) {
  return page.getByRole("textbox", { name: t("notes", "fieldLabel", { title: topicTitle }), exact: true });
}

/** Opens a topic's notes (on its step page, which must be open) if they are closed, and returns the field. */
export async function openNotes(page: Page, topicTitle: string) {
  const toggle = notesToggle(page, topicTitle);
  const field = notesField(page, topicTitle);
  // A note read from storage opens its notes by itself, perhaps between looking and clicking (the click
  // then closes them), and a click before hydration does nothing: look again until the field is there.
  await expect(async () => {
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    await expect(field).toBeEditable({ timeout: 1000 });
  }).toPass();
  return field;
}

/** Puts raw text in a storage key before any page script runs, once per tab (a reload keeps what the page saved since). */
export async function seedStorage(page: Page, key: string, raw: string) {
  await page.addInitScript(([storageKey, value]) => {
    const flag = `seeded:${storageKey}`;
    if (!sessionStorage.getItem(flag)) {
      localStorage.setItem(storageKey, value);
      sessionStorage.setItem(flag, "1");
    }
  }, [key, raw] as const);
}

/** What is stored under a key, parsed. */
export async function readStoredJson(page: Page, key: string): Promise<unknown> {
  return JSON.parse((await page.evaluate((storageKey) => localStorage.getItem(storageKey), key)) ?? "null");
}

/** Marks the document now in the page, so a test can tell a client-side navigation (same document) from a page load. */
export async function markDocument(page: Page) {
  await page.evaluate(() => ((window as unknown as { marked: boolean }).marked = true));
}

/** Whether the document marked by markDocument is still the one in the page. */
export async function isMarkedDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { marked?: boolean }).marked === true);
}

/** Sets a topic's status on its step page (which must be open) by clicking, and waits for it to hold. */
export async function setStatus(page: Page, topicTitle: string, status: TopicStatus) {
  await statusRadio(page, topicTitle, status).check();
  await expect(statusRadio(page, topicTitle, status)).toBeChecked();
}

/** Sets a topic's status on its step page, going there unless it is the page on screen. */
export async function markTopic(page: Page, { step, topic }: RoadmapTopic, status: TopicStatus) {
  if (new URL(page.url()).pathname !== `/steps/${step.slug}`) await page.goto(`/steps/${step.slug}`);
  await setStatus(page, topic.title, status);
}

/** Progress as stored, with the given status for each topic. */
export function storedProgress(marks: [RoadmapTopic, TopicStatus][]) {
  const statuses: Record<string, Record<string, TopicStatus>> = {};
  for (const [{ step, topic }, status] of marks) (statuses[step.slug] ??= {})[topic.id] = status;
  return { version: 3, statuses };
}

/**
 * Fails any test whose page logs a console error, throws, or loads a subresource that fails.
 * The page's own status (a 404 page, say) is for each test to assert.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  // Every page.goto also waits for React to hydrate (the theme toggle then shows its choice), so a
  // test never presses a key or clicks a button before its handler exists.
  page: async ({ page, javaScriptEnabled }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      const pageLoaded = !options?.waitUntil || options.waitUntil === "load" || options.waitUntil === "networkidle";
      if (javaScriptEnabled && pageLoaded && response && response.status() < 400) {
        await page.locator(".theme-toggle input:checked").waitFor({ state: "attached" });
      }
      return response;
    };
    await use(page);
  },
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        // Chromium logs every HTTP error as "Failed to load resource"; subresources are checked below.
        if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) errors.push(`console: ${message.text()}`);
      });
      page.on("response", (response) => {
        if (response.status() >= 400 && !response.request().isNavigationRequest()) errors.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
      await use(errors);
      expect(errors, "errors in the browser").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
