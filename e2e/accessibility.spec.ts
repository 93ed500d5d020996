import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, PAGES, test } from "./fixtures";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const path of [...PAGES, "/steps/unknown"]) {
      test(`${path} has no violations`, async ({ page }) => {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        await expectNoViolations(page);
      });
    }

    test("the overview with search results, ticks and a share link has no violations", async ({ page }) => {
      await page.goto("/steps/foundations");
      await page.getByRole("checkbox", { name: "Calculus", exact: true }).check();
      await page.goto("/");
      await page.getByRole("searchbox").fill("python");
      await page.getByRole("button", { name: "Share progress" }).click();
      await expect(page.getByRole("textbox", { name: "Link to your progress" })).toBeVisible();
      await expectNoViolations(page);
    });

    test("shared progress and a damaged share link have no violations", async ({ page }) => {
      await page.goto("/steps/foundations");
      await page.getByRole("checkbox", { name: "Calculus", exact: true }).check();
      await page.goto("/");
      await page.getByRole("button", { name: "Share progress" }).click();
      const link = await page.getByRole("textbox", { name: "Link to your progress" }).inputValue();
      await page.goto(link);
      await expect(page.getByRole("region", { name: /shared progress/ })).toBeVisible();
      await expectNoViolations(page);
      await page.goto("/#share=broken");
      await expect(page.getByText(/damaged or incomplete/)).toBeVisible();
      await expectNoViolations(page);
    });
  });
}

test.describe("motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("smooth scrolling is off when reduced motion is asked for", async ({ page }) => {
    await page.goto("/");
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
  });
});
