import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { cacheKey, chooseEncoding, createEntry, etagMatches, respond } from "./page-cache.mjs";

const html = Buffer.from("<!DOCTYPE html><h1>Roadmap</h1>".repeat(50));

describe("createEntry", async () => {
  const entry = await createEntry(
    { "Content-Type": "text/html; charset=utf-8", ETag: '"abc"', "Content-Length": "1550", Date: "x", Connection: "keep-alive", "X-Frame-Options": "DENY" },
    html,
  );

  it("keeps the resource's headers and drops those of the transfer", () => {
    expect(entry.headers).toEqual({ "content-type": "text/html; charset=utf-8", etag: '"abc"', "x-frame-options": "DENY" });
    expect(entry.etag).toBe('"abc"');
  });

  it("compresses text once, to the same bytes", () => {
    expect(gunzipSync(entry.bodies.gzip!)).toEqual(html);
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

describe("cacheKey", () => {
  it("answers plain GET and HEAD requests for a path", () => {
    expect(cacheKey({ method: "GET", url: "/steps/foundations", headers: {} })).toBe("/steps/foundations");
    expect(cacheKey({ method: "HEAD", url: "/", headers: {} })).toBe("/");
  });

  it.each([
    ["a POST", { method: "POST", url: "/", headers: {} }],
    ["a query string", { method: "GET", url: "/?_rsc=1", headers: {} }],
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
