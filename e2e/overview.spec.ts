import { formatDate } from "../lib/site/format";
import { stepPath } from "../lib/site/paths";
import { LOCALE, t } from "./catalog";
import { ARTICLE, ARTICLE_PATH, expect, SITE, STEPS, test } from "./fixtures";

/** A step card's title: "Step 2: …", its number hidden to the eye but read out. */
const stepCardTitle = (step: (typeof STEPS)[number]) => t("map", "stepTitle", { number: step.number, title: step.title });

test.describe("the overview", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/");
  });

  test("shows the article's title as the only h1, with its description, author and date", { tag: "@smoke" }, async ({ page }) => {
    await expect(page).toHaveTitle(`${SITE.name}: ${ARTICLE.title}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARTICLE.title);
    const main = page.getByRole("main");
    await expect(main).toContainText(t("overview", "eyebrow", { label: SITE.label, steps: STEPS.length }));
    await expect(main).toContainText(ARTICLE.description);
    await expect(main).toContainText(t("article", "byline", { author: ARTICLE.author }));
    await expect(main.locator("time")).toHaveText(formatDate(ARTICLE.date, LOCALE));
    await expect(main.locator("time")).toHaveAttribute("datetime", ARTICLE.date);
    await expect(page.getByRole("banner").getByRole("link", { name: SITE.name })).toHaveAttribute("href", "/");
  });

  test("lists the steps in order, each with its number, title, summary and topic count", async ({ page }) => {
    const items = page.getByRole("main").getByRole("article");
    await expect(items).toHaveCount(STEPS.length);
    for (const [index, step] of STEPS.entries()) {
      const item = items.nth(index);
      await expect(item.getByRole("heading", { level: 2 })).toHaveText(stepCardTitle(step));
      await expect(item).toContainText(step.summary);
      await expect(item).toContainText(t("units", "topics", { count: step.topics.length }));
      await expect(item.getByRole("heading").getByRole("link")).toHaveAttribute("href", stepPath(step.slug));
    }
  });

  test("opens a step from its card", async ({ page }) => {
    const step = STEPS.at(-1)!;
    await page.getByRole("link", { name: stepCardTitle(step) }).click();
    await expect(page).toHaveURL((url) => url.pathname === stepPath(step.slug));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(step.title);
  });

  test("links to the full article", async ({ page }) => {
    await page.getByRole("main").getByRole("link", { name: t("overview", "readArticle") }).click();
    await expect(page).toHaveURL((url) => url.pathname === ARTICLE_PATH);
  });
});
