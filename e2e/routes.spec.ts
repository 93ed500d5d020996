import { stepPath } from "../lib/site/paths";
import { t } from "./catalog";
import { ARTICLE_PATH, expect, LAST_STEP, PAGES, STEPS, test } from "./fixtures";

test.describe("status codes", () => {
  for (const path of PAGES) {
    test(`${path} answers 200 with server-rendered HTML`, { tag: "@smoke" }, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain("text/html");
      expect(await response.text()).toContain("<h1");
    });
  }

  for (const step of STEPS) {
    test(`/steps/${step.number} redirects permanently to /steps/${step.slug}`, async ({ request }) => {
      const response = await request.get(`/steps/${step.number}`, { maxRedirects: 0 });
      expect(response.status()).toBe(308);
      expect(response.headers().location).toBe(stepPath(step.slug));
    });
  }

  test("the article's permalink with a trailing slash reaches the article", async ({ request }) => {
    const redirect = await request.get(`${ARTICLE_PATH}/`, { maxRedirects: 0 });
    expect(redirect.status()).toBe(308);
    expect(redirect.headers().location).toBe(ARTICLE_PATH);
    const response = await request.get(`${ARTICLE_PATH}/`);
    expect(response.status()).toBe(200);
    expect(new URL(response.url()).pathname).toBe(ARTICLE_PATH);
  });

  for (const path of ["/steps/unknown", `/steps/${STEPS.length + 1}`, "/steps/0", "/blog/another-post", "/no-such-page"]) {
    test(`${path} answers 404`, async ({ request }) => {
      expect((await request.get(path)).status()).toBe(404);
    });
  }
});

test.describe("the 404 page", () => {
  test("says what happened and links to every step", async ({ page }) => {
    const response = await page.goto("/steps/unknown");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("notFound", "title"));
    const main = page.getByRole("main");
    for (const step of STEPS) {
      await expect(main.getByRole("link", { name: t("step", "stepTitle", { number: step.number, title: step.title }) })).toHaveAttribute("href", stepPath(step.slug));
    }
    await main.getByRole("link", { name: t("step", "stepTitle", { number: LAST_STEP.number, title: LAST_STEP.title }) }).click();
    await expect(page).toHaveURL((url) => url.pathname === stepPath(LAST_STEP.slug));
  });
});
