import type { Page } from "@playwright/test";
import { stepPath } from "../lib/site/paths";
import type { TopicStatus } from "../lib/progress/statuses";
import {
  expect,
  expectAccessibleNames,
  markTopic,
  notesField,
  readStoredJson,
  type RoadmapTopic,
  seedStorage,
  setStatus,
  SITE,
  statusGroup,
  statusRadio,
  storedProgress,
  STEPS,
  STORAGE,
  test,
  TOPIC_COUNT,
  TOPICS,
  topicNodeName,
  topicsDone,
} from "./fixtures";
import { statusName, t } from "./catalog";

const readStored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE.progress);

/** Puts raw text in the progress key before any page script runs. */
const seedProgress = (page: Page, raw: string) => seedStorage(page, STORAGE.progress, raw);

function stepCard(page: Page, number: number) {
  const { title } = STEPS.find((each) => each.number === number)!;
  return page.getByRole("main").getByRole("article").filter({ has: page.getByRole("heading", { name: t("map", "stepTitle", { number, title }), exact: true }) });
}

const yourProgress = (page: Page) => page.getByRole("region", { name: t("overview", "yourProgress") });

/** "1 of 4 topics done · 1 learning · 1 skipped", as the meters say it (what is zero left out). */
const counts = (done: number, topics: number, learning = 0, skipped = 0) => t("progress", "counts", { done, topics, learning, skipped });

/** What Import says it brought in: the file's name, its progress, and how many notes and review histories. */
const imported = (file: string, progress: string, notes = 0, histories = 0) => t("backup", "imported", { file, contents: t("backup", "contents", { progress, notes, histories }) });
const [first, second] = STEPS;
// The first three topics of the roadmap, wherever their steps begin and end.
const [topicA, topicB, topicC] = TOPICS;
const step = topicA!.step;

/** "1 of 4 topics done · 1 learning · 1 skipped" for `topics`, counted from `marks` by hand: what the meters must say. */
function expectedSummary(topics: readonly { id: string }[], marks: [RoadmapTopic, TopicStatus][]) {
  const count = (status: TopicStatus) => marks.filter(([{ topic }, given]) => given === status && topics.some(({ id }) => id === topic.id)).length;
  const [done, learning, skipped] = [count("done"), count("learning"), count("skipped")];
  return counts(done, topics.length - skipped, learning, skipped);
}

test.describe("topic statuses", () => {
  test("each topic has a radio group named by its title: Not started, Learning, Done, Skipped, Not started checked", async ({ page }) => {
    await page.goto(`/steps/${step.slug}`);
    for (const topic of step.topics) {
      const group = statusGroup(page, topic.title);
      await expect(group.getByRole("radio")).toHaveCount(4);
      await expectAccessibleNames(group.getByRole("radio"), (["not-started", "learning", "done", "skipped"] as const).map(statusName));
      await expect(statusRadio(page, topic.title, "not-started")).toBeChecked();
    }
  });

  test("set by mouse, stored by step slug and topic id, and kept across a reload", { tag: "@smoke" }, async ({ page }) => {
    test.skip(TOPICS.length < 3, "needs a roadmap of three topics or more");
    const marks: [RoadmapTopic, TopicStatus][] = [[topicA!, "learning"], [topicB!, "done"], [topicC!, "skipped"]];
    for (const [topic, status] of marks) await markTopic(page, topic, status);
    for (const [{ step: itsStep, topic }, status] of marks) {
      await page.goto(stepPath(itsStep.slug));
      await expect(statusRadio(page, topic.title, status)).toBeChecked();
    }
    expect(JSON.parse((await readStored(page))!)).toEqual(storedProgress(marks));
    await markTopic(page, topicA!, "not-started");
    expect(JSON.parse((await readStored(page))!).statuses[step.slug]?.[topicA!.topic.id]).toBeUndefined();
  });

  test("set by keyboard: Tab reaches the group, arrows move between statuses, with a visible focus ring", async ({ page }) => {
    await page.goto(`/steps/${step.slug}`);
    // The topic's own copy-link control comes just before its status group.
    await page.getByRole("link", { name: t("share", "copyTopicLink", { topic: topicA!.topic.title }) }).focus();
    await page.keyboard.press("Tab");
    const notStarted = statusRadio(page, topicA!.topic.title, "not-started");
    await expect(notStarted).toBeFocused();
    const outline = await notStarted.evaluate((radio) => getComputedStyle(radio.nextElementSibling!).outlineStyle);
    expect(outline).not.toBe("none");

    await page.keyboard.press("ArrowRight");
    await expect(statusRadio(page, topicA!.topic.title, "learning")).toBeChecked();
    await expect(statusRadio(page, topicA!.topic.title, "learning")).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(statusRadio(page, topicA!.topic.title, "skipped")).toBeChecked();
    await page.keyboard.press("ArrowLeft");
    await expect(statusRadio(page, topicA!.topic.title, "done")).toBeChecked();
    // The arrows stayed in the group: the page did not go to another step.
    await expect(page).toHaveURL(new RegExp(`/steps/${step.slug}$`));
    await page.reload();
    await expect(statusRadio(page, topicA!.topic.title, "done")).toBeChecked();
  });

  test("the chosen status is shown by more than colour: a bold, outlined segment and a different mark", async ({ page }) => {
    await page.goto(`/steps/${step.slug}`);
    await setStatus(page, topicA!.topic.title, "learning");
    const look = (status: "learning" | "done") =>
      statusRadio(page, topicA!.topic.title, status).evaluate((radio) => {
        const face = getComputedStyle(radio.nextElementSibling!);
        return { weight: face.fontWeight, ring: face.boxShadow };
      });
    expect(await look("learning")).toEqual({ weight: "700", ring: expect.stringContaining("inset") });
    expect(await look("done")).toEqual({ weight: "400", ring: "none" });
  });
});

