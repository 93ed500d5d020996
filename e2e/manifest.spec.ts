import { APP_ICONS, appIconPath } from "../lib/pwa/icons";
import { PAGE_BACKGROUND } from "../lib/theme/colors";
import { expect, SITE, test } from "./fixtures";

test.describe("the web app manifest", () => {
  test("is linked from every page and names the roadmap as an app that opens on its own", async ({ page, request }) => {
    await page.goto("/");
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    const response = await request.get(href!);
    expect(response.headers()["content-type"]).toContain("application/manifest+json");
    expect(await response.json()).toMatchObject({
      name: SITE.name,
      short_name: SITE.shortName,
      description: SITE.tagline,
      start_url: "/",
      scope: "/",
      display: "standalone",
      theme_color: PAGE_BACKGROUND.light,
      background_color: PAGE_BACKGROUND.light,
    });
  });

  test("lists icons at 192 and 512 pixels and a maskable one, each loading at its declared size", async ({ page, request }) => {
    const { icons } = (await (await request.get("/manifest.webmanifest")).json()) as { icons: { src: string; sizes: string; type: string; purpose: string }[] };
    expect(icons.map((icon) => icon.src)).toEqual(APP_ICONS.map(appIconPath));
    expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    expect(icons.some((icon) => icon.purpose === "maskable")).toBe(true);
    await page.goto("/");
    for (const icon of icons) {
      expect(icon.type).toBe("image/png");
      const size = await page.evaluate(async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        return `${image.naturalWidth}x${image.naturalHeight}`;
      }, icon.src);
      expect(size, icon.src).toBe(icon.sizes);
    }
  });
});
