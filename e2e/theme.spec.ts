import type { Page } from "@playwright/test";
import { stepPath } from "../lib/site/paths";
import { PAGE_BACKGROUND } from "../lib/theme/colors";
import { t } from "./catalog";
import { expect, FIRST_STEP, test } from "./fixtures";

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT = "rgb(255, 255, 255)";
const DARK = "rgb(16, 18, 26)";

test.describe("theme", () => {
  test("follows the system's colour scheme by default", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/");
    expect(await background(page)).toBe(DARK);
    await expect(page.getByRole("radio", { name: t("theme", "system") })).toBeChecked();
    await page.emulateMedia({ colorScheme: "light" });
    expect(await background(page)).toBe(LIGHT);
  });

  test("a chosen theme is remembered and applied before first paint", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/");
    await page.getByRole("radio", { name: t("theme", "dark") }).check();
    expect(await background(page)).toBe(DARK);

    // Hold back every script file so the page cannot hydrate: only the inline head script can act.
    await page.route("**/_next/static/**/*.js", () => {});
    await page.goto(stepPath(FIRST_STEP.slug), { waitUntil: "domcontentloaded" });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(await background(page)).toBe(DARK);
  });

  test("System forgets the choice and follows the system again", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/");
    await page.getByRole("radio", { name: t("theme", "light") }).check();
    expect(await background(page)).toBe(LIGHT);
    await page.getByRole("radio", { name: t("theme", "system") }).check();
    expect(await background(page)).toBe(DARK);
    await page.reload();
    await expect(page.getByRole("radio", { name: t("theme", "system") })).toBeChecked();
    expect(await background(page)).toBe(DARK);
  });
});

/** The toolbar colour the browser uses: the first theme-color meta whose media query matches. */
const toolbarColour = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].find((meta) => !meta.media || matchMedia(meta.media).matches)?.content);

test.describe("the browser's toolbar colour (theme-color)", () => {
  test("follows the chosen theme, from the first paint, and the system's again with System", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/");
    expect(await toolbarColour(page)).toBe(PAGE_BACKGROUND.light);
    await page.getByRole("radio", { name: t("theme", "dark") }).check();
    expect(await toolbarColour(page)).toBe(PAGE_BACKGROUND.dark);

    await page.route("**/_next/static/**/*.js", () => {});
    await page.goto(stepPath(FIRST_STEP.slug), { waitUntil: "domcontentloaded" });
    expect(await toolbarColour(page)).toBe(PAGE_BACKGROUND.dark);
    await page.unroute("**/_next/static/**/*.js");
    // A stored theme, applied by the head script, then the page hydrated.
    await page.goto(stepPath(FIRST_STEP.slug));
    expect(await toolbarColour(page)).toBe(PAGE_BACKGROUND.dark);
    await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);

    await page.goto("/");
    await page.getByRole("radio", { name: t("theme", "system") }).check();
    expect(await toolbarColour(page)).toBe(PAGE_BACKGROUND.light);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await toolbarColour(page)).toBe(PAGE_BACKGROUND.dark);
    // One tag per colour scheme, however often the theme changed: hydration added no copies.
    await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
  });
});