test.describe("counting", () => {
  test("Done counts as progress, Skipped leaves the total, Learning is shown; step and overall meters follow", async ({ page }) => {
    test.skip(TOPICS.length < 3, "needs a roadmap of three topics or more");
    await page.goto(stepPath(step.slug));
    await expect(page.getByText(topicsDone(0, step.topics.length), { exact: true })).toBeVisible();
    const marks: [RoadmapTopic, TopicStatus][] = [];
    const changes: [RoadmapTopic, TopicStatus][] = [[topicA!, "done"], [topicB!, "skipped"], [topicC!, "learning"]];
    for (const mark of changes) {
      await markTopic(page, mark[0], mark[1]);
      marks.push(mark);
      // The meter of the step on screen follows each change.
      await expect(page.getByText(expectedSummary(mark[0].step.topics, marks), { exact: true })).toBeVisible();
    }
    const meter = page.getByRole("progressbar", { name: t("progress", "stepProgressLabel", { number: topicC!.step.number }) });
    const doneHere = marks.filter(([{ step: itsStep }, status]) => itsStep === topicC!.step && status === "done").length;
    const skippedHere = marks.filter(([{ step: itsStep }, status]) => itsStep === topicC!.step && status === "skipped").length;
    await expect(meter).toHaveAttribute("value", String(doneHere));
    await expect(meter).toHaveAttribute("max", String(Math.max(topicC!.step.topics.length - skippedHere, 1)));

    await page.goto("/");
    for (const each of STEPS) await expect(stepCard(page, each.number)).toContainText(expectedSummary(each.topics, marks));
    await expect(yourProgress(page)).toContainText(counts(1, TOPIC_COUNT - 1, 1, 1));
    await expect(page.getByRole("progressbar", { name: t("overview", "progressLabel") })).toHaveAttribute("max", String(TOPIC_COUNT - 1));
  });

  test("a step whose topics are all skipped shows a full bar", async ({ page }) => {
    await page.goto(`/steps/${first!.slug}`);
    for (const topic of first!.topics) await setStatus(page, topic.title, "skipped");
    const meter = page.getByRole("progressbar", { name: t("progress", "stepProgressLabel", { number: first!.number }) });
    await expect(page.getByText(counts(0, 0, 0, first!.topics.length))).toBeVisible();
    expect(await meter.evaluate((bar: HTMLProgressElement) => bar.position)).toBe(1);
  });

  test("appears after hydration without layout shift", async ({ page }) => {
    // Stored progress means an earlier visit, which left the font cached: what could move the page now
    // is the progress appearing. (A first visit's font swap is a layout shift of its own; README.)
    await page.goto("/");
    await page.evaluate(() => document.fonts.ready);
    await seedProgress(page, JSON.stringify({ version: 3, statuses: { [first!.slug]: { [first!.topics[0]!.id]: "done" } } }));
    await page.addInitScript(() => {
      (window as unknown as { layoutShift: number }).layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as { layoutShift: number }).layoutShift += (entry as unknown as { value: number }).value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto("/");
    await expect(stepCard(page, first!.number)).toContainText(topicsDone(1, first!.topics.length));
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBe(0);
  });

  test("syncs statuses to other open tabs", async ({ page, context }) => {
    const topic = first!.topics[0]!;
    await page.goto(`/steps/${first!.slug}`);
    const overview = await context.newPage();
    await overview.goto("/");
    await expect(stepCard(overview, first!.number)).toContainText(topicsDone(0, first!.topics.length));
    const otherStep = await context.newPage();
    await otherStep.goto(`/steps/${first!.slug}`);

    await setStatus(page, topic.title, "done");
    await expect(stepCard(overview, first!.number)).toContainText(topicsDone(1, first!.topics.length));
    await expect(statusRadio(otherStep, topic.title, "done")).toBeChecked();

    await setStatus(otherStep, topic.title, "learning");
    await expect(statusRadio(page, topic.title, "learning")).toBeChecked();
  });
});

test.describe("stored progress", () => {
  for (const [name, raw] of [
    ["corrupt JSON", "{not json"],
    ["a future version", JSON.stringify({ version: 99, statuses: {} })],
    ["foreign data", JSON.stringify(["something", "else"])],
    ["wrong types", JSON.stringify({ version: 3, statuses: { [first!.slug]: "done" } })],
  ] as const) {
    test(`treats ${name} as no progress, without errors, and keeps it aside`, async ({ page }) => {
      await seedProgress(page, raw);
      await page.goto("/");
      await expect(stepCard(page, first!.number)).toContainText(topicsDone(0, first!.topics.length));
      await page.goto(`/steps/${first!.slug}`);
      await setStatus(page, first!.topics[0]!.title, "done");
      await expect(page.getByText(topicsDone(1, first!.topics.length), { exact: true })).toBeVisible();
      expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE.unreadable)).toBe(raw);
    });
  }

  const ticked = [first!.topics[0]!, second!.topics[0]!];
  // A topic of the second step that was not ticked, for the change made after the migration.
  const untouched = second!.topics[1];
  for (const [version, stored] of [
    ["2 (the released version)", { version: 2, done: { [first!.slug]: [ticked[0]!.id], [second!.slug]: [ticked[1]!.id] } }],
    ["1", { version: 1, topics: [`${first!.slug}/${ticked[0]!.id}`, `${second!.slug}/${ticked[1]!.id}`] }],
  ] as const) {
    test(`migrates version ${version}, every tick kept as Done`, async ({ page }) => {
      await seedProgress(page, JSON.stringify(stored));
      await page.goto("/");
      await expect(stepCard(page, first!.number)).toContainText(topicsDone(1, first!.topics.length));
      await expect(stepCard(page, second!.number)).toContainText(topicsDone(1, second!.topics.length));
      await page.goto(`/steps/${second!.slug}`);
      await expect(statusRadio(page, ticked[1]!.title, "done")).toBeChecked();
      // The next change stores version 3, with the migrated ticks in it.
      await setStatus(page, (untouched ?? ticked[1]!).title, untouched ? "learning" : "done");
      const saved = JSON.parse((await readStored(page))!);
      expect(saved.version).toBe(3);
      expect(saved.statuses[first!.slug]).toEqual({ [ticked[0]!.id]: "done" });
      expect(saved.statuses[second!.slug][ticked[1]!.id]).toBe("done");
    });
  }

  test("ignores statuses of topics that are no longer in the content", async ({ page }) => {
    await seedProgress(page, JSON.stringify({ version: 3, statuses: { [first!.slug]: { [first!.topics[0]!.id]: "done", "retired-topic": "done" }, "retired-step": { x: "done" } } }));
    await page.goto("/");
    await expect(stepCard(page, first!.number)).toContainText(topicsDone(1, first!.topics.length));
    await expect(yourProgress(page)).toContainText(topicsDone(1, TOPIC_COUNT));
  });

  test("keeps working and says so once when the browser refuses to save", async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException("Quota exceeded", "QuotaExceededError");
      };
    });
    // Progress the browser will not store lives only in this page: every change is made on it.
    const [done, learning] = step.topics;
    await page.goto(stepPath(step.slug));
    await setStatus(page, done!.title, "done");
    await expect(page.getByText(topicsDone(1, step.topics.length), { exact: true })).toBeVisible();
    if (learning) {
      await setStatus(page, learning.title, "learning");
      await expect(page.getByText(counts(1, step.topics.length, 1), { exact: true })).toBeVisible();
    }
    await expect(statusRadio(page, done!.title, "done")).toBeChecked();
    await expect(page.getByText(t("saveFailed", "notice"))).toHaveCount(1);
  });
});

