import { expect, test } from "./fixtures";

test.describe("keyboard", () => {
  test("left and right arrows go to the previous and next step", async ({ page }) => {
    await page.goto("/steps/ml-basics");
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/\/steps\/projects$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Build Real-World Projects");
    await page.keyboard.press("ArrowLeft");
    await expect(page).toHaveURL(/\/steps\/ml-basics$/);
    await page.keyboard.press("ArrowLeft");
    await expect(page).toHaveURL(/\/steps\/foundations$/);
    // There is no step before the first: ArrowLeft does nothing, and the next ArrowRight goes to step 2.
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/\/steps\/ml-basics$/);
  });

  test("arrows are left alone while a modifier is held or a radio group has focus", async ({ page }) => {
    await page.goto("/steps/ml-basics");
    await page.keyboard.press("Alt+ArrowRight");
    await page.getByRole("radio", { name: "Light" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();
    // Had either press navigated, this ArrowLeft would not land on step 1.
    await page.locator("h1").click();
    await page.keyboard.press("ArrowLeft");
    await expect(page).toHaveURL(/\/steps\/foundations$/);
  });
});
