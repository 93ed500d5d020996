import { expect, STEPS, test } from "./fixtures";

test.describe("a step page", () => {
  for (const [index, step] of STEPS.entries()) {
    test(`/steps/${step.slug} shows its title, prose, topics and neighbours`, async ({ page }) => {
      await page.goto(`/steps/${step.slug}`);
      await expect(page).toHaveTitle(new RegExp(`^Step ${step.number}: ${step.title}`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(step.title);
      await expect(page.getByText(`Step ${step.number} of ${STEPS.length}`)).toBeVisible();
      await expect(page.locator("section.topic")).toHaveCount(step.topics.length);

      const previous = STEPS[index - 1];
      const next = STEPS[index + 1];
      const prevLink = page.locator('a[rel="prev"]');
      const nextLink = page.locator('a[rel="next"]');
      if (previous) await expect(prevLink).toHaveAttribute("href", `/steps/${previous.slug}`);
      else await expect(prevLink).toHaveCount(0);
      if (next) await expect(nextLink).toHaveAttribute("href", `/steps/${next.slug}`);
      else await expect(nextLink).toHaveCount(0);
      await expect(page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "All steps" })).toHaveAttribute("href", "/");
    });
  }

  test("renders the article's prose for the step", async ({ page }) => {
    await page.goto("/steps/foundations");
    const main = page.getByRole("main");
    await expect(main.locator(".prose strong", { hasText: "Linear Algebra" })).toBeVisible();
    await expect(main).toContainText("Explore libraries like NumPy, Pandas, TensorFlow, and PyTorch.");
    await expect(main).not.toContainText("AI and ML are data-driven fields");
  });

  test("gives each topic a section whose id is a shareable deep link", async ({ page }) => {
    await page.goto("/steps/foundations#linear-algebra");
    const topic = page.locator("section#linear-algebra");
    await expect(topic.getByRole("heading", { level: 3 })).toHaveText("Linear Algebra");
    await expect(topic).toContainText("Understand vectors, matrices, and their operations.");
    await expect(topic).toBeInViewport();
    await expect(page.locator("section:target")).toHaveId("linear-algebra");
  });

  test("links each resource to its external https site", async ({ page }) => {
    await page.goto("/steps/foundations");
    const libraries = page.locator("section#python-libraries").getByRole("list", { name: "Resources for Python Libraries" }).getByRole("link");
    await expect(libraries).toHaveText(["NumPy documentation", "pandas documentation", "TensorFlow", "PyTorch"]);
    for (const href of await page.locator(".resource__link").evaluateAll((links) => links.map((link) => link.getAttribute("href")))) {
      expect(href).toMatch(/^https:\/\//);
    }
  });

  test("walks the roadmap with next links, from step 1 to step 5 and back to the overview", async ({ page }) => {
    await page.goto("/steps/foundations");
    for (const step of STEPS.slice(1)) {
      await page.locator('a[rel="next"]').click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(step.title);
    }
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Roadmap" }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});
