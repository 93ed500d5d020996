import { readFileSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { ARTICLE_PATH, expect, PAGES, STEPS, test } from "./fixtures";
import { startStandaloneCopy } from "./standalone";

/** One raw answer, bytes as sent: Playwright's request API would decompress them. */
function fetchRaw(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

const DECOMPRESS = { br: brotliDecompressSync, gzip: gunzipSync };

test.describe("compressed answers", () => {
  test("carry Vary: Accept-Encoding, and decompress to the identity body, for every page and script", async ({ page, baseURL }) => {
    await page.goto("/");
    const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute("src");
    for (const path of [...PAGES, "/sitemap.xml", script!]) {
      const identity = await fetchRaw(baseURL + path, { "accept-encoding": "identity" });
      expect(identity.headers["content-encoding"], path).toBeUndefined();
      expect(identity.headers.vary, path).toMatch(/accept-encoding/i);
      for (const encoding of ["br", "gzip"] as const) {
        const compressed = await fetchRaw(baseURL + path, { "accept-encoding": encoding });
        expect(compressed.headers["content-encoding"], `${path} ${encoding}`).toBe(encoding);
        expect(compressed.headers.vary, `${path} ${encoding}`).toMatch(/accept-encoding/i);
        expect(DECOMPRESS[encoding](compressed.body).equals(identity.body), `${path} ${encoding}`).toBe(true);
      }
    }
  });
});

test.describe("cache headers", () => {
  test("pages are fully static: a CDN keeps them until the next deploy, promising no revalidation, and they answer 304 to their ETag", async ({ request }) => {
    for (const path of PAGES) {
      const response = await request.get(path);
      expect(response.headers()["cache-control"], path).toBe("s-maxage=31536000");
      const etag = response.headers().etag;
      expect(etag, path).toBeTruthy();
      expect((await request.get(path, { headers: { "If-None-Match": etag! } })).status(), path).toBe(304);
    }
  });

  test("a preview image at its hashed URL is kept for a year; at its plain URL it is revalidated", async ({ page, request }) => {
    for (const path of ["/", `/steps/${STEPS[0]!.slug}`, ARTICLE_PATH]) {
      await page.goto(path);
      const image = new URL((await page.locator('meta[property="og:image"]').getAttribute("content"))!);
      expect(image.search, path).not.toBe("");
      const hashed = await request.get(image.pathname + image.search);
      expect(hashed.status()).toBe(200);
      expect(hashed.headers()["cache-control"], image.href).toBe("public, max-age=31536000, immutable");
      expect((await request.get(image.pathname)).headers()["cache-control"], image.pathname).toBe("public, max-age=0, must-revalidate");
    }
  });

  test("an unknown step's image is a 404 that no cache keeps", async ({ request }) => {
    const response = await request.get("/steps/unknown/opengraph-image");
    expect(response.status()).toBe(404);
    expect(response.headers()["cache-control"]).toContain("no-store");
  });
});

test.describe("the standalone server", () => {
  test("with a damaged prerender manifest says so once, keeps running, and lets Next.js answer everything", async ({ baseURL }) => {
    test.slow();
    const port = Number(new URL(baseURL!).port) + 10;
    const server = startStandaloneCopy(port, (dir) => {
      const manifest = path.join(dir, ".next/prerender-manifest.json");
      writeFileSync(manifest, JSON.stringify({ ...JSON.parse(readFileSync(manifest, "utf8")), routes: "damaged" }));
    });
    try {
      await expect.poll(server.output, { timeout: 30_000 }).toContain("Page cache not filled");
      for (const pagePath of [...PAGES, "/steps/unknown"]) {
        const response = await fetchRaw(server.url + pagePath, { "accept-encoding": "br, gzip" });
        expect(response.status, pagePath).toBeLessThan(500);
        expect(response.body.length, pagePath).toBeGreaterThan(0);
      }
      expect(server.running()).toBe(true);
      expect(server.output().match(/Page cache not filled/g)).toHaveLength(1);
      expect(server.output()).not.toMatch(/unhandled|UnhandledPromiseRejection/i);
    } finally {
      await server.stop();
    }
  });
});
