import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cacheKey, chooseEncoding, createEntry, createPageCache, etagMatches, previewImagePaths, respond, withVary } from "./page-cache.mjs";

const html = Buffer.from("<!DOCTYPE html><h1>Roadmap</h1>".repeat(50));

describe("createEntry", async () => {
  const entry = await createEntry(
    { "Content-Type": "text/html; charset=utf-8", ETag: '"abc"', "Content-Length": "1550", Date: "x", Connection: "keep-alive", "X-Frame-Options": "DENY" },
    html,
  );

  it("keeps the resource's headers, drops those of the transfer, and says the body varies with Accept-Encoding", () => {
    expect(entry.headers).toEqual({ "content-type": "text/html; charset=utf-8", etag: '"abc"', "x-frame-options": "DENY", vary: "Accept-Encoding" });
    expect(entry.etag).toBe('"abc"');
  });

  it("compresses text once, to the same bytes", () => {
    expect(gunzipSync(entry.bodies.gzip!)).toEqual(html);
    expect(brotliDecompressSync(entry.bodies.br!)).toEqual(html);
    expect(entry.bodies.br!.length).toBeLessThan(html.length);
  });

  it("leaves images uncompressed", async () => {
    const png = Buffer.from([1, 2, 3]);
    expect((await createEntry({ "content-type": "image/png" }, png)).bodies).toEqual({ identity: png });
  });
});

describe("chooseEncoding", () => {
  const both = { identity: html, gzip: html, br: html };
  it.each([
    ["gzip, deflate, br", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["identity", "identity"],
    [undefined, "identity"],
    ["*", "br"],
    ["gzip;q=0", "identity"],
  ])("%j gets %s", (accept, expected) => {
    expect(chooseEncoding(accept, both)).toBe(expected);
  });

  it("sends identity when nothing else is held", () => {
    expect(chooseEncoding("br, gzip", { identity: html })).toBe("identity");
  });
});

describe("etagMatches", () => {
  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ["*", true],
    ['"abd"', false],
    [undefined, false],
  ])("If-None-Match %j", (header, expected) => {
    expect(etagMatches(header, '"abc"')).toBe(expected);
  });
});

describe("withVary", () => {
  it.each([
    [undefined, "Accept-Encoding"],
    ["rsc, next-router-state-tree", "rsc, next-router-state-tree, Accept-Encoding"],
    ["rsc, accept-encoding", "rsc, accept-encoding"],
    [["rsc", "Next-Router-Prefetch"], "rsc, Next-Router-Prefetch, Accept-Encoding"],
  ])("adds Accept-Encoding to %j once", (vary, expected) => {
    expect(withVary(vary, "Accept-Encoding")).toBe(expected);
  });
});

describe("previewImagePaths", () => {
  it("finds the hashed og:image and twitter:image URLs of a page", () => {
    const page = '<meta property="og:image" content="https://example.com/steps/a/opengraph-image?1a2b"/><meta name="twitter:image" content="https://example.com/opengraph-image?3c4d&amp;x=1"/><meta property="og:image:alt" content="x"/>';
    expect(previewImagePaths(page)).toEqual(["/steps/a/opengraph-image?1a2b", "/opengraph-image?3c4d&x=1"]);
  });
});

describe("cacheKey", () => {
  it("answers plain GET and HEAD requests for a path and query as requested", () => {
    expect(cacheKey({ method: "GET", url: "/steps/foundations", headers: {} })).toBe("/steps/foundations");
    expect(cacheKey({ method: "HEAD", url: "/", headers: {} })).toBe("/");
    expect(cacheKey({ method: "GET", url: "/opengraph-image?1a2b", headers: {} })).toBe("/opengraph-image?1a2b");
  });

  it.each([
    ["a POST", { method: "POST", url: "/", headers: {} }],
    ["an RSC request", { method: "GET", url: "/", headers: { rsc: "1" } }],
    ["a prefetch", { method: "GET", url: "/", headers: { "next-router-prefetch": "1" } }],
  ])("leaves %s to Next.js", (_, request) => {
    expect(cacheKey(request)).toBeNull();
  });
});

