import { appendFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { OFFLINE_PATH, SERVICE_WORKER_PATH } from "../lib/pwa/paths";
import { hasEstimates } from "../lib/plan/estimates";
import { readCalendar } from "../lib/plan/test-support/read-calendar";
import { buildSearchEntries, searchEntries } from "../lib/search/entries";
import { REVIEW_PATH, stepPath } from "../lib/site/paths";
import {
  ARTICLE_PATH,
  expect,
  FIRST_STEP,
  isMarkedDocument,
  LAST_STEP,
  markDocument,
  notesField,
  openNotes,
  PAGES,
  setStatus,
  SITE,
  statusRadio,
  type Step,
  STEPS,
  test,
} from "./fixtures";
import { escapeRegExp, stepName, t } from "./catalog";
import { expectNoViolations } from "./axe";
import { startStandaloneCopy } from "./standalone";


/** A step's link, as the overview's map names it. */
const mapStepLink = (step: Step) => t("map", "stepTitle", { number: step.number, title: step.title });
/** A step's link, as the offline and 404 pages name it. */
const stepLink = (step: Step) => t("step", "stepTitle", { number: step.number, title: step.title });

// The one suite that lets the service worker run (playwright.config.ts blocks it everywhere else).
test.use({ serviceWorkers: "allow" });

/** Waits until the service worker has saved the site and controls the page. */
async function waitForOfflineCopy(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
  });
}

/** The names of the caches the service worker keeps for this origin. */
function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys());
}

/**
 * A second build in which one step page changed, as `npm run build` would deploy it: the page's
 * HTML and router data (wherever Next.js keeps its prerendered copies) show a new title, and the
 * worker lists the page under a new revision. Nothing else changes.
 */
