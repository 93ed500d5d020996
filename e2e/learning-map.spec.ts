import type { Page } from "@playwright/test";
import { expect, expectAccessibleNames, setStatus, STEPS, STORAGE, test, topicNodeName, topicsDone } from "./fixtures";
import { escapeRegExp, t } from "./catalog";


/** The Continue link's name for a topic, as the start of a pattern. */
const continuesWith = (topic: string) => new RegExp(`^${escapeRegExp(t("progress", "continue", { topic }))}`);

const allTopics = STEPS.flatMap((step) => step.topics.map((topic) => ({ step, topic })));
const [first, second] = STEPS;

function topicsOf(page: Page, stepNumber: number) {
  return page.getByRole("list", { name: t("map", "topicsOfStep", { number: stepNumber }) }).getByRole("link");
}

async function seed(page: Page, statuses: Record<string, Record<string, string>>) {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE.progress, JSON.stringify({ version: 3, statuses })] as const);
}

function continueLink(page: Page) {
  return page.getByRole("main").getByRole("link", { name: new RegExp(`^${t("progress", "continue", { topic: "\0" }).split("\0").map(escapeRegExp).join(".*")}`) });
}

test.describe("the learning map on the overview", () => {
  test("shows every topic of every step, grouped by step in order, each linking to its deep link", async ({ page }) => {
    await page.goto("/");
    for (const step of STEPS) {
      const links = topicsOf(page, step.number);
      await expect(links).toHaveCount(step.topics.length);
      await expectAccessibleNames(links, step.topics.map((topic) => topicNodeName(topic.title, "not-started")));
      expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")))).toEqual(
        step.topics.map((topic) => `/steps/${step.slug}#${topic.id}`),
      );
    }
    // Step cards keep their titles, summaries and meters.
    const card = page.getByRole("article").filter({ has: page.getByRole("heading", { name: t("map", "stepTitle", { number: first!.number, title: first!.title }) }) });
    await expect(card).toContainText(first!.summary);
    await expect(card.getByRole("progressbar", { name: t("progress", "stepProgressLabel", { number: first!.number }) })).toBeVisible();
  });

  test("names each topic with its status once it has one, each status with its own mark", async ({ page }) => {
    test.skip(allTopics.length < 3, "needs a roadmap of three topics or more");
    const marks = [[allTopics[0]!, "learning"], [allTopics[1]!, "done"], [allTopics[2]!, "skipped"]] as const;
    const statuses: Record<string, Record<string, string>> = {};
    for (const [{ step, topic }, status] of marks) (statuses[step.slug] ??= {})[topic.id] = status;
    await seed(page, statuses);
    await page.goto("/");
    for (const [{ topic }, status] of marks) {
      const link = page.getByRole("link", { name: topicNodeName(topic.title, status), exact: true });
      await expect(link).toBeVisible();
      // Each status has its own mark, so colour is never the only cue.
      await expect(link.locator(".status-icon")).toHaveAttribute("data-status", status);
    }
  });

  test("follows a topic link to the topic on its step page", async ({ page }) => {
    const { step, topic } = allTopics.at(-1)!;
    await page.goto("/");
    await page.getByRole("link", { name: topic.title }).first().click();
    await expect(page).toHaveURL(new RegExp(`/steps/${step.slug}#${topic.id}$`));
    await expect(page.locator(`section#${topic.id}`)).toBeInViewport();
  });

  test("updates as statuses change on a step page", async ({ page }) => {
    const topic = second!.topics[0]!;
    await page.goto(`/steps/${second!.slug}`);
    await setStatus(page, topic.title, "learning");
    await page.getByRole("navigation", { name: t("step", "breadcrumb") }).getByRole("link", { name: t("step", "roadmap") }).click();
    await expect(page.getByRole("link", { name: topicNodeName(topic.title, "learning"), exact: true })).toBeVisible();
  });

  test("on a 320 px phone it is a vertical list with nothing scrolling sideways", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto("/");
    const boxes = await topicsOf(page, first!.number).evaluateAll((links) => links.map((link) => link.getBoundingClientRect()));
    for (const [index, box] of boxes.entries()) if (index > 0) expect(box.top).toBeGreaterThan(boxes[index - 1]!.top);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });

  test("prints as a checklist: every topic with a square box, without search or buttons", async ({ page }) => {
    await seed(page, { [first!.slug]: { [first!.topics[0]!.id]: "done" } });
    await page.goto("/");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("searchbox")).toBeHidden();
    await expect(page.getByRole("button", { name: t("share", "shareProgress") })).toBeHidden();
    await expect(continueLink(page)).toBeHidden();
    for (const step of STEPS) await expect(topicsOf(page, step.number)).toHaveCount(step.topics.length);
    const icon = topicsOf(page, first!.number).first().locator(".status-icon");
    await expect(icon).toBeVisible();
    expect(await icon.evaluate((element) => getComputedStyle(element).borderRadius)).toBe("2px");
    await expect(page.getByText(topicsDone(1, first!.topics.length))).toBeVisible();
  });
});

