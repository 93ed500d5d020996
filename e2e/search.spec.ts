import type { Page } from "@playwright/test";
import { buildSearchEntries, searchEntries } from "../lib/search/entries";
import { topicPath } from "../lib/site/paths";
import { stepName, t } from "./catalog";
import { expect, STEPS, test } from "./fixtures";

// What the search box should find is what the search function finds in the same content.
const entries = buildSearchEntries(STEPS, stepName);
const expectedHrefs = (query: string) => searchEntries(entries, query).map((result) => result.entry.href);
const allTopics = STEPS.flatMap((step) => step.topics);
const allResources = STEPS.flatMap((step) => step.topics.flatMap((topic) => topic.resources.map((resource) => ({ ...resource, href: topicPath(step.slug, topic.id) }))));

/** A word of the topics' descriptions that finds at least two topics, for moving between results. */
const commonWord = allTopics
  .flatMap((topic) => topic.description.toLowerCase().match(/[a-z]{5,}/g) ?? [])
  .find((word) => expectedHrefs(word).length >= 2)!;

function results(page: Page) {
  return page.getByRole("list", { name: t("search", "results") }).getByRole("link");
}

async function hrefsShown(page: Page) {
  return results(page).evaluateAll((links) => links.map((link) => link.getAttribute("href")));
}

test.describe("search", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/");
  });

  test("finds topics by a resource's name, says how many, and which resources matched", async ({ page }) => {
    const resource = allResources.at(-1)!;
    const expected = expectedHrefs(resource.title);
    await page.getByRole("searchbox", { name: t("search", "label") }).fill(resource.title);
    await expect(results(page)).toHaveCount(expected.length);
    expect(await hrefsShown(page)).toEqual(expected);
    await expect(page.getByText(t("search", "found", { count: expected.length, query: resource.title }))).toBeVisible();
    const itsTopic = page.getByRole("list", { name: t("search", "results") }).locator(`a[href="${resource.href}"]`);
    await expect(itsTopic).toContainText(resource.source === "suggestion" ? t("search", "suggested", { title: resource.title }) : resource.title);
  });

  test("marks a suggested resource as a suggestion in the results", async ({ page }) => {
    const suggestion = allResources.find((resource) => resource.source === "suggestion");
    test.skip(!suggestion, "this roadmap has no suggested resources");
    await page.getByRole("searchbox").fill(suggestion!.title);
    await expect(page.getByRole("list", { name: t("search", "results") })).toContainText(t("search", "suggested", { title: suggestion!.title }));
  });

  test("matches case-insensitively and opens the topic at its deep link", async ({ page }) => {
    const topic = allTopics.at(-1)!;
    await page.getByRole("searchbox").fill(topic.title.toUpperCase());
    const expected = expectedHrefs(topic.title);
    await expect(results(page)).toHaveCount(expected.length);
    await results(page).first().click();
    await expect(page).toHaveURL((url) => url.pathname + url.hash === expected[0]);
    await expect(page.locator(`section#${topic.id}`)).toBeInViewport();
  });

  test("says so when nothing matches", async ({ page }) => {
    await page.getByRole("searchbox").fill("quantum knitting");
    await expect(page.getByText(t("search", "found", { count: 0, query: "quantum knitting" }))).toBeVisible();
    await expect(page.getByRole("list", { name: t("search", "results") })).toHaveCount(0);
  });

  test("is driven by the keyboard: / focuses, arrows move, Enter opens, Escape clears", async ({ page }) => {
    const search = page.getByRole("searchbox");
    await page.locator("body").click({ position: { x: 5, y: 300 } });
    await page.keyboard.press("/");
    await expect(search).toBeFocused();
    await expect(search).toHaveValue("");

    await page.keyboard.type(commonWord);
    await page.keyboard.press("ArrowDown");
    await expect(results(page).nth(0)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(results(page).nth(1)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(search).toBeFocused();

    await page.keyboard.press("Escape");
    await expect(search).toHaveValue("");
    await expect(results(page)).toHaveCount(0);

    const topic = allTopics[0]!;
    await page.keyboard.type(topic.title);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL((url) => url.pathname + url.hash === expectedHrefs(topic.title)[0]);
  });
});
