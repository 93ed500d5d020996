import { stepPath } from "../lib/site/paths";
import { ANY, escapeRegExp, t } from "./catalog";
import { ARTICLE, ARTICLE_PATH, expect, proseSamples, STEPS, test } from "./fixtures";


const stepHeading = (step: (typeof STEPS)[number]) => t("step", "stepTitle", { number: step.number, title: step.title });

test.describe("the article at its original permalink", () => {
  for (const path of [ARTICLE_PATH, `${ARTICLE_PATH}/`]) {
    test(`${path} renders the full article`, { tag: "@smoke" }, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARTICLE.title);
      const main = page.getByRole("main");
      await expect(main).toContainText(t("article", "byline", { author: ARTICLE.author }));
      for (const sample of [...proseSamples(ARTICLE.introHtml), ...STEPS.flatMap((step) => proseSamples(step.html))]) await expect(main).toContainText(sample);
    });
  }

  test("links each step heading to its interactive page", async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const headings = page.getByRole("heading", { level: 2 });
    await expect(headings).toHaveText(STEPS.map(stepHeading));
    for (const step of STEPS) {
      await expect(page.getByRole("heading", { level: 2, name: stepHeading(step) }).getByRole("link")).toHaveAttribute("href", stepPath(step.slug));
    }
    // Each step's link counts its topics as the site's language counts: "1 topic", "2 topics".
    const workThroughStep = new RegExp(`^${escapeRegExp(t("article", "workThroughStep", { number: ANY, topics: 1 }).split(ANY)[0]!)}`);
    await expect(page.getByRole("link", { name: workThroughStep })).toHaveText(STEPS.map((step) => t("article", "workThroughStep", { number: step.number, topics: step.topics.length })));
    const last = STEPS.at(-1)!;
    await page.getByRole("link", { name: stepHeading(last) }).click();
    await expect(page).toHaveURL((url) => url.pathname === stepPath(last.slug));
  });
});
