import type { Page } from "@playwright/test";
import { STORAGE_KEY as KEY } from "../lib/progress/store";
import { expect, test } from "./fixtures";

function progressRegion(page: Page) {
  return page.getByRole("region", { name: "Your progress" });
}

async function tick(page: Page, step: string, topics: string[]) {
  await page.goto(`/steps/${step}`);
  for (const topic of topics) await page.getByRole("checkbox", { name: topic, exact: true }).check();
}

/** Ticks three topics and returns the share link the overview produces for them. */
async function makeShareLink(page: Page): Promise<string> {
  await tick(page, "foundations", ["Linear Algebra", "Calculus"]);
  await tick(page, "specialize", ["Computer Vision"]);
  await page.goto("/");
  await page.getByRole("button", { name: "Share progress" }).click();
  const field = page.getByRole("textbox", { name: "Link to your progress" });
  await expect(field).toHaveValue(/#share=/);
  return field.inputValue();
}

test.describe("sharing progress", () => {
  test("copies a compact link to the clipboard and shows it in a field", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    const link = await makeShareLink(page);
    expect(link).toMatch(new RegExp(`^${baseURL}/#share=[A-Za-z0-9._-]+$`));
    expect(link.length - `${baseURL}/#share=`.length).toBeLessThanOrEqual(20);
    await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  });

  test("uses the Web Share API where the browser has it", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "share", {
        value: async (data: ShareData) => {
          (window as unknown as { sharedData: ShareData }).sharedData = data;
        },
      });
    });
    const link = await makeShareLink(page);
    await expect(page.getByRole("status").filter({ hasText: "Shared" })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { sharedData: ShareData }).sharedData.url)).toBe(link);
  });

  test("opens read-only in another browser, marked as shared, without touching the visitor's progress", async ({ page, browser }) => {
    const link = await makeShareLink(page);
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    await tick(visitor, "network", ["Join Communities"]);
    const visitorOwn = await visitor.evaluate((key) => localStorage.getItem(key), KEY);

    await visitor.goto(link);
    const banner = visitor.getByRole("region", { name: "You’re viewing someone’s shared progress" });
    await expect(banner).toContainText("They have done 3 of 19 topics.");
    await expect(progressRegion(visitor)).toContainText("3 of 19 topics done (shared)");
    await expect(visitor.getByRole("button", { name: "Reset" })).toHaveCount(0);
    expect(await visitor.evaluate((key) => localStorage.getItem(key), KEY)).toBe(visitorOwn);

    await banner.getByRole("button", { name: "Back to my progress" }).click();
    await expect(banner).toHaveCount(0);
    await expect(progressRegion(visitor)).toContainText("1 of 19 topics done");
    expect(visitor.url()).not.toContain("#share");
    await visitorContext.close();
  });

  test("adopting shared progress asks first, then makes it the visitor's own", async ({ page, browser }) => {
    const link = await makeShareLink(page);
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    await tick(visitor, "network", ["Join Communities"]);
    await visitor.goto(link);

    const visitorOwn = await visitor.evaluate((key) => localStorage.getItem(key), KEY);
    visitor.once("dialog", (dialog) => dialog.dismiss());
    await visitor.getByRole("button", { name: "Make this my progress" }).click();
    await expect(progressRegion(visitor)).toContainText("3 of 19 topics done (shared)");
    expect(await visitor.evaluate((key) => localStorage.getItem(key), KEY)).toBe(visitorOwn);

    visitor.once("dialog", (dialog) => dialog.accept());
    await visitor.getByRole("button", { name: "Make this my progress" }).click();
    await expect(visitor.getByRole("region", { name: /shared progress/ })).toHaveCount(0);
    await expect(progressRegion(visitor)).toContainText("3 of 19 topics done");
    await visitor.goto("/steps/foundations");
    await expect(visitor.getByRole("checkbox", { name: "Calculus", exact: true })).toBeChecked();
    await visitorContext.close();
  });

  test("the skip link and other in-page links keep the shared view", async ({ page, browser }) => {
    const link = await makeShareLink(page);
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    await visitor.goto(link);
    await expect(progressRegion(visitor)).toContainText("3 of 19 topics done (shared)");
    await visitor.keyboard.press("Tab");
    await visitor.keyboard.press("Enter");
    await expect(visitor).toHaveURL(/#main$/);
    await expect(visitor.getByRole("region", { name: "You’re viewing someone’s shared progress" })).toBeVisible();
    await expect(progressRegion(visitor)).toContainText("3 of 19 topics done (shared)");
    await expect(visitor.getByRole("button", { name: "Share progress" })).toHaveCount(0);
    await visitorContext.close();
  });

  for (const [name, fragment] of [
    ["garbage", "share=garbage"],
    ["a truncated code", "share=1.abc"],
    ["an edited code", "share=1.zzzz.AAAA.zzzz"],
    ["script", "share=%3Cscript%3Ealert(1)%3C%2Fscript%3E"],
    ["an enormous code", `share=${"A".repeat(5000)}`],
    ["bad percent-encoding", "share=%E0%A4%A"],
  ] as const) {
    test(`a share link with ${name} shows a short notice and the normal page`, async ({ page }) => {
      await page.goto(`/#${fragment}`);
      await expect(page.getByText(/This progress link is damaged or incomplete/)).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(progressRegion(page)).toContainText("0 of 19 topics done");
      await page.getByRole("button", { name: "Dismiss" }).click();
      await expect(page.getByText(/This progress link is damaged/)).toHaveCount(0);
    });
  }
});