describe("respond", async () => {
  const entry = await createEntry({ "content-type": "text/html", etag: '"abc"', "cache-control": "s-maxage=60" }, html);

  /** Runs respond() against a minimal request and a response that records what was sent. */
  function answer(method: string, headers: Record<string, string>) {
    const sent: { status?: number; headers?: Record<string, unknown>; body?: Buffer } = {};
    const response = {
      writeHead(status: number, responseHeaders: Record<string, unknown>) {
        sent.status = status;
        sent.headers = responseHeaders;
      },
      end(body?: Buffer) {
        sent.body = body;
      },
    };
    respond({ method, headers } as never, response as never, entry);
    return sent;
  }

  it("sends the best encoding with its length and the stored headers", () => {
    const sent = answer("GET", { "accept-encoding": "gzip, br" });
    expect(sent.status).toBe(200);
    expect(sent.headers).toMatchObject({ "content-encoding": "br", "content-length": entry.bodies.br!.length, etag: '"abc"', "cache-control": "s-maxage=60" });
    expect(sent.body).toBe(entry.bodies.br);
  });

  it("sends identity without a content-encoding header", () => {
    const sent = answer("GET", {});
    expect(sent.headers?.["content-encoding"]).toBeUndefined();
    expect(sent.body).toBe(html);
  });

  it("answers HEAD with the headers and no body", () => {
    const sent = answer("HEAD", { "accept-encoding": "gzip" });
    expect(sent.status).toBe(200);
    expect(sent.headers?.["content-length"]).toBe(entry.bodies.gzip!.length);
    expect(sent.body).toBeUndefined();
  });

  it("answers 304 without a body to a matching If-None-Match", () => {
    const sent = answer("GET", { "if-none-match": '"abc"' });
    expect(sent.status).toBe(304);
    expect(sent.headers).toMatchObject({ etag: '"abc"', "cache-control": "s-maxage=60" });
    expect(sent.body).toBeUndefined();
  });
});

