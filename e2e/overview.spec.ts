import { ARTICLE_PATH, ARTICLE_TITLE, expect, STEPS, test } from "./fixtures";

test.describe("the overview", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/");
  });

  test("shows the article's title as the only h1, with its description, author and date", async ({ page }) => {
    await expect(page).toHaveTitle(`AI & ML Career Roadmap: ${ARTICLE_TITLE}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARTICLE_TITLE);
    const main = page.getByRole("main");
    await expect(main).toContainText("reshaping industries and unlocking new opportunities for innovation and growth.");
    await expect(main).toContainText("By Shyam Mohan");
    await expect(main.locator("time")).toHaveText("November 5, 2024");
    await expect(main.locator("time")).toHaveAttribute("datetime", "2024-11-05T18:02:00.000Z");
  });

  test("lists the steps in order, each with its number, title, summary and topic count", async ({ page }) => {
    const items = page.getByRole("main").getByRole("article");
    await expect(items).toHaveCount(STEPS.length);
    for (const [index, step] of STEPS.entries()) {
      const item = items.nth(index);
      await expect(item.getByRole("heading", { level: 2 })).toHaveText(`Step ${step.number}: ${step.title}`);
      await expect(item).toContainText(step.summary);
      await expect(item).toContainText(`${step.topics.length} topics`);
      await expect(item.getByRole("heading").getByRole("link")).toHaveAttribute("href", `/steps/${step.slug}`);
    }
  });

  test("opens a step from its card", async ({ page }) => {
    await page.getByRole("link", { name: `Step 2: ${STEPS[1]!.title}` }).click();
    await expect(page).toHaveURL(/\/steps\/ml-basics$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(STEPS[1]!.title);
  });

  test("links to the full article", async ({ page }) => {
    await page.getByRole("main").getByRole("link", { name: "Read the full article" }).click();
    await expect(page).toHaveURL(new RegExp(`${ARTICLE_PATH}$`));
  });
});