function reviseStepPage(dir: string, step: Step, revisedTitle: string) {
  const page = `steps/${step.slug}`;
  const files = readdirSync(path.join(dir, ".next/server"), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(`${page}.html`) || file.endsWith(`${page}.rsc`) || (file.includes(`${page}.segments/`) && file.endsWith(".rsc")))
    .map((file) => path.join(dir, ".next/server", file));
  // As text, and as HTML where the title has characters HTML escapes.
  const escaped = (text: string) => text.replace(/&/g, "&amp;").replace(/'/g, "&#x27;").replace(/"/g, "&quot;");
  const forms = new Map([[step.title, revisedTitle], [escaped(step.title), escaped(revisedTitle)]]);
  for (const file of files) {
    let text = readFileSync(file, "utf8");
    for (const [from, to] of forms) text = text.replaceAll(from, to);
    writeFileSync(file, text);
  }
  const worker = path.join(dir, "public", SERVICE_WORKER_PATH);
  const entry = new RegExp(`revision:"[^"]*",url:"${stepPath(step.slug).replaceAll("/", "\\/")}"`);
  const source = readFileSync(worker, "utf8");
  if (!entry.test(source)) throw new Error(`${worker} has no precache entry for ${stepPath(step.slug)}`);
  writeFileSync(worker, source.replace(entry, `revision:"next-build",url:"${stepPath(step.slug)}"`));
}

/** Expects the page at `path` itself, not the offline page nor another page with the same heading. */
async function expectPage(page: Page, path: string) {
  // Polled: after a client-side navigation the head changes a moment after the click.
  const canonical = page.locator('link[rel="canonical"]');
  await expect.poll(async () => new URL((await canonical.getAttribute("href")) ?? "", page.url()).pathname, path).toBe(path);
  await expect(page.getByRole("heading", { level: 1 }), path).not.toHaveText(t("offline", "title"));
}

test.describe("offline", () => {
  test.beforeEach(async ({ page }) => {
    // One online visit, to a single step page: every other page is saved without being visited.
    await page.goto(stepPath(LAST_STEP.slug));
    await waitForOfflineCopy(page);
    await page.context().setOffline(true);
  });

  test("every page opens with the network off, visited or not", async ({ page }) => {
    for (const path of PAGES) {
      await page.goto(path);
      await expectPage(page, path);
    }
  });

  test("old links to saved pages open too: a step by its number, the article with a trailing slash", async ({ page }) => {
    await page.goto(`/steps/${LAST_STEP.number}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(LAST_STEP.title);
    await page.goto(`${ARTICLE_PATH}/`);
    await expectPage(page, ARTICLE_PATH);
  });

  test("links between pages work offline, client-side and by full load", async ({ page }) => {
    await page.goto("/");
    await markDocument(page);
    await page.getByRole("link", { name: mapStepLink(FIRST_STEP) }).first().click();
    await expect(page).toHaveURL((url) => url.pathname === stepPath(FIRST_STEP.slug));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(FIRST_STEP.title);
    // Client-side, from the saved router data: a full page load would have dropped the marker.
    expect(await isMarkedDocument(page)).toBe(true);
    // The article, linked from every page's header.
    await page.getByRole("navigation", { name: t("chrome", "siteNavigation") }).getByRole("link", { name: t("chrome", "articleLink") }).click();
    await expectPage(page, ARTICLE_PATH);
    // By full load: the overview's link followed as a new document, then a reload.
    const overviewLink = page.getByRole("navigation", { name: t("chrome", "siteNavigation") }).getByRole("link", { name: t("chrome", "roadmapLink") });
    await Promise.all([page.waitForEvent("load"), overviewLink.evaluate((link: HTMLAnchorElement) => window.location.assign(link.href))]);
    await expectPage(page, "/");
    await page.reload();
    await expectPage(page, "/");
  });

  test("statuses change and persist offline", async ({ page }) => {
    const topic = FIRST_STEP.topics[0]!;
    await page.goto(stepPath(FIRST_STEP.slug));
    await setStatus(page, topic.title, "learning");
    await page.reload();
    await expect(statusRadio(page, topic.title, "learning")).toBeChecked();
  });

  test("notes are typed and kept offline", async ({ page }) => {
    const topic = FIRST_STEP.topics[0]!;
    await page.goto(stepPath(FIRST_STEP.slug));
    const field = await openNotes(page, topic.title);
    await field.fill("Written on a train");
    await page.reload();
    await expect(notesField(page, topic.title)).toHaveValue("Written on a train");
  });

  test("the study plan is set and downloaded as a calendar file offline", async ({ page }) => {
    test.skip(!hasEstimates(STEPS), "this roadmap gives no time estimates");
    await page.goto("/");
    await page.getByRole("spinbutton", { name: t("plan", "hoursPerWeek") }).fill("4");
    await expect(page.getByText(new RegExp(`^${escapeRegExp(t("plan", "finish", { hoursPerWeek: 4, date: "\u0000" }).split("\u0000")[0]!)}`))).toBeVisible();
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: t("plan", "addToCalendar") }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(t("calendar", "fileName", { namespace: SITE.storageNamespace }));
    const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString("utf8");
    expect(readCalendar(text).events.length).toBeGreaterThan(1);
  });

  test("the review page opens offline", async ({ page }) => {
    await page.goto(REVIEW_PATH);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("review", "title"));
    await expect(page.getByText(new RegExp(`^${escapeRegExp(t("review", "nothingYet"))}`))).toBeVisible();
  });

  test("search works offline", async ({ page }) => {
    const topic = LAST_STEP.topics.at(-1)!;
    const expected = searchEntries(buildSearchEntries(STEPS, stepName), topic.title).map((result) => result.entry.href);
    await page.goto("/");
    await page.getByRole("searchbox", { name: t("search", "label") }).fill(topic.title);
    const results = page.getByRole("list", { name: t("search", "results") }).getByRole("link");
    await expect(results).toHaveCount(expected.length);
    await results.first().click();
    await expect(page).toHaveURL((url) => `${url.pathname}${url.hash}` === expected[0]);
    await expect(page.locator(`section#${topic.id}`)).toBeInViewport();
  });

  test("a page that is not saved says it needs a connection and links to the pages that are", async ({ page }) => {
    await page.goto("/not-on-the-roadmap");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("offline", "title"));
    await page.getByRole("link", { name: stepLink(LAST_STEP) }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(LAST_STEP.title);
  });
});

test.describe("the service worker", () => {
  test("is served fresh, never from a cache that would hide an update", async ({ request }) => {
    const response = await request.get(SERVICE_WORKER_PATH);
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("no-cache");
    expect(response.headers()["content-type"]).toContain("javascript");
  });

  test("the content security policy allows a worker and a manifest from this origin only", async ({ request }) => {
    const policy = (await request.get("/")).headers()["content-security-policy"]!;
    expect(policy).toContain("worker-src 'self'");
    expect(policy).toContain("manifest-src 'self'");
  });

  test("has an offline page that links to every step", async ({ page }) => {
    await page.goto(OFFLINE_PATH);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("offline", "title"));
    await expect(page.getByRole("link", { name: new RegExp(`^${escapeRegExp(t("step", "stepTitle", { number: "\u0000", title: "\u0000" }).split("\u0000")[0]!)}`) })).toHaveCount(STEPS.length);
  });
});

test.describe("a new build", () => {
  test("is offered with a Reload button, never applied by itself, and no status is lost", async ({ page, baseURL }) => {
    test.slow();
    const server = startStandaloneCopy(Number(new URL(baseURL!).port) + 20);
    try {
      await server.ready();
      const topic = FIRST_STEP.topics[0]!;
      await page.goto(server.url + stepPath(FIRST_STEP.slug));
      await waitForOfflineCopy(page);
      await markDocument(page);

      // Deploy a new build: a different worker at the same URL. The tab looks for one when the learner comes back to it.
      appendFileSync(path.join(server.dir, "public", SERVICE_WORKER_PATH), "\n// The next build.\n");
      await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
      const prompt = page.getByRole("status").filter({ hasText: t("pwa", "newVersion") });
      await expect(prompt).toBeVisible({ timeout: 15_000 });
      await expectNoViolations(page);

      // Meanwhile the page keeps working and stays as it is until the learner chooses.
      await setStatus(page, topic.title, "learning");
      await page.waitForTimeout(1000);
      expect(await isMarkedDocument(page)).toBe(true);

      await Promise.all([page.waitForEvent("load"), prompt.getByRole("button", { name: t("pwa", "reload") }).click()]);
      expect(await isMarkedDocument(page)).toBe(false);
      await expect(statusRadio(page, topic.title, "learning")).toBeChecked();
      await expect(page.getByText(t("pwa", "newVersion"))).toHaveCount(0);
      // The new worker is in charge, with nothing left waiting.
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    } finally {
      await server.stop();
    }
  });

  test("replaces the saved pages and their router data with the new build's once the learner reloads", async ({ page, baseURL }) => {
    test.slow();
    const server = startStandaloneCopy(Number(new URL(baseURL!).port) + 30);
    try {
      await server.ready();
      const step = FIRST_STEP;
      const revisedTitle = `${step.title} (revised)`;
      const heading = page.getByRole("heading", { level: 1 });
      await page.goto(server.url + stepPath(step.slug));
      await waitForOfflineCopy(page);
      const firstBuildCaches = await cacheNames(page);

      await server.redeploy((dir) => reviseStepPage(dir, step, revisedTitle));
      await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
      const prompt = page.getByRole("status").filter({ hasText: t("pwa", "newVersion") });
      await expect(prompt).toBeVisible({ timeout: 15_000 });
      await expect(heading).toHaveText(step.title);
      await Promise.all([page.waitForEvent("load"), prompt.getByRole("button", { name: t("pwa", "reload") }).click()]);
      await expect(heading).toHaveText(revisedTitle);

      // The first build's router data is deleted, and this build's saved under a new name.
      await expect.poll(async () => (await cacheNames(page)).filter((name) => name.startsWith("router-data-"))).toHaveLength(1);
      const routerData = (await cacheNames(page)).find((name) => name.startsWith("router-data-"))!;
      expect(firstBuildCaches).not.toContain(routerData);

      // Offline, the new build's page, by full load and by a client-side link from the overview.
      await page.context().setOffline(true);
      await page.reload();
      await expect(heading).toHaveText(revisedTitle);
      await page.goto(`${server.url}/`);
      await markDocument(page);
      await page.getByRole("link", { name: mapStepLink(step) }).first().click();
      await expect(heading).toHaveText(revisedTitle);
      expect(await isMarkedDocument(page)).toBe(true);
    } finally {
      await server.stop();
    }
  });
});
