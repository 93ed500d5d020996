import { createHash } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { getSiteUrl } from "../lib/site/site-url";
import { stepPath, topicPath } from "../lib/site/paths";
import { stepName, t } from "./catalog";
import { ARTICLE, ARTICLE_PATH, BIGGEST_STEP, expect, FIRST_STEP, LAST_STEP, PAGES, setStatus, SITE, statusRadio, STEPS, test } from "./fixtures";

// The production build bakes in SITE_URL (default http://localhost:3000); the tests read it the same way.
const site = getSiteUrl();
const absolute = (path: string) => new URL(path, site).href;

/** Next writes the root URL without its trailing slash; both spell the same URL. */
const normalised = (url: string | null) => url && new URL(url).href;

async function meta(page: Page, attribute: "name" | "property", key: string) {
  return page.locator(`meta[${attribute}="${key}"]`).getAttribute("content");
}

/** Fetches an absolute URL of the site from the server under test, whatever origin the build baked in. */
function fetchFromTestServer(request: APIRequestContext, url: string) {
  const { pathname, search } = new URL(url);
  return request.get(pathname + search);
}

function pngSize(buffer: Buffer) {
  expect(buffer.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

async function jsonLd(page: Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((block) => JSON.parse(block) as Record<string, unknown>);
}

test.describe("link previews and metadata", () => {
  test("every page has its own title, description, canonical URL and complete Open Graph and Twitter tags", async ({ page, request }) => {
    const titles = new Set<string>();
    const descriptions = new Set<string>();
    const imageHashes = new Map<string, string>();
    for (const path of PAGES) {
      await page.goto(path);
      const title = await page.title();
      const description = await meta(page, "name", "description");
      expect(title, path).not.toBe("");
      expect(description, path).toBeTruthy();
      titles.add(title);
      descriptions.add(description!);

      expect(normalised(await page.locator('link[rel="canonical"]').getAttribute("href")), path).toBe(absolute(path));
      expect(await meta(page, "property", "og:title"), path).toContain(title.split(" · ")[0]);
      expect(await meta(page, "property", "og:description"), path).toBe(description);
      expect(normalised(await meta(page, "property", "og:url")), path).toBe(absolute(path));
      expect(await meta(page, "property", "og:type"), path).toBe(path === ARTICLE_PATH ? "article" : "website");
      expect(await meta(page, "name", "twitter:card"), path).toBe("summary_large_image");

      const image = await meta(page, "property", "og:image");
      expect(image, path).toMatch(new RegExp(`^${site.origin}/`));
      const response = await fetchFromTestServer(request, image!);
      expect(response.status(), image!).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
      const body = await response.body();
      expect(pngSize(body)).toEqual({ width: 1200, height: 630 });
      imageHashes.set(path, createHash("sha256").update(body).digest("hex"));
    }
    expect(titles.size).toBe(PAGES.length);
    expect(descriptions.size).toBe(PAGES.length);
    expect(new Set(imageHashes.values()).size, "every page's preview image is its own").toBe(PAGES.length);
  });

  test("the article is described as an article with its author and date", async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    expect(await meta(page, "property", "article:published_time")).toBe(ARTICLE.date);
    expect(await meta(page, "property", "article:author")).toBe(ARTICLE.author);
  });
});

test.describe("sitemap and robots", () => {
  test("the sitemap lists every page with absolute URLs and the article's date", async ({ request }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    const xml = await response.text();
    const locations = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locations.sort()).toEqual(PAGES.map(absolute).sort());
    expect([...xml.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)].map((match) => match[1])).toEqual(PAGES.map(() => ARTICLE.date));
  });

  test("robots.txt allows crawling and points to the sitemap", async ({ request }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).toContain("Allow: /");
    expect(text).toContain(`Sitemap: ${absolute("/sitemap.xml")}`);
  });
});

