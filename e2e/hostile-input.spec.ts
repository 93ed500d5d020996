import { stepPath } from "../lib/site/paths";
import { DIRECTION, LOCALE, t } from "./catalog";
import { ARTICLE_PATH, expect, FIRST_STEP, test } from "./fixtures";

// Paths and queries an attacker or a broken client might send. None may cause a 5xx, or leak a
// stack trace, a file path or source code.
const HOSTILE_PATHS = [
  "/steps/%E0%A4%A",
  "/%E0%A4%A",
  "/blog/%E0%A4%A/",
  "/steps/%",
  "/steps/%ZZ",
  "/steps/%00",
  "/steps/..%2F..%2F..%2Fetc%2Fpasswd",
  "/steps/..%252F..%252Fetc%252Fpasswd",
  "/..%2F..%2Fpackage.json",
  "/_next/static/..%2F..%2F..%2Fpackage.json",
  "/_next/static/chunks/..%2f..%2f..%2fserver.js",
  "/.env",
  "/.env.local",
  "/.git/config",
  "/package.json",
  "/server.js",
  "/.next/BUILD_ID",
  "/_next/server/app/page.js",
  "/content/roadmap/steps.yaml",
  "/node_modules/next/package.json",
  `/${"a".repeat(4000)}`,
  `/steps/${"%41".repeat(1300)}`,
  `${stepPath(FIRST_STEP.slug)}?%ZZ=%E0%A4%A&x[]=1&__proto__[polluted]=1`,
  `/?${"q=%27%22%3E%3Cscript%3E&".repeat(200)}`,
  `${stepPath(FIRST_STEP.slug)}/opengraph-image?%E0%A4%A`,
  "/steps/1/opengraph-image",
  "/steps/<script>alert(1)</script>",
  `${ARTICLE_PATH}/..`,
];

const LEAKS = [/at \S+ \(/, /\/work\//, /node_modules\//, /webpack|turbopack:\/\//i, /\.tsx?:\d+/, /Error:/, /"dependencies"/, /root:x:0:0/];

test.describe("hostile input", () => {
  for (const method of ["GET", "HEAD"] as const) {
    test(`${method} requests never get a 5xx or leak internals`, async ({ request }) => {
      for (const path of HOSTILE_PATHS) {
        const response = await request.fetch(path, { method, maxRedirects: 0 });
        expect(response.status(), `${method} ${path.slice(0, 80)}`).toBeLessThan(500);
        if (method === "GET") {
          const body = await response.text();
          for (const leak of LEAKS) expect(body, `${path.slice(0, 80)} leaks ${leak}`).not.toMatch(leak);
        }
      }
    });
  }

  test("a malformed address gets a short, friendly page", async ({ page }) => {
    const response = await page.goto("/steps/%E0%A4%A");
    expect(response?.status()).toBe(400);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("errors", "badAddress"));
    await expect(page.locator("html")).toHaveAttribute("lang", LOCALE);
    await expect(page.locator("html")).toHaveAttribute("dir", DIRECTION);
    await page.getByRole("link", { name: t("errors", "backToRoadmap") }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test("HEAD on every page answers like GET, without a body", async ({ request }) => {
    for (const path of ["/", stepPath(FIRST_STEP.slug), "/steps/unknown", "/sitemap.xml"]) {
      const [head, get] = await Promise.all([request.head(path), request.get(path)]);
      expect(head.status(), path).toBe(get.status());
      expect((await head.body()).length, path).toBe(0);
    }
  });
});