test("reset clears statuses even for topics the content no longer has", async ({ page }) => {
  await seedProgress(page, JSON.stringify({ version: 3, statuses: { "retired-step": { "old-topic": "learning" } } }));
  await page.goto("/");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: t("progress", "reset") }).click();
  await expect(page.getByText(t("progress", "progressReset"))).toBeVisible();
  expect(JSON.parse((await readStored(page))!)).toEqual({ version: 3, statuses: {} });
});

test.describe("reset, export and import", () => {
  // The first three topics marked, the fourth and fifth for the files imported.
  const [t0, t1, t2, t3, t4] = TOPICS;
  const seeded = storedProgress([[t0!, "done"], [t1!, "skipped"], [t2!, "learning"]]);
  const seededSummary = counts(1, TOPIC_COUNT - 1, 1, 1);
  const notesOn = (...marks: [RoadmapTopic, string][]) => {
    const notes: Record<string, Record<string, string>> = {};
    for (const [{ step: itsStep, topic }, text] of marks) (notes[itsStep.slug] ??= {})[topic.id] = text;
    return notes;
  };

  test.skip(TOPICS.length < 5, "needs a roadmap of five topics or more");

  test.beforeEach(async ({ page }) => {
    await seedProgress(page, JSON.stringify(seeded));
    await page.goto("/");
  });

  test("reset asks first, and only resets when confirmed", async ({ page }) => {
    page.once("dialog", (dialog) => dialog.dismiss());
    await page.getByRole("button", { name: t("progress", "reset") }).click();
    await expect(yourProgress(page)).toContainText(seededSummary);

    page.once("dialog", (dialog) => {
      expect(dialog.message()).toContain(t("progress", "confirmReset", { marked: 3, notesKept: false }));
      void dialog.accept();
    });
    await page.getByRole("button", { name: t("progress", "reset") }).click();
    await expect(yourProgress(page)).toContainText(topicsDone(0, TOPIC_COUNT));
    await expect(page.getByText(t("progress", "progressReset"))).toBeVisible();
  });

  test("exports statuses and notes as a JSON file that imports back, in another browser too", async ({ page, browser }) => {
    const note = "Formula: Ax = b";
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE.notes, JSON.stringify({ version: 1, notes: notesOn([t0!, note]) })] as const);
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: t("backup", "export") }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(t("backup", "fileName", { namespace: SITE.storageNamespace }));
    const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString("utf8");
    // The topic seeded Done entered review when the overview first saw it.
    const review = { [t0!.step.slug]: { [t0!.topic.id]: { enteredAt: expect.any(String), answers: [] } } };
    expect(JSON.parse(text)).toEqual({ version: 4, statuses: seeded.statuses, notes: notesOn([t0!, note]), review });

    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: t("progress", "reset") }).click();
    await expect(yourProgress(page)).toContainText(topicsDone(0, TOPIC_COUNT));
    await page.getByLabel(t("backup", "importFileLabel")).setInputFiles({ name: "progress.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await expect(page.getByText(imported("progress.json", seededSummary, 1, 1))).toBeVisible();
    await expect(yourProgress(page)).toContainText(seededSummary);

    const elsewhere = await browser.newContext({ serviceWorkers: "block" });
    const phone = await elsewhere.newPage();
    await phone.goto("/");
    await phone.getByLabel(t("backup", "importFileLabel")).setInputFiles({ name: "progress.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await expect(phone.getByText(imported("progress.json", seededSummary, 1, 1))).toBeVisible();
    await expect(phone.getByRole("link", { name: topicNodeName(t0!.topic.title, "done", { noted: true }), exact: true })).toBeVisible();
    await phone.goto(stepPath(t0!.step.slug));
    await expect(notesField(phone, t0!.topic.title)).toHaveValue(note);
    await elsewhere.close();
  });

  test("says which notes an import replaces, and keeps the learner's notes on other topics", async ({ page }) => {
    const [mine, kept] = [t0!, t4!];
    const own = { version: 1, notes: notesOn([mine, "mine"], [kept, "kept"]) };
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE.notes, JSON.stringify(own)] as const);
    const file = { version: 4, statuses: seeded.statuses, notes: notesOn([mine, "theirs"]) };
    page.once("dialog", (dialog) => {
      // Their note replaces one of the learner's two; the file has the same statuses and no plan.
      const own = t("backup", "contents", { progress: seededSummary, notes: 2, histories: 0 });
      const incoming = t("backup", "contents", { progress: seededSummary, notes: 1, histories: 0 });
      expect(dialog.message()).toContain(t("backup", "confirmReplace", { own, file: "notes.json", incoming, replacedNotes: 1, replacedPlan: false, hoursPerWeek: 0 }));
      void dialog.accept();
    });
    await page.getByLabel(t("backup", "importFileLabel")).setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
    await expect(page.getByText(imported("notes.json", seededSummary, 1))).toBeVisible();
    expect(await readStoredJson(page, STORAGE.notes)).toEqual({ version: 1, notes: notesOn([mine, "theirs"], [kept, "kept"]) });
  });

  test("imports an export file of version 3 (statuses only), keeping the learner's notes", async ({ page }) => {
    const note = { version: 1, notes: notesOn([t0!, "mine"]) };
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE.notes, JSON.stringify(note)] as const);
    const file = storedProgress([[t3!, "done"]]);
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByLabel(t("backup", "importFileLabel")).setInputFiles({ name: "v3.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
    await expect(page.getByText(imported("v3.json", topicsDone(1, TOPIC_COUNT)))).toBeVisible();
    expect(await readStoredJson(page, STORAGE.notes)).toEqual(note);
  });

  for (const [version, file] of [
    ["2", { version: 2, done: Object.fromEntries([t3!, t4!].map(({ step: itsStep }) => [itsStep.slug, [t3!, t4!].filter((mark) => mark.step === itsStep).map(({ topic }) => topic.id)])) }],
    ["1", { version: 1, topics: [t3!, t4!].map(({ step: itsStep, topic }) => `${itsStep.slug}/${topic.id}`) }],
  ] as const) {
    test(`imports an export file of version ${version}, its ticks as Done`, async ({ page }) => {
      page.once("dialog", (dialog) => dialog.accept());
      await page.getByLabel(t("backup", "importFileLabel")).setInputFiles({ name: "old.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
      await expect(page.getByText(imported("old.json", topicsDone(2, TOPIC_COUNT)))).toBeVisible();
      await expect(page.getByRole("link", { name: topicNodeName(t3!.topic.title, "done"), exact: true })).toBeVisible();
      await expect(page.getByRole("link", { name: topicNodeName(t4!.topic.title, "done"), exact: true })).toBeVisible();
    });
  }

  for (const [name, content] of [
    ["not JSON", "hello"],
    ["someone else's JSON", '{"tasks":[1,2,3]}'],
    ["a future version", '{"version":5,"statuses":{}}'],
    ["progress for another roadmap's topics", '{"version":3,"statuses":{"kubernetes":{"pods":"done"}}}'],
  ] as const) {
    test(`rejects an import that is ${name}, with a clear message and no change`, async ({ page }) => {
      await page.getByLabel(t("backup", "importFileLabel")).setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from(content) });
      await expect(page.getByText(t("backup", "notABackup", { file: "bad.json" }))).toBeVisible();
      await expect(yourProgress(page)).toContainText(seededSummary);
    });
  }

  test("asks before an import replaces existing progress", async ({ page }) => {
    page.once("dialog", (dialog) => dialog.dismiss());
    const other = JSON.stringify(storedProgress([[t4!, "done"]]));
    await page.getByLabel(t("backup", "importFileLabel")).setInputFiles({ name: "other.json", mimeType: "application/json", buffer: Buffer.from(other) });
    await expect(yourProgress(page)).toContainText(seededSummary);
  });
});
