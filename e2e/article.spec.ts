import { stepPath } from "../lib/site/paths";
import { ARTICLE, ARTICLE_PATH, expect, proseSamples, STEPS, test } from "./fixtures";

test.describe("the article at its original permalink", () => {
  for (const path of [ARTICLE_PATH, `${ARTICLE_PATH}/`]) {
    test(`${path} renders the full article`, { tag: "@smoke" }, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARTICLE.title);
      const main = page.getByRole("main");
      await expect(main).toContainText(`By ${ARTICLE.author}`);
      for (const sample of [...proseSamples(ARTICLE.introHtml), ...STEPS.flatMap((step) => proseSamples(step.html))]) await expect(main).toContainText(sample);
    });
  }

  test("links each step heading to its interactive page", async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const headings = page.getByRole("heading", { level: 2 });
    await expect(headings).toHaveText(STEPS.map((step) => `Step ${step.number}: ${step.title}`));
    for (const step of STEPS) {
      await expect(page.getByRole("heading", { level: 2, name: `Step ${step.number}:` }).getByRole("link")).toHaveAttribute("href", stepPath(step.slug));
    }
    // Each step's link counts its topics as English counts: "1 topic", "2 topics".
    await expect(page.getByRole("link", { name: /^Work through step/ })).toHaveText(
      STEPS.map((step) => `Work through step ${step.number}: ${step.topics.length} ${step.topics.length === 1 ? "topic" : "topics"}`),
    );
    const last = STEPS.at(-1)!;
    await page.getByRole("link", { name: `Step ${last.number}: ${last.title}` }).click();
    await expect(page).toHaveURL((url) => url.pathname === stepPath(last.slug));
  });
});
