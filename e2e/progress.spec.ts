import type { Page } from "@playwright/test";
import { STORAGE_KEY as KEY } from "../lib/progress/store";
import { expect, test } from "./fixtures";

const readStored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

/** Puts raw text in the progress key before any page script runs. */
async function seedStorage(page: Page, raw: string) {
  await page.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(key, value);
      sessionStorage.setItem("seeded", "1");
    }
  }, [KEY, raw] as const);
}

function stepCard(page: Page, number: number) {
  return page.getByRole("main").getByRole("listitem").filter({ has: page.getByRole("heading", { name: new RegExp(`^Step ${number}:`) }) });
}

test.describe("progress tracking", () => {
  test("a topic's checkbox is named by its title, and a tick survives a reload", async ({ page }) => {
    await page.goto("/steps/foundations");
    const calculus = page.getByRole("checkbox", { name: "Calculus", exact: true });
    await expect(calculus).toBeEnabled();
    await calculus.check();
    await page.reload();
    await expect(page.getByRole("checkbox", { name: "Calculus", exact: true })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Linear Algebra", exact: true })).not.toBeChecked();
    expect(JSON.parse((await readStored(page))!)).toEqual({ version: 2, done: { foundations: ["calculus"] } });
  });

  test("shows N of M topics done with a progress bar on the step page and the overview", async ({ page }) => {
    await page.goto("/steps/projects");
    const meter = page.getByRole("progressbar", { name: "Step 3 progress" });
    await expect(page.getByText("0 of 3 topics done")).toBeVisible();
    await page.getByRole("checkbox", { name: "Participating in Competitions" }).check();
    await page.getByRole("checkbox", { name: "Documenting Your Projects" }).check();
    await expect(page.getByText("2 of 3 topics done")).toBeVisible();
    await expect(meter).toHaveAttribute("value", "2");
    await expect(meter).toHaveAttribute("max", "3");

    await page.goto("/");
    await expect(stepCard(page, 3)).toContainText("2 of 3 topics done");
    await expect(stepCard(page, 1)).toContainText("0 of 5 topics done");
    await expect(page.getByRole("progressbar", { name: "Roadmap progress" })).toHaveAttribute("value", "2");
    await expect(page.getByRole("region", { name: "Your progress" })).toContainText("2 of 19 topics done");
  });

  test("progress appears after hydration without layout shift", async ({ page }) => {
    await seedStorage(page, JSON.stringify({ version: 2, done: { foundations: ["calculus", "python"] } }));
    await page.addInitScript(() => {
      (window as unknown as { layoutShift: number }).layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as { layoutShift: number }).layoutShift += (entry as unknown as { value: number }).value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto("/");
    await expect(stepCard(page, 1)).toContainText("2 of 5 topics done");
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBe(0);
  });

  test("syncs ticks to other open tabs", async ({ page, context }) => {
    await page.goto("/steps/foundations");
    const other = await context.newPage();
    await other.goto("/");
    await expect(stepCard(other, 1)).toContainText("0 of 5 topics done");
    const otherStep = await context.newPage();
    await otherStep.goto("/steps/foundations");

    await page.getByRole("checkbox", { name: "Linear Algebra" }).check();
    await expect(stepCard(other, 1)).toContainText("1 of 5 topics done");
    await expect(otherStep.getByRole("checkbox", { name: "Linear Algebra" })).toBeChecked();

    await otherStep.getByRole("checkbox", { name: "Linear Algebra" }).uncheck();
    await expect(page.getByRole("checkbox", { name: "Linear Algebra" })).not.toBeChecked();
  });

  for (const [name, raw] of [
    ["corrupt JSON", "{not json"],
    ["a future version", JSON.stringify({ version: 99, done: { foundations: ["calculus"] } })],
    ["foreign data", JSON.stringify(["something", "else"])],
    ["wrong types", JSON.stringify({ version: 2, done: { foundations: "calculus" } })],
  ] as const) {
    test(`treats ${name} in storage as no progress, without errors, and keeps it aside`, async ({ page }) => {
      await seedStorage(page, raw);
      await page.goto("/");
      await expect(stepCard(page, 1)).toContainText("0 of 5 topics done");
      await page.goto("/steps/foundations");
      await expect(page.getByRole("checkbox", { name: "Calculus", exact: true })).not.toBeChecked();
      await page.getByRole("checkbox", { name: "Python", exact: true }).check();
      await expect(page.getByText("1 of 5 topics done")).toBeVisible();
      expect(await page.evaluate((key) => localStorage.getItem(`${key}:unreadable`), KEY)).toBe(raw);
    });
  }

  test("migrates an older stored version", async ({ page }) => {
    await seedStorage(page, JSON.stringify({ version: 1, topics: ["foundations/calculus", "network/join-communities"] }));
    await page.goto("/");
    await expect(stepCard(page, 1)).toContainText("1 of 5 topics done");
    await expect(stepCard(page, 4)).toContainText("1 of 3 topics done");
  });

  test("ignores ticks for topics that are no longer in the content", async ({ page }) => {
    await seedStorage(page, JSON.stringify({ version: 2, done: { foundations: ["calculus", "retired-topic"], "retired-step": ["x"] } }));
    await page.goto("/");
    await expect(stepCard(page, 1)).toContainText("1 of 5 topics done");
    await expect(page.getByRole("region", { name: "Your progress" })).toContainText("1 of 19 topics done");
  });

  test("keeps working and says so once when the browser refuses to save", async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException("Quota exceeded", "QuotaExceededError");
      };
    });
    await page.goto("/steps/foundations");
    await page.getByRole("checkbox", { name: "Calculus", exact: true }).check();
    await page.getByRole("checkbox", { name: "Python", exact: true }).check();
    await expect(page.getByRole("checkbox", { name: "Calculus", exact: true })).toBeChecked();
    await expect(page.getByText("2 of 5 topics done")).toBeVisible();
    await expect(page.getByText(/won’t let the roadmap save your progress/)).toHaveCount(1);
  });
});

