import type { Page } from "@playwright/test";
import { OFFLINE_PATH } from "../lib/pwa/paths";
import { expectNoViolations } from "./axe";
import { hasEstimates } from "../lib/plan/estimates";
import type { TopicStatus } from "../lib/progress/statuses";
import { escapeRegExp, statusName, t } from "./catalog";
import { expect, markTopic, openNotes, PAGES, STEPS, STORAGE, test, TOPICS } from "./fixtures";


/** A topic's link on the map: its title, then its status and marks in words. */
const mapTopicLink = (title: string, status: TopicStatus, noted = false) =>
  `${title} ${t("progress", "topicStatus", { status: statusName(status), due: false, noted })}`;

/** The words every answer's announcement starts with ("Next review"), whatever the number of days. */
const NEXT_REVIEW = [0, 1, 2, 3, 11, 100]
  .map((days) => t("review", "answeredLast", { days, date: "", title: "" }))
  .reduce((common, text) => {
    let length = 0;
    while (length < common.length && common[length] === text[length]) length += 1;
    return common.slice(0, length);
  })
  .trim();

/** Focus on a status radio, so its focus ring is checked too. */
async function statusRadioFocus(page: Page) {
  await page.getByRole("radiogroup").first().getByRole("radio", { checked: true }).focus();
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const path of [...PAGES, "/steps/unknown", OFFLINE_PATH]) {
      test(`${path} has no violations`, async ({ page }) => {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        await expectNoViolations(page);
      });
    }

    test("a step page and the overview with every status set, search results and a share link with its QR code have no violations", async ({ page }) => {
      const [learning, done, skipped] = TOPICS;
      await markTopic(page, learning!, "learning");
      await markTopic(page, done!, "done");
      await markTopic(page, skipped!, "skipped");
      await statusRadioFocus(page);
      await expectNoViolations(page);
      await page.goto("/");
      await expect(page.getByRole("link", { name: mapTopicLink(learning!.topic.title, "learning") })).toBeVisible();
      await expectNoViolations(page);
      await page.getByRole("searchbox").fill(learning!.topic.title);
      await page.getByRole("button", { name: t("share", "shareProgress") }).click();
      await expect(page.getByRole("textbox", { name: t("share", "progressLink") })).toBeVisible();
      await expect(page.getByRole("img", { name: t("share", "qrCodeAlt") })).toBeVisible();
      await expectNoViolations(page);
    });

    test("a step page with notes open, and the overview with notes and a plan set, have no violations", async ({ page }) => {
      const { step, topic } = TOPICS[0]!;
      await page.goto(`/steps/${step.slug}`);
      const field = await openNotes(page, topic.title);
      await field.fill("a".repeat(9_500));
      for (const other of step.topics.slice(1)) await openNotes(page, other.title);
      await field.focus();
      await expectNoViolations(page);
      await page.goto("/");
      if (hasEstimates(STEPS)) {
        await page.getByRole("spinbutton", { name: t("plan", "hoursPerWeek") }).fill("6");
        await expect(page.getByText(new RegExp(`^${escapeRegExp(t("plan", "finish", { hoursPerWeek: 6, date: "\u0000" }).split("\u0000")[0]!.trimEnd())}`))).toBeVisible();
      }
      await page.getByRole("searchbox").fill("a");
      await expect(page.getByRole("link", { name: new RegExp(`^${escapeRegExp(mapTopicLink(topic.title, "not-started", true))}$`) })).toBeVisible();
      await expectNoViolations(page);
    });

    test("the review view, with a topic due, and after it is answered, has no violations", async ({ page }) => {
      const { step, topic } = TOPICS[0]!;
      const enteredAt = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000).toISOString();
      await page.addInitScript(
        ([keys, progress, review]) => {
          localStorage.setItem(keys[0]!, progress);
          localStorage.setItem(keys[1]!, review);
        },
        [
          [STORAGE.progress, STORAGE.review],
          JSON.stringify({ version: 3, statuses: { [step.slug]: { [topic.id]: "done" } } }),
          JSON.stringify({ version: 1, topics: { [step.slug]: { [topic.id]: { enteredAt, answers: [] } } } }),
        ] as const,
      );
      await page.goto("/review");
      await expect(page.getByRole("button", { name: t("review", "good"), exact: true })).toBeVisible();
      await page.getByRole("button", { name: t("review", "hard"), exact: true }).focus();
      await expectNoViolations(page);
      await page.getByRole("button", { name: t("review", "hard"), exact: true }).click();
      await expect(page.getByRole("status").filter({ hasText: NEXT_REVIEW })).toBeVisible();
      await expectNoViolations(page);
    });

    test("shared progress and a damaged share link have no violations", async ({ page }) => {
      await markTopic(page, TOPICS[0]!, "done");
      await page.goto("/");
      await page.getByRole("button", { name: t("share", "shareProgress") }).click();
      const link = await page.getByRole("textbox", { name: t("share", "progressLink") }).inputValue();
      await page.goto(link);
      await expect(page.getByRole("region", { name: t("share", "viewingTitle"), exact: true })).toBeVisible();
      await expectNoViolations(page);
      await page.goto("/#share=broken");
      await expect(page.getByText(t("share", "linkMalformed"))).toBeVisible();
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
