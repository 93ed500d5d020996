import { stepPath, topicPath } from "../lib/site/paths";
import { expect, FIRST_STEP, proseSamples, SITE, STEPS, test } from "./fixtures";

const allTopics = STEPS.flatMap((step) => step.topics.map((topic) => ({ step, topic })));

test.describe("a step page", () => {
  for (const [index, step] of STEPS.entries()) {
    test(`${stepPath(step.slug)} shows its title, prose, topics and neighbours`, { tag: "@smoke" }, async ({ page }) => {
      await page.goto(stepPath(step.slug));
      await expect(page).toHaveTitle(`Step ${step.number}: ${step.title} · ${SITE.name}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(step.title);
      await expect(page.getByText(`Step ${step.number} of ${STEPS.length}`)).toBeVisible();
      await expect(page.locator("section.topic")).toHaveCount(step.topics.length);
      await expect(page.getByRole("region", { name: "Topics" }).getByRole("heading", { level: 3 })).toHaveText(step.topics.map((topic) => topic.title));

      const previous = STEPS[index - 1];
      const next = STEPS[index + 1];
      const prevLink = page.locator('a[rel="prev"]');
      const nextLink = page.locator('a[rel="next"]');
      // The arrows are drawn and hidden: a screen reader hears "Step 2 …", not "left arrow Step 2 …".
      if (previous) {
        await expect(prevLink).toHaveAttribute("href", stepPath(previous.slug));
        await expect(prevLink).toHaveAccessibleName(`Step ${previous.number} ${previous.title}`);
      } else await expect(prevLink).toHaveCount(0);
      if (next) {
        await expect(nextLink).toHaveAttribute("href", stepPath(next.slug));
        await expect(nextLink).toHaveAccessibleName(`Step ${next.number} ${next.title}`);
      } else await expect(nextLink).toHaveCount(0);
      await expect(page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "All steps" })).toHaveAttribute("href", "/");
    });
  }

  test("renders the article's prose for the step, and only that step's", async ({ page }) => {
    await page.goto(stepPath(FIRST_STEP.slug));
    const prose = page.getByRole("region", { name: "From the article" });
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
        if (topic.titleSource === "ours") await expect(head).toContainText("Our title: the article has no name of its own for this topic");
        else await expect(head).not.toContainText("Our title");
      }
    }
  });

  test("links each resource to its https site, marking our suggestions as such", async ({ page }) => {
    for (const step of STEPS) {
      await page.goto(stepPath(step.slug));
      for (const topic of step.topics) {
        const items = page.getByRole("list", { name: `Resources for ${topic.title}`, exact: true }).getByRole("listitem");
        await expect(items).toHaveCount(topic.resources.length);
        for (const [index, resource] of topic.resources.entries()) {
          const item = items.nth(index);
          await expect(item.getByRole("link")).toHaveText(resource.title);
          await expect(item.getByRole("link")).toHaveAttribute("href", resource.url);
          if (resource.source === "suggestion") await expect(item).toContainText("Suggested by this roadmap, not named in the article");
          else await expect(item).not.toContainText("Suggested");
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
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Roadmap" }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/");
  });
});
