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
    await page.keyboard.press("ArrowLeft");
    await expect(page).toHaveURL(/\/steps\/foundations$/);
  });

  test("arrows are left alone while a modifier is held or a radio group has focus", async ({ page }) => {
    await page.goto("/steps/ml-basics");
    await page.keyboard.press("Alt+ArrowRight");
    await page.getByRole("radio", { name: "Light" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/\/steps\/ml-basics$/);
  });

  test("topics can be ticked with the keyboard, with a visible focus ring", async ({ page }) => {
    await page.goto("/steps/network");
    const checkbox = page.getByRole("checkbox", { name: "Join Communities" });
    await expect(checkbox).toBeEnabled();
    await page.locator("section#follow-industry-trends").getByRole("link").last().focus();
    await page.keyboard.press("Tab");
    await expect(checkbox).toBeFocused();
    const outline = await checkbox.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Space");
    await expect(checkbox).toBeChecked();
  });
});
