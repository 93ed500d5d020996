import { test as base, expect } from "@playwright/test";
import { loadRoadmap } from "../lib/content/load";
import { storageKeys } from "../lib/browser/storage-keys";
import type { Engine, LaunchEngine } from "./drivers/engine";
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

/** What is stored under a key, parsed. */
export function readStored(engine: Engine, key: string) {
  return engine.evaluate<unknown>("const raw = localStorage.getItem(arguments[0]); return raw === null ? null : JSON.parse(raw)", key);
}

/** The text an element shows, or null if there is none. */
export function textOf(engine: Engine, selector: string) {
  return engine.evaluate<string | null>("const element = document.querySelector(arguments[0]); return element ? element.textContent : null", selector);
}

/**
 * Each project is one engine: `engine` is a fresh browser for the test, `launch` starts more (a second
 * profile), and `site` is the way in to the production server (the test proxy), shared by the worker.
 */
export const test = base.extend<{ engine: Engine; launch: LaunchEngine }, { site: TestProxy }>({
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
    const started: Engine[] = [];
    await use(async () => {
      const engine = await launcher();
      started.push(engine);
      return engine;
    });
    await Promise.all(started.map((engine) => engine.close()));
  },
  engine: async ({ launch, site }, use) => {
    // A proxy a test took down comes back for the next one.
    await site.up();
    await use(await launch());
  },
});

export { expect };