test.describe("Continue", () => {
  const firstTopic = first!.topics[0]!;

  test("starts with the first topic", async ({ page }) => {
    await page.goto("/");
    await expect(continueLink(page)).toHaveAccessibleName(t("progress", "continue", { topic: firstTopic.title }));
    await continueLink(page).click();
    await expect(page).toHaveURL(new RegExp(`/steps/${first!.slug}#${firstTopic.id}$`));
  });

  test("goes to the first topic marked Learning, even past Not started ones", async ({ page }) => {
    const { step, topic } = allTopics.at(-1)!;
    await seed(page, { [step.slug]: { [topic.id]: "learning" } });
    await page.goto("/");
    await expect(continueLink(page)).toHaveAccessibleName(continuesWith(topic.title));
    await expect(continueLink(page)).toHaveAttribute("href", `/steps/${step.slug}#${topic.id}`);
  });

  test("else to the first Not started topic, passing Done and Skipped ones", async ({ page }) => {
    test.skip(allTopics.length < 3, "needs a roadmap of three topics or more");
    const [done, skipped, next] = allTopics;
    const statuses: Record<string, Record<string, string>> = {};
    (statuses[done!.step.slug] ??= {})[done!.topic.id] = "done";
    (statuses[skipped!.step.slug] ??= {})[skipped!.topic.id] = "skipped";
    await seed(page, statuses);
    await page.goto("/");
    await expect(continueLink(page)).toHaveAccessibleName(continuesWith(next!.topic.title));
  });

  test("says the roadmap is complete when every topic is Done or Skipped", async ({ page }) => {
    const statuses = Object.fromEntries(STEPS.map((step) => [step.slug, Object.fromEntries(step.topics.map((topic, index) => [topic.id, index % 2 ? "skipped" : "done"]))]));
    await seed(page, statuses);
    await page.goto("/");
    await expect(page.getByText(t("overview", "complete"))).toBeVisible();
    await expect(continueLink(page)).toHaveCount(0);
  });

  test("on a step page, shows where that step stands the same way", async ({ page }) => {
    test.skip(!second, "needs a roadmap of two steps or more");
    await page.goto(`/steps/${second!.slug}`);
    await expect(continueLink(page)).toHaveAccessibleName(continuesWith(second!.topics[0]!.title));
    await expect(continueLink(page)).toHaveAttribute("href", `#${second!.topics[0]!.id}`);
    const last = second!.topics.at(-1)!;
    await setStatus(page, last.title, "learning");
    await expect(continueLink(page)).toHaveAccessibleName(continuesWith(last.title));
    await continueLink(page).click();
    await expect(page.locator(`section#${last.id}`)).toBeInViewport();
    for (const topic of second!.topics) await setStatus(page, topic.title, "done");
    await expect(page.getByText(t("step", "complete"))).toBeVisible();
    await expect(continueLink(page)).toHaveCount(0);
  });
});
