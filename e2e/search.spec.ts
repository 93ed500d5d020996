import { expect, test } from "./fixtures";

test.describe("search", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/");
  });

  test("filters topics and resources across all steps as you type, case-insensitively", async ({ page }) => {
    const search = page.getByRole("searchbox", { name: "Search topics and resources" });
    await search.fill("PyTorch");
    const results = page.getByRole("list", { name: "Search results" }).getByRole("link");
    await expect(results).toHaveCount(1);
    await expect(results.first()).toHaveAttribute("href", "/steps/foundations#python-libraries");
    await expect(results.first()).toContainText("Python Libraries");
    await expect(page.getByText("1 result for “PyTorch”")).toBeVisible();

    await search.fill("kaggle");
    await expect(results).not.toHaveCount(1);
    const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(hrefs).toEqual(expect.arrayContaining(["/steps/ml-basics#online-courses", "/steps/projects#participating-in-competitions"]));

    await search.fill("linear ALGEBRA");
    await expect(results).toHaveCount(1);
    await results.first().click();
    await expect(page).toHaveURL(/\/steps\/foundations#linear-algebra$/);
    await expect(page.locator("section#linear-algebra")).toBeInViewport();
  });

  test("says so when nothing matches", async ({ page }) => {
    await page.getByRole("searchbox").fill("quantum knitting");
    await expect(page.getByText("0 results for “quantum knitting”")).toBeVisible();
    await expect(page.getByRole("list", { name: "Search results" })).toHaveCount(0);
  });

  test("is driven by the keyboard: / focuses, arrows move, Enter opens, Escape clears", async ({ page }) => {
    const search = page.getByRole("searchbox");
    await page.locator("body").click({ position: { x: 5, y: 300 } });
    await page.keyboard.press("/");
    await expect(search).toBeFocused();
    await expect(search).toHaveValue("");

    await page.keyboard.type("kaggle");
    const results = page.getByRole("list", { name: "Search results" }).getByRole("link");
    await page.keyboard.press("ArrowDown");
    await expect(results.nth(0)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(results.nth(1)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(search).toBeFocused();

    await page.keyboard.press("Escape");
    await expect(search).toHaveValue("");
    await expect(results).toHaveCount(0);

    await page.keyboard.type("reinforcement");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/steps\/specialize#reinforcement-learning$/);
  });
});
