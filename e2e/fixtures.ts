import { test as base, expect } from "@playwright/test";

export const STEPS = [
  { number: 1, slug: "foundations", title: "Develop a Strong Foundation in Mathematics and Programming", topics: 5 },
  { number: 2, slug: "ml-basics", title: "Gain Knowledge in Data Science and Machine Learning Basics", topics: 4 },
  { number: 3, slug: "projects", title: "Build Real-World Projects", topics: 3 },
  { number: 4, slug: "network", title: "Stay Updated and Network", topics: 3 },
  { number: 5, slug: "specialize", title: "Specialize and Pursue Advanced Learning", topics: 4 },
] as const;

export const ARTICLE_TITLE = "5 Steps to Build a Career in AI and Machine Learning";
export const ARTICLE_PATH = "/blog/5-steps-to-build-a-career-in-ai-and-machine-learning";

/** Every page a visitor can land on. */
export const PAGES = ["/", ...STEPS.map((step) => `/steps/${step.slug}`), ARTICLE_PATH];

/**
 * Fails any test whose page logs a console error, throws, or loads a subresource that fails.
 * The page's own status (a 404 page, say) is for each test to assert.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  // Every page.goto also waits for React to hydrate (the theme toggle then shows its choice), so a
  // test never presses a key or clicks a button before its handler exists.
  page: async ({ page, javaScriptEnabled }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      const pageLoaded = !options?.waitUntil || options.waitUntil === "load" || options.waitUntil === "networkidle";
      if (javaScriptEnabled && pageLoaded && response && response.status() < 400) {
        await page.locator(".theme-toggle input:checked").waitFor({ state: "attached" });
      }
      return response;
    };
    await use(page);
  },
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        // Chromium logs every HTTP error as "Failed to load resource"; subresources are checked below.
        if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) errors.push(`console: ${message.text()}`);
      });
      page.on("response", (response) => {
        if (response.status() >= 400 && !response.request().isNavigationRequest()) errors.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
      await use(errors);
      expect(errors, "errors in the browser").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
