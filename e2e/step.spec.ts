import { IntlMessageFormat } from "intl-messageformat";
import { loadRoadmap } from "../lib/content/load";
import { stepPath, topicPath } from "../lib/site/paths";
import { LOCALE, t } from "./catalog";
import { expect, FIRST_STEP, proseSamples, SITE, STEPS, test } from "./fixtures";

const { catalog } = loadRoadmap();

/** The words of a step-page mark a sighted reader sees ("Our title", "Suggested"): the message without its <hidden> part. */
function visibleText(key: "ourTitle" | "suggested"): string {
  const message = catalog.messages.step[key];
  if (message === undefined) throw new Error(`The catalog has no message "step.${key}"`);
  if (typeof message === "string") return message;
  const formatted = new IntlMessageFormat(message, LOCALE).format<string>({ hidden: () => "" });
  return Array.isArray(formatted) ? formatted.join("") : String(formatted);
}

const allTopics = STEPS.flatMap((step) => step.topics.map((topic) => ({ step, topic })));

test.describe("a step page", () => {
  for (const [index, step] of STEPS.entries()) {
    test(`${stepPath(step.slug)} shows its title, prose, topics and neighbours`, { tag: "@smoke" }, async ({ page }) => {
      await page.goto(stepPath(step.slug));
      await expect(page).toHaveTitle(t("metadata", "pageTitle", { page: t("metadata", "stepTitle", { number: step.number, title: step.title }), siteName: SITE.name }));
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(step.title);
      await expect(page.getByText(t("step", "eyebrow", { number: step.number, total: STEPS.length }))).toBeVisible();
      await expect(page.locator("section.topic")).toHaveCount(step.topics.length);
      await expect(page.getByRole("region", { name: t("step", "topics") }).getByRole("heading", { level: 3 })).toHaveText(step.topics.map((topic) => topic.title));

      const previous = STEPS[index - 1];
      const next = STEPS[index + 1];
      const prevLink = page.locator('a[rel="prev"]');
      const nextLink = page.locator('a[rel="next"]');
      // The arrows are drawn and hidden: a screen reader hears "Step 2 …", not "left arrow Step 2 …".
      if (previous) {
        await expect(prevLink).toHaveAttribute("href", stepPath(previous.slug));
        await expect(prevLink).toHaveAccessibleName(`${t("step", "stepNumber", { number: previous.number })} ${previous.title}`);
      } else await expect(prevLink).toHaveCount(0);
      if (next) {
        await expect(nextLink).toHaveAttribute("href", stepPath(next.slug));
        await expect(nextLink).toHaveAccessibleName(`${t("step", "stepNumber", { number: next.number })} ${next.title}`);
      } else await expect(nextLink).toHaveCount(0);
      await expect(page.getByRole("navigation", { name: t("step", "stepsNavigation") }).getByRole("link", { name: t("step", "allSteps") })).toHaveAttribute("href", "/");
    });
  }

  test("renders the article's prose for the step, and only that step's", async ({ page }) => {
    await page.goto(stepPath(FIRST_STEP.slug));
    const prose = page.getByRole("region", { name: t("step", "fromArticle") });
    for (const sample of proseSamples(FIRST_STEP.html)) await expect(prose).toContainText(sample);
    for (const other of STEPS.slice(1)) await expect(prose).not.toContainText(proseSamples(other.html)[0]!);
  });

  test("gives each topic a section whose id is a shareable deep link", async ({ page }) => {
    const { step, topic } = allTopics.at(-1)!;
    await page.goto(topicPath(step.slug, topic.id));
    const section = page.locator(`section#${topic.id}`);
    await expect(section.getByRole("heading", { level: 3 })).toHaveText(topic.title);
    await expect(section).toContainText(topic.description);
    await expect(section).toBeInViewport();
    await expect(page.locator("section:target")).toHaveId(topic.id);
  });

  test("marks the topic titles that are ours, not the article's", async ({ page }) => {
    for (const step of STEPS) {
      await page.goto(stepPath(step.slug));
      for (const topic of step.topics) {
        const head = page.locator(`section#${topic.id} .topic__head`);
        if (topic.titleSource === "ours") await expect(head).toContainText(t("step", "ourTitle"));
        else await expect(head).not.toContainText(visibleText("ourTitle"));
      }
    }
  });

  test("links each resource to its https site, marking our suggestions as such", async ({ page }) => {
    for (const step of STEPS) {
      await page.goto(stepPath(step.slug));
      for (const topic of step.topics) {
        const items = page.getByRole("list", { name: t("step", "resourcesFor", { topic: topic.title }), exact: true }).getByRole("listitem");
        await expect(items).toHaveCount(topic.resources.length);
        for (const [index, resource] of topic.resources.entries()) {
          const item = items.nth(index);
          await expect(item.getByRole("link")).toHaveText(resource.title);
          await expect(item.getByRole("link")).toHaveAttribute("href", resource.url);
          if (resource.source === "suggestion") await expect(item).toContainText(t("step", "suggested"));
          else await expect(item).not.toContainText(visibleText("suggested"));
        }
      }
    }
  });

  test(`walks the roadmap with next links, from step 1 to step ${STEPS.length} and back to the overview`, async ({ page }) => {
    await page.goto(stepPath(FIRST_STEP.slug));
    for (const step of STEPS.slice(1)) {
      await page.locator('a[rel="next"]').click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(step.title);
    }
    await page.getByRole("navigation", { name: t("step", "breadcrumb") }).getByRole("link", { name: t("step", "roadmap") }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/");
  });
});
