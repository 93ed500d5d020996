import { t } from "./catalog";
import { BIGGEST_STEP, expect, PAGES, setStatus, test } from "./fixtures";

const EXPECTED_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

test.describe("security headers", () => {
  for (const path of [...PAGES, "/steps/unknown", "/sitemap.xml", "/robots.txt", "/opengraph-image", "/favicon.ico", "/steps/1", "/steps/%E0%A4%A"]) {
    test(`${path} carries them`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      const headers = response.headers();
      const csp = headers["content-security-policy"] ?? "";
      for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
      expect(csp).toMatch(/script-src 'self'( 'unsafe-inline')?(;|$)/);
      expect(csp, "no remote script origins").not.toMatch(/https?:|\*/);
      expect(headers).toMatchObject(EXPECTED_HEADERS);
      expect(headers["permissions-policy"]).toContain("camera=()");
      expect(headers["x-powered-by"]).toBeUndefined();
    });
  }

  test("static files carry them too", async ({ page, request }) => {
    await page.goto("/");
    const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute("src");
    const headers = (await request.get(script!)).headers();
    expect(headers).toMatchObject(EXPECTED_HEADERS);
    expect(headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  test("the policy lets the pages work: no violations reported while using them", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`/steps/${BIGGEST_STEP.slug}`);
    await setStatus(page, BIGGEST_STEP.topics[0]!.title, "learning");
    await page.goto("/");
    await page.getByRole("searchbox").fill(BIGGEST_STEP.topics[0]!.title);
    await expect(page.getByRole("list", { name: t("search", "results") })).toBeVisible();
    expect(violations).toEqual([]);
  });
});