test.describe("structured data", () => {
  test("the overview is a HowTo of the steps with their URLs", async ({ page }) => {
    await page.goto("/");
    const [howTo] = await jsonLd(page);
    expect(howTo?.["@type"]).toBe("HowTo");
    const steps = howTo?.step as { position: number; name: string; url: string }[];
    expect(steps.map((step) => [step.position, step.name, step.url])).toEqual(STEPS.map((step) => [step.number, step.title, absolute(stepPath(step.slug))]));
  });

  test("each step has a breadcrumb from the roadmap", async ({ page }) => {
    for (const step of STEPS) {
      await page.goto(stepPath(step.slug));
      const [breadcrumb] = await jsonLd(page);
      expect(breadcrumb?.["@type"]).toBe("BreadcrumbList");
      const items = breadcrumb?.itemListElement as { position: number; name: string; item: string }[];
      expect(items.map((item) => item.item)).toEqual([absolute("/"), absolute(stepPath(step.slug))]);
      expect(items.map((item) => item.name)).toEqual([SITE.name, stepName(step)]);
    }
  });

  test("the article view is an Article with author and date", async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const [article] = await jsonLd(page);
    expect(article).toMatchObject({
      "@type": "Article",
      headline: ARTICLE.title,
      author: { "@type": "Person", name: ARTICLE.author },
      datePublished: ARTICLE.date,
      url: absolute(ARTICLE_PATH),
    });
  });
});

test.describe("share actions", () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  });

  test("Copy link copies the step's absolute permalink and announces it", async ({ page, baseURL }) => {
    await page.goto(stepPath(LAST_STEP.slug));
    await page.getByRole("button", { name: t("share", "copyLink") }).click();
    await expect(page.getByRole("status").filter({ hasText: t("share", "linkCopied") })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(baseURL + stepPath(LAST_STEP.slug));
  });

  test("Share uses the Web Share API where the browser has it", async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "share", {
        value: async (data: ShareData) => {
          (window as unknown as { sharedData: ShareData }).sharedData = data;
        },
      });
    });
    await page.goto(stepPath(LAST_STEP.slug));
    await page.getByRole("button", { name: t("share", "share"), exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: t("share", "shared") })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { sharedData: ShareData }).sharedData)).toEqual({
      title: t("step", "stepTitle", { number: LAST_STEP.number, title: LAST_STEP.title }),
      url: baseURL + stepPath(LAST_STEP.slug),
    });
  });

  test("each topic's link control copies its #deep link", async ({ page, baseURL }) => {
    const topic = FIRST_STEP.topics.at(-1)!;
    await page.goto(stepPath(FIRST_STEP.slug));
    await page.getByRole("link", { name: t("share", "copyTopicLink", { topic: topic.title }) }).click();
    await expect(page.locator(`section#${topic.id}`).getByRole("status")).toHaveText(t("share", "linkCopied"));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(baseURL + topicPath(FIRST_STEP.slug, topic.id));
    expect(page.url()).toBe(baseURL + topicPath(FIRST_STEP.slug, topic.id));
  });
});

test.describe("print", () => {
  test("a step prints as a clean checklist: no navigation, links with their URLs, each topic's status visible", async ({ page }) => {
    test.skip(BIGGEST_STEP.topics.length < 2, "needs a step of two topics or more");
    const [done, notStarted] = BIGGEST_STEP.topics;
    const resource = BIGGEST_STEP.topics.flatMap((topic) => topic.resources)[0]!;
    const face = (topic: typeof done, status: "done" | "learning" | "not-started") => statusRadio(page, topic!.title, status).locator("xpath=following-sibling::*[1]");
    await page.goto(stepPath(BIGGEST_STEP.slug));
    await setStatus(page, done!.title, "done");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: t("chrome", "siteNavigation") })).toBeHidden();
    await expect(page.getByRole("navigation", { name: t("step", "stepsNavigation") })).toBeHidden();
    await expect(page.getByRole("button", { name: t("share", "copyLink") })).toBeHidden();
    await expect(face(done, "done")).toBeVisible();
    await expect(face(done, "learning")).toBeHidden();
    await expect(face(notStarted, "not-started")).toBeVisible();
    // In print the URL joins the link's name, so the link is found by its address.
    const link = page.locator(`main a[href="${resource.url}"]`).first();
    expect(await link.evaluate((element) => getComputedStyle(element, "::after").content)).toBe(`" (${resource.url})"`);
  });

  test("prints dark text on white paper even in the dark theme", async ({ page }) => {
    await page.goto(stepPath(FIRST_STEP.slug));
    await page.getByRole("radio", { name: t("theme", "dark") }).check();
    await page.emulateMedia({ media: "print" });
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe("rgb(23, 26, 36)");
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(255, 255, 255)");
  });

  test("the overview prints its steps without search or buttons", async ({ page }) => {
    await page.goto("/");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("searchbox")).toBeHidden();
    await expect(page.getByRole("button", { name: t("share", "shareProgress") })).toBeHidden();
    await expect(page.getByRole("main").getByRole("article")).toHaveCount(STEPS.length);
    await expect(page.getByRole("progressbar", { name: t("progress", "stepProgressLabel", { number: 1 }) })).toBeVisible();
  });
});
