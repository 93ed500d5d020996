import { test as base, expect } from "@playwright/test";
import { statusName, t } from "../e2e/catalog";
import { loadRoadmap } from "../lib/content/load";
import { storageKeys } from "../lib/browser/storage-keys";
import type { TopicStatus } from "../lib/progress/statuses";
import type { Engine, LaunchEngine } from "./drivers/engine";
import { launchChromium } from "./drivers/chromium";
import { launchFirefox } from "./drivers/firefox";
import { launchWebKit } from "./drivers/webkit";
import { READ_ERRORS } from "./harness";
import { startProxy, type TestProxy } from "./proxy";

// Titles, slugs and keys come from the content the site was built from, never from literals.
const roadmap = loadRoadmap();
export const SITE = roadmap.site;
export const STEPS = roadmap.steps;
export const ARTICLE = roadmap.article;
export const STORAGE = storageKeys(SITE.storageNamespace);
export const TOPICS = STEPS.flatMap((step) => step.topics.map((topic) => ({ step, topic })));
export const PAGES = ["/", ...STEPS.map((step) => `/steps/${step.slug}`), ARTICLE.permalink];

const LAUNCHERS: Record<string, LaunchEngine> = { firefox: launchFirefox, webkit: launchWebKit };
/** The other engine a two-browser scenario pairs each project's with: Firefox meets Chromium, WebKit meets Firefox. */
const PARTNERS: Record<string, LaunchEngine> = { firefox: launchChromium, webkit: launchFirefox };

export const UPSTREAM_PORT = Number(process.env.ENGINES_E2E_PORT ?? 3240);

/** Waits until the page has hydrated: the theme switch then shows its choice. */
export async function hydrated(engine: Engine) {
  await expect.poll(() => engine.evaluate<boolean>("return document.querySelector('.theme-toggle input:checked') !== null"), { timeout: 15_000 }).toBe(true);
}

/** Opens a path of the site and waits for the page to hydrate. */
export async function visit(engine: Engine, site: TestProxy, path: string) {
  await engine.open(site.origin + path);
  await hydrated(engine);
}

/** Expects the page to have logged no error, thrown none, and loaded every resource and fetch it asked for. */
export async function expectNoErrors(engine: Engine) {
  expect(await engine.evaluate<string[]>(READ_ERRORS)).toEqual([]);
}

/** The CSS selector of a topic's status radio: its radiogroup is named by the topic's title. */
export const radio = (topic: { id: string }, status: string) => `[aria-labelledby="${topic.id}--title"] input[value="${status}"]`;

/** A topic's status as the overview's map words it after the title ("— Done"), not due for review and without notes. */
export const mapStatus = (status: TopicStatus) => t("progress", "topicStatus", { status: statusName(status), due: false, noted: false });

/** What the map shows for a topic: its title and its status. */
export const onMapText = (title: string, status: TopicStatus) => `${title} ${mapStatus(status)}`;

/** Whether the radio (or checkbox) the selector finds is checked. */
export const isChecked = (engine: Engine, selector: string) => engine.evaluate<boolean>("return document.querySelector(arguments[0])?.checked === true", selector);

/** What is stored under a key, parsed. */
export function readStored(engine: Engine, key: string) {
  return engine.evaluate<unknown>("const raw = localStorage.getItem(arguments[0]); return raw === null ? null : JSON.parse(raw)", key);
}

/** The text an element shows, or null if there is none. */
export function textOf(engine: Engine, selector: string) {
  return engine.evaluate<string | null>("const element = document.querySelector(arguments[0]); return element ? element.textContent : null", selector);
}

/** A launcher for one test: what it starts is closed after the test. */
async function closedAfter(launcher: LaunchEngine, use: (launch: LaunchEngine) => Promise<void>) {
  const started: Engine[] = [];
  await use(async () => {
    const engine = await launcher();
    started.push(engine);
    return engine;
  });
  await Promise.all(started.map((engine) => engine.close()));
}

/**
 * Each project is one engine: `engine` is a fresh browser for the test, `launch` starts more (a second
 * profile), `launchPartner` starts the other engine it is paired with, and `site` is the way in to the
 * production server (the test proxy), shared by the worker.
 */
export const test = base.extend<{ engine: Engine; launch: LaunchEngine; launchPartner: LaunchEngine }, { site: TestProxy }>({
  site: [
    async ({}, use) => {
      const site = await startProxy(`http://127.0.0.1:${UPSTREAM_PORT}`, UPSTREAM_PORT + 1);
      await use(site);
      await site.close();
    },
    { scope: "worker" },
  ],
  launch: async ({}, use, testInfo) => {
    const launcher = LAUNCHERS[testInfo.project.name];
    if (!launcher) throw new Error(`No engine named "${testInfo.project.name}" (projects: ${Object.keys(LAUNCHERS).join(", ")})`);
    await closedAfter(launcher, use);
  },
  launchPartner: async ({}, use, testInfo) => {
    const launcher = PARTNERS[testInfo.project.name];
    if (!launcher) throw new Error(`No engine is paired with "${testInfo.project.name}" (projects: ${Object.keys(PARTNERS).join(", ")})`);
    await closedAfter(launcher, use);
  },
  engine: async ({ launch, site }, use) => {
    // A proxy a test took down comes back for the next one.
    await site.up();
    await use(await launch());
  },
});

export { expect };
