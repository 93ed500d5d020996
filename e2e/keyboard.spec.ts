import { stepPath } from "../lib/site/paths";
import { t } from "./catalog";
import { expect, STEPS, test } from "./fixtures";

const [first, second, third] = STEPS;
const at = (slug: string) => (url: URL) => url.pathname === stepPath(slug);

test.describe("keyboard", () => {
  test.skip(!second, "needs a roadmap of two steps or more");

  test("left and right arrows go to the previous and next step", async ({ page }) => {
    await page.goto(stepPath(second!.slug));
    if (third) {
      await page.keyboard.press("ArrowRight");
      await expect(page).toHaveURL(at(third.slug));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(third.title);
      await page.keyboard.press("ArrowLeft");
      await expect(page).toHaveURL(at(second!.slug));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(second!.title);
    }
    // From the bottom of a step, the next one opens at its top, as its link opens it.
    await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: "instant" }));
    await page.keyboard.press("ArrowLeft");
    await expect(page).toHaveURL(at(first!.slug));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(first!.title);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    // There is no step before the first: ArrowLeft does nothing, and the next ArrowRight goes to step 2.
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(at(second!.slug));
  });

  test("arrows are left alone while a modifier is held or a radio group has focus", async ({ page }) => {
    await page.goto(stepPath(second!.slug));
    await page.keyboard.press("Alt+ArrowRight");
    await page.getByRole("radio", { name: t("theme", "light") }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("radio", { name: t("theme", "dark") })).toBeChecked();
    // Had either press navigated, this ArrowLeft would not land on step 1.
    await page.locator("h1").click();
    await page.keyboard.press("ArrowLeft");
    await expect(page).toHaveURL(at(first!.slug));
  });
});