describe("createPageCache", () => {
  /** A standalone folder with a prerender manifest and one static file, and a stand-in for Next.js serving them. */
  let dir: string;
  let origin: string;
  let next: http.Server;
  /** How many of the next answers for "/" Next.js marks STALE, as it does while it regenerates a page. */
  let staleAnswers = 0;
  const page = '<!DOCTYPE html><meta property="og:image" content="https://example.com/opengraph-image?1a2b"/><h1>Roadmap</h1>';

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "page-cache-"));
    fs.mkdirSync(path.join(dir, ".next/static/chunks"), { recursive: true });
    fs.writeFileSync(path.join(dir, ".next/static/chunks/app.js"), "console.log(1)");
    next = http.createServer((request, response) => {
      const bodies: Record<string, [string, string]> = {
        "/": ["text/html; charset=utf-8", page],
        "/opengraph-image": ["image/png", "png"],
        "/_next/static/chunks/app.js": ["application/javascript", "console.log(1)"],
      };
      // A page that never answers, for the fill's timeout.
      if (request.url === "/stuck") return;
      const found = bodies[request.url ?? ""];
      const stale = request.url === "/" && staleAnswers > 0;
      if (stale) staleAnswers--;
      response.writeHead(found ? 200 : 404, {
        "content-type": found?.[0] ?? "text/plain",
        "cache-control": "public, max-age=0, must-revalidate",
        vary: "rsc",
        ...(stale && { "x-nextjs-cache": "STALE" }),
      });
      response.end(found?.[1] ?? "not found");
    });
    await new Promise<void>((resolve) => next.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(next.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => next.close(resolve)));

  function writeManifest(text: string) {
    fs.writeFileSync(path.join(dir, ".next/prerender-manifest.json"), text);
  }

  /** Runs answer() against a minimal request, recording what was sent. */
  function ask(cache: ReturnType<typeof createPageCache>, url: string) {
    const sent: { status?: number; headers?: Record<string, unknown> } = {};
    const response = { writeHead: (status: number, headers: Record<string, unknown>) => Object.assign(sent, { status, headers }), end: () => {} };
    return { answered: cache.answer({ method: "GET", url, headers: { "accept-encoding": "br" } } as never, response as never), ...sent };
  }

  it("holds every prerendered page and static file, and each preview image at its hashed URL for a year", async () => {
    writeManifest(JSON.stringify({ routes: { "/": {}, "/opengraph-image": {}, "/missing": {} } }));
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const cache = createPageCache(dir);
    await cache.fill(origin);
    expect(log).toHaveBeenCalledWith(expect.stringContaining("Page cache ready: 4 responses"));
    log.mockRestore();
    expect(ask(cache, "/")).toMatchObject({ answered: true, status: 200, headers: { "content-encoding": "br", vary: "rsc, Accept-Encoding" } });
    expect(ask(cache, "/_next/static/chunks/app.js").answered).toBe(true);
    expect(ask(cache, "/opengraph-image")).toMatchObject({ answered: true, headers: { "cache-control": "public, max-age=0, must-revalidate" } });
    expect(ask(cache, "/opengraph-image?1a2b")).toMatchObject({ answered: true, headers: { "cache-control": "public, max-age=31536000, immutable" } });
    // Not a 200 from Next.js, or a hash it did not publish: left to Next.js.
    expect(ask(cache, "/missing").answered).toBe(false);
    expect(ask(cache, "/opengraph-image?other").answered).toBe(false);
  });

  it("says which paths it left to Next.js, and why, giving up on a path that does not answer in time", async () => {
    writeManifest(JSON.stringify({ routes: { "/": {}, "/missing": {}, "/stuck": {} } }));
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const cache = createPageCache(dir, { timeoutMs: 300 });
    await cache.fill(origin);
    expect(log).toHaveBeenCalledWith(expect.stringContaining("Page cache ready: 2 responses"));
    expect(log).toHaveBeenCalledWith("Page cache left 2 to Next.js: /missing (status 404), /stuck (no answer within 0.3 s)");
    log.mockRestore();
    expect(ask(cache, "/").answered).toBe(true);
    expect(ask(cache, "/stuck").answered).toBe(false);
  });

  it("holds a route that declares revalidate only that long, then lets Next.js answer while it asks again", async () => {
    writeManifest(JSON.stringify({ routes: { "/": { initialRevalidateSeconds: 60 }, "/opengraph-image": { initialRevalidateSeconds: false } } }));
    let clock = 1_000_000;
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const cache = createPageCache(dir, { now: () => clock });
    await cache.fill(origin);
    expect(log).toHaveBeenCalledWith(expect.stringContaining("1 of them refreshed as their routes' revalidate says"));
    log.mockRestore();
    clock += 59_000;
    expect(ask(cache, "/").answered).toBe(true);
    clock += 1_000;
    expect(ask(cache, "/").answered).toBe(false);
    expect(ask(cache, "/opengraph-image").answered).toBe(true);
    // Asked again in the background, it is held for another 60 s.
    await vi.waitFor(() => expect(ask(cache, "/").answered).toBe(true));
    clock += 60_000;
    expect(ask(cache, "/").answered).toBe(false);
  });

  it("does not hold a page Next.js is still regenerating, and asks for it again on the next request", async () => {
    writeManifest(JSON.stringify({ routes: { "/": { initialRevalidateSeconds: 60 } } }));
    let clock = 1_000_000;
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const cache = createPageCache(dir, { now: () => clock });
    await cache.fill(origin);
    log.mockRestore();
    clock += 60_000;
    staleAnswers = 1;
    expect(ask(cache, "/").answered).toBe(false);
    await vi.waitFor(() => expect(staleAnswers).toBe(0));
    // The stale answer was not kept; the next request asks again and gets the regenerated page.
    expect(ask(cache, "/").answered).toBe(false);
    await vi.waitFor(() => expect(ask(cache, "/").answered).toBe(true));
  });

  it.each([
    ["not JSON", '{"routes": '],
    ["without routes", '{"version": 4}'],
    ["with routes that are not an object", '{"routes": "damaged"}'],
  ])("with a prerender manifest %s, says so once and leaves every request to Next.js", async (_, manifest) => {
    writeManifest(manifest);
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const cache = createPageCache(dir);
    await expect(cache.fill(origin)).resolves.toBeUndefined();
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]?.[0]).toMatch(/^Page cache not filled, so Next.js answers every request: /);
    error.mockRestore();
    expect(ask(cache, "/").answered).toBe(false);
  });
});
