import type { Browser, Page } from "@playwright/test";
import jsQR from "jsqr";
import { EMPTY_PROGRESS, setTopicStatus } from "../lib/progress/progress";
import { encodeShareCode } from "../lib/share/share-code";
import { stepPath } from "../lib/site/paths";
import { escapeRegExp, t } from "./catalog";
import { expect, markTopic, statusRadio, STEPS, STORAGE, test, TOPIC_COUNT, TOPICS, topicNodeName, topicsDone } from "./fixtures";


const progressRegion = (page: Page) => page.getByRole("region", { name: t("overview", "yourProgress") });
const readStored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE.progress);

// The first four topics of the roadmap are shared, wherever their steps begin and end; a visitor has the last one done.
const [learning, done, skipped, alsoDone] = TOPICS;
const visitorsOwn = TOPICS.at(-1)!;
/** What the shared progress below adds up to. */
const sharedSummary = t("progress", "counts", { done: 2, topics: TOPIC_COUNT - 1, learning: 1, skipped: 1 });
/** The overview's meter while the shared progress is on screen. */
const sharedMeter = t("progress", "countsShared", { counts: sharedSummary });
/** Any "Continue: …" link, whatever its topic. */
const continueName = new RegExp(`^${t("progress", "continue", { topic: "\0" }).split("\0").map(escapeRegExp).join(".*")}`);
const viewingTitle = t("share", "viewingTitle");

