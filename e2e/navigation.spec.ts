import type { Page, Request } from "@playwright/test";
import { SEARCH_INDEX_PATH } from "../lib/search/entries";
import { stepPath } from "../lib/site/paths";
import { t } from "./catalog";
import { expect, FIRST_STEP, isMarkedDocument, LAST_STEP, markDocument, STEPS, test } from "./fixtures";

/** Requests the client router makes for a page's data (RSC), as opposed to loading the page. */
function routerRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on("request", (request) => {
    if (request.headers().rsc === "1") seen.push(request);
  });
  return seen;
}

test.describe("navigation", () => {
  test("internal links are plain links that navigate client-side once scripts run", async ({ page }) => {
    await page.goto("/");
    await markDocument(page);
    await page.getByRole("link", { name: t("map", "stepTitle", { number: LAST_STEP.number, title: LAST_STEP.title }) }).click();
    await expect(page).toHaveURL((url) => url.pathname === stepPath(LAST_STEP.slug));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(LAST_STEP.title);
    // The same document: a full page load would have dropped the marker.
    expect(await isMarkedDocument(page)).toBe(true);
  });

  test("a page opened by a link starts at its top, site header in view, as a page load does", async ({ page }) => {
    test.skip(STEPS.length < 2, "needs a roadmap of two steps or more");
    await page.goto(stepPath(FIRST_STEP.slug));
    await markDocument(page);
    const next = page.getByRole("navigation", { name: t("step", "stepsNavigation") }).getByRole("link", { name: STEPS[1]!.title });
    await next.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await next.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(STEPS[1]!.title);
    expect(await isMarkedDocument(page)).toBe(true);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.getByRole("banner")).toBeInViewport();
  });

  test("a link opened in a new tab with a modifier is left to the browser", async ({ page, context }) => {
    await page.goto("/");
    const opened = context.waitForEvent("page");
    await page.getByRole("link", { name: t("map", "stepTitle", { number: FIRST_STEP.number, title: FIRST_STEP.title }) }).click({ modifiers: ["ControlOrMeta"] });
    const tab = await opened;
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname).toBe(stepPath(FIRST_STEP.slug));
    expect(new URL(page.url()).pathname).toBe("/");
  });

  test("pages are prefetched when the pointer reaches a link to them, not when links scroll into view", async ({ page }) => {
    const requests = routerRequests(page);
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    expect(requests.map((request) => request.url())).toEqual([]);
    await page.getByRole("link", { name: t("map", "stepTitle", { number: LAST_STEP.number, title: LAST_STEP.title }) }).hover();
    await expect.poll(() => requests.map((request) => new URL(request.url()).pathname)).toContain(stepPath(LAST_STEP.slug));
  });

  test("the search index is loaded when search is first used, not with the page", async ({ page }) => {
    const loads: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname === SEARCH_INDEX_PATH) loads.push(request.url());
    });
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    expect(loads).toEqual([]);
    expect(await page.content()).not.toContain(FIRST_STEP.topics[0]!.description);
    await page.getByRole("searchbox").focus();
    await expect.poll(() => loads.length).toBe(1);
  });
});
