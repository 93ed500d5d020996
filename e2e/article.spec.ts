import { ARTICLE_PATH, ARTICLE_TITLE, expect, STEPS, test } from "./fixtures";

test.describe("the article at its original permalink", () => {
  for (const path of [ARTICLE_PATH, `${ARTICLE_PATH}/`]) {
    test(`${path} renders the full article`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARTICLE_TITLE);
      const main = page.getByRole("main");
      await expect(main).toContainText("By Shyam Mohan");
      await expect(main).toContainText("Here's a roadmap to guide you on your journey.");
      await expect(main).toContainText("Consider pursuing advanced degrees or certifications");
    });
  }

  test("links each step heading to its interactive page", async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const headings = page.getByRole("heading", { level: 2 });
    await expect(headings).toHaveText(STEPS.map((step) => `Step ${step.number}: ${step.title}`));
    for (const step of STEPS) {
      await expect(page.getByRole("heading", { level: 2, name: `Step ${step.number}:` }).getByRole("link")).toHaveAttribute("href", `/steps/${step.slug}`);
    }
    await page.getByRole("link", { name: `Step 4: ${STEPS[3]!.title}` }).click();
    await expect(page).toHaveURL(/\/steps\/network$/);
  });
});