/** Gives the four statuses above and returns the share link the overview makes for them. */
async function makeShareLink(page: Page): Promise<string> {
  test.skip(TOPICS.length < 5, "needs a roadmap of five topics or more");
  await markTopic(page, learning!, "learning");
  await markTopic(page, done!, "done");
  await markTopic(page, skipped!, "skipped");
  await markTopic(page, alsoDone!, "done");
  await page.goto("/");
  await page.getByRole("button", { name: t("share", "shareProgress") }).click();
  const field = page.getByRole("textbox", { name: t("share", "progressLink") });
  await expect(field).toHaveValue(/#share=/);
  return field.inputValue();
}

/** A visitor in a browser of their own, with one topic of their own done. */
async function visitor(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await markTopic(page, visitorsOwn, "done");
  return { page, close: () => context.close() };
}

test.describe("sharing progress", () => {
  test("copies a short link to the clipboard and shows it in a field", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    const link = await makeShareLink(page);
    expect(link).toMatch(new RegExp(`^${baseURL}/#share=2\\.[A-Za-z0-9_-]+\\.[a-z0-9]{4}$`));
    // 7 characters, plus 4 per topic with a status.
    expect(link.length - `${baseURL}/#share=`.length).toBe(7 + 4 * 4);
    await expect(page.getByRole("status").filter({ hasText: t("share", "progressCopied") })).toBeVisible();
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
    await expect(page.getByRole("status").filter({ hasText: t("share", "shared") })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { sharedData: ShareData }).sharedData.url)).toBe(link);
  });

  test("opens read-only in another browser with every status, marked as shared, without touching the visitor's progress", { tag: "@smoke" }, async ({ page, browser }) => {
    const link = await makeShareLink(page);
    const { page: other, close } = await visitor(browser);
    const own = await readStored(other);

    await other.goto(link);
    const banner = other.getByRole("region", { name: viewingTitle });
    await expect(banner).toContainText(t("share", "theirProgress", { counts: sharedSummary }));
    await expect(progressRegion(other)).toContainText(sharedMeter);
    await expect(other.getByRole("link", { name: topicNodeName(learning!.topic.title, "learning"), exact: true })).toBeVisible();
    await expect(other.getByRole("link", { name: topicNodeName(done!.topic.title, "done"), exact: true })).toBeVisible();
    await expect(other.getByRole("link", { name: topicNodeName(skipped!.topic.title, "skipped"), exact: true })).toBeVisible();
    await expect(other.getByRole("button", { name: t("progress", "reset") })).toHaveCount(0);
    await expect(other.getByRole("main").getByRole("link", { name: continueName })).toHaveCount(0);
    expect(await readStored(other)).toBe(own);

    await banner.getByRole("button", { name: t("share", "backToOwn") }).click();
    await expect(banner).toHaveCount(0);
    await expect(progressRegion(other)).toContainText(topicsDone(1, TOPIC_COUNT));
    expect(other.url()).not.toContain("#share");
    await close();
  });

  test("adopting shared progress asks first, then makes every status the visitor's own", { tag: "@smoke" }, async ({ page, browser }) => {
    const link = await makeShareLink(page);
    const { page: other, close } = await visitor(browser);
    await other.goto(link);

    const own = await readStored(other);
    other.once("dialog", (dialog) => dialog.dismiss());
    await other.getByRole("button", { name: t("share", "adopt") }).click();
    await expect(progressRegion(other)).toContainText(sharedMeter);
    expect(await readStored(other)).toBe(own);

    other.once("dialog", (dialog) => dialog.accept());
    await other.getByRole("button", { name: t("share", "adopt") }).click();
    await expect(other.getByRole("region", { name: viewingTitle })).toHaveCount(0);
    await expect(progressRegion(other)).toContainText(sharedSummary);
    for (const [{ step, topic }, status] of [[learning!, "learning"], [done!, "done"], [skipped!, "skipped"]] as const) {
      await other.goto(stepPath(step.slug));
      await expect(statusRadio(other, topic.title, status)).toBeChecked();
    }
    await close();
  });

  test("the skip link and other in-page links keep the shared view", async ({ page, browser }) => {
    const link = await makeShareLink(page);
    const { page: other, close } = await visitor(browser);
    await other.goto(link);
    await expect(progressRegion(other)).toContainText(sharedMeter);
    await other.keyboard.press("Tab");
    await other.keyboard.press("Enter");
    await expect(other).toHaveURL(/#main$/);
    await expect(other.getByRole("region", { name: viewingTitle })).toBeVisible();
    await expect(progressRegion(other)).toContainText(sharedMeter);
    await expect(other.getByRole("button", { name: t("share", "shareProgress") })).toHaveCount(0);
    await close();
  });

  test("a link whose topics are all gone says it matches nothing, and shows the visitor's own progress", async ({ page }) => {
    const foreign = [{ slug: "another-roadmap", topics: [{ id: "some-topic", title: "Some topic" }] }];
    const code = encodeShareCode(setTopicStatus(EMPTY_PROGRESS, "another-roadmap", "some-topic", "done"), foreign);
    await page.goto(`/#share=${code}`);
    await expect(page.getByText(t("share", "linkOtherContent"))).toBeVisible();
    await expect(progressRegion(page)).toContainText(topicsDone(0, TOPIC_COUNT));
  });

  const valid = encodeShareCode(setTopicStatus(EMPTY_PROGRESS, TOPICS[0]!.step.slug, TOPICS[0]!.topic.id, "done"), STEPS.map((each) => ({ slug: each.slug, topics: each.topics })));
  const [format, payload, checksum] = valid.split(".");
  for (const [name, fragment] of [
    ["garbage", "share=garbage"],
    ["a truncated code", "share=2.abc"],
    ["an edited status", `share=${format}.${payload!.slice(0, -1)}${payload!.endsWith("A") ? "B" : "A"}.${checksum}`],
    ["an edited checksum", `share=${format}.${payload}.zzzz`],
    ["an edited first-release code", "share=1.zzzz.AAAA.zzzz"],
    ["script", "share=%3Cscript%3Ealert(1)%3C%2Fscript%3E"],
    ["an enormous code", `share=2.${"A".repeat(5000)}.abcd`],
    ["bad percent-encoding", "share=%E0%A4%A"],
  ] as const) {
    test(`a share link with ${name} shows a short notice and the normal page`, async ({ page }) => {
      await page.goto(`/#${fragment}`);
      await expect(page.getByText(t("share", "linkMalformed"))).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(progressRegion(page)).toContainText(topicsDone(0, TOPIC_COUNT));
      await page.getByRole("button", { name: t("share", "dismiss") }).click();
      await expect(page.getByText(t("share", "linkMalformed"))).toHaveCount(0);
    });
  }
});

test.describe("the share link as a QR code", () => {
  test("decodes to the share link, for opening on a phone", async ({ page }) => {
    const link = await makeShareLink(page);
    const code = page.getByRole("img", { name: t("share", "qrCodeAlt") });
    await expect(code).toBeVisible();
    // The image's pixels, read in the page and decoded here as a phone's camera app would.
    const { data, width, height } = await code.evaluate((image: HTMLImageElement) => {
      const canvas = document.createElement("canvas");
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      return { data: Array.from(context.getImageData(0, 0, canvas.width, canvas.height).data), width: canvas.width, height: canvas.height };
    });
    expect(jsQR(Uint8ClampedArray.from(data), width, height)?.data).toBe(link);
  });

  test("loads its library only when a link is made", async ({ page }) => {
    // A message of the qrcode library, which survives minification.
    const isQrLibrary = async (body: Promise<string>) => (await body).includes("too big to be stored in a QR Code");
    const scripts: Promise<boolean>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push(isQrLibrary(response.text()));
    });
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    expect(await Promise.all(scripts)).not.toContain(true);
    await page.getByRole("button", { name: t("share", "shareProgress") }).click();
    await expect(page.getByRole("img", { name: t("share", "qrCodeAlt") })).toBeVisible();
    expect(await Promise.all(scripts)).toContain(true);
  });
});
