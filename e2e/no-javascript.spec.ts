import { stepPath, topicPath } from "../lib/site/paths";
import { ANY, escapeRegExp, t } from "./catalog";
import { ARTICLE_PATH, ARTICLE_TITLE, expect, expectAccessibleNames, FIRST_STEP, PAGES, STEPS, test } from "./fixtures";

/** Stands for a step's number in a message: matched as digits. */
const ANY_NUMBER = "\uE001";
/** A message as a pattern matching from its start, with what stands in for arguments matching them. */
const messagePattern = (text: string) => new RegExp(`^${escapeRegExp(text).replaceAll(ANY, ".*").replaceAll(ANY_NUMBER, "\\p{Nd}+")}`, "u");

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
    await page.getByRole("link", { name: t("map", "stepTitle", { number: FIRST_STEP.number, title: FIRST_STEP.title }) }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(FIRST_STEP.title);
    await expect(page.locator(`section#${FIRST_STEP.topics[0]!.id}`)).toBeVisible();
    const second = STEPS[1];
    if (second) {
      await page.locator('a[rel="next"]').click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(second.title);
    }
    await page.goto(ARTICLE_PATH);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARTICLE_TITLE);
  });

  test("controls that need JavaScript are hidden, not broken", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("searchbox")).toHaveCount(0);
    await expect(page.getByRole("button", { name: t("share", "shareProgress") })).toHaveCount(0);
    await expect(page.getByRole("radio")).toHaveCount(0);
    await expect(page.getByRole("spinbutton", { name: t("plan", "hoursPerWeek") })).toHaveCount(0);
    await page.goto(stepPath(FIRST_STEP.slug));
    await expect(page.getByRole("radiogroup")).toHaveCount(0);
    await expect(page.getByRole("button", { name: messagePattern(t("notes", "toggle", { title: ANY })) })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: FIRST_STEP.topics[0]!.title, exact: true })).toBeVisible();
  });

  test("the overview shows the whole learning map, every topic a working link", async ({ page }) => {
    await page.goto("/");
    for (const step of STEPS) {
      const links = page.getByRole("list", { name: t("map", "topicsOfStep", { number: step.number }) }).getByRole("link");
      await expectAccessibleNames(links, step.topics.map((topic) => topic.title));
      expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")))).toEqual(step.topics.map((topic) => topicPath(step.slug, topic.id)));
    }
    const { topics, slug } = STEPS.at(-1)!;
    await page.getByRole("link", { name: topics.at(-1)!.title, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname + url.hash === topicPath(slug, topics.at(-1)!.id));
    await expect(page.locator(`section#${topics.at(-1)!.id}`)).toBeInViewport();
  });

  test("/steps/1 still redirects and the 404 page still lists the steps", async ({ page }) => {
    await page.goto("/steps/1");
    await expect(page).toHaveURL((url) => url.pathname === stepPath(FIRST_STEP.slug));
    await page.goto("/steps/unknown");
    await expect(page.getByRole("main").getByRole("link", { name: messagePattern(t("step", "stepTitle", { number: ANY_NUMBER, title: ANY })) })).toHaveCount(STEPS.length);
  });
});