test("reset clears ticks even for topics the content no longer has", async ({ page }) => {
  await seedStorage(page, JSON.stringify({ version: 2, done: { "retired-step": ["old-topic"] } }));
  await page.goto("/");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Reset" }).click();
  await expect(page.getByText("Progress reset.")).toBeVisible();
  expect(JSON.parse((await readStored(page))!)).toEqual({ version: 2, done: {} });
});

test.describe("reset, export and import", () => {
  test.beforeEach(async ({ page }) => {
    await seedStorage(page, JSON.stringify({ version: 2, done: { foundations: ["calculus"], projects: ["participating-in-competitions"] } }));
    await page.goto("/");
  });

  test("reset asks first, and only resets when confirmed", async ({ page }) => {
    page.once("dialog", (dialog) => dialog.dismiss());
    await page.getByRole("button", { name: "Reset" }).click();
    await expect(page.getByRole("region", { name: "Your progress" })).toContainText("2 of 19 topics done");

    page.once("dialog", (dialog) => {
      expect(dialog.message()).toContain("unticks all 2 topics");
      void dialog.accept();
    });
    await page.getByRole("button", { name: "Reset" }).click();
    await expect(page.getByRole("region", { name: "Your progress" })).toContainText("0 of 19 topics done");
    await expect(page.getByText("Progress reset.")).toBeVisible();
  });

  test("exports progress as a JSON file that imports back", async ({ page }) => {
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("ai-ml-roadmap-progress.json");
    const exported = await (await download.createReadStream()).toArray();
    const text = Buffer.concat(exported).toString("utf8");
    expect(JSON.parse(text)).toEqual({ version: 2, done: { foundations: ["calculus"], projects: ["participating-in-competitions"] } });

    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Reset" }).click();
    await expect(page.getByRole("region", { name: "Your progress" })).toContainText("0 of 19 topics done");

    await page.getByLabel("Import progress file").setInputFiles({ name: "progress.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await expect(page.getByText("Imported 2 done topics from “progress.json”.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Your progress" })).toContainText("2 of 19 topics done");
  });

  for (const [name, content] of [
    ["not JSON", "hello"],
    ["someone else's JSON", '{"tasks":[1,2,3]}'],
    ["a future version", '{"version":5,"done":{}}'],
    ["progress for another roadmap's topics", '{"version":2,"done":{"kubernetes":["pods"]}}'],
  ] as const) {
    test(`rejects an import that is ${name}, with a clear message and no change`, async ({ page }) => {
      await page.getByLabel("Import progress file").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from(content) });
      await expect(page.getByText("“bad.json” isn’t a progress file from this roadmap, so nothing was changed.")).toBeVisible();
      await expect(page.getByRole("region", { name: "Your progress" })).toContainText("2 of 19 topics done");
    });
  }

  test("asks before an import replaces existing progress", async ({ page }) => {
    page.once("dialog", (dialog) => dialog.dismiss());
    const other = JSON.stringify({ version: 2, done: { network: ["join-communities"] } });
    await page.getByLabel("Import progress file").setInputFiles({ name: "other.json", mimeType: "application/json", buffer: Buffer.from(other) });
    await expect(page.getByRole("region", { name: "Your progress" })).toContainText("2 of 19 topics done");
  });
});
