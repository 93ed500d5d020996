import { t } from "./catalog";
import { expect, PAGES, test } from "./fixtures";

test.describe("on a 320 px phone", () => {
  test.use({ viewport: { width: 320, height: 700 } });

  for (const path of [...PAGES, "/steps/unknown"]) {
    test(`${path} fits without horizontal scrolling`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test.describe("page structure", () => {
  for (const path of PAGES) {
    test(`${path} has one h1, landmarks and a working skip link`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(page.getByRole("banner")).toHaveCount(1);
      await expect(page.getByRole("main")).toHaveCount(1);
      await expect(page.getByRole("contentinfo")).toHaveCount(1);
      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: t("chrome", "skipToContent") });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("main")).toBeFocused();
    });
  }
});
