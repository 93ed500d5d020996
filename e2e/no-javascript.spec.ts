import { ARTICLE_PATH, ARTICLE_TITLE, expect, PAGES, STEPS, test } from "./fixtures";

test.use({ javaScriptEnabled: false });

test.describe("with JavaScript turned off", () => {
  test("every page is readable", async ({ page }) => {
    for (const path of PAGES) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("main")).not.toBeEmpty();
    }
  });

  test("the roadmap can be browsed by following links", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: `Step 1: ${STEPS[0].title}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(STEPS[0].title);
    await expect(page.locator("section#linear-algebra")).toBeVisible();
    await page.locator('a[rel="next"]').click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(STEPS[1].title);
    await page.goto(ARTICLE_PATH);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARTICLE_TITLE);
  });

  test("controls that need JavaScript are hidden, not broken", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("searchbox")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Share progress" })).toHaveCount(0);
    await expect(page.getByRole("radio")).toHaveCount(0);
    await page.goto("/steps/foundations");
    await expect(page.getByRole("checkbox")).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Linear Algebra" })).toBeVisible();
  });

  test("/steps/1 still redirects and the 404 page still lists the steps", async ({ page }) => {
    await page.goto("/steps/1");
    await expect(page).toHaveURL(/\/steps\/foundations$/);
    await page.goto("/steps/unknown");
    await expect(page.getByRole("main").getByRole("link", { name: /^Step \d:/ })).toHaveCount(5);
  });
});
