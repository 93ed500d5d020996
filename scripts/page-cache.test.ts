import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { cacheKey, chooseEncoding, createEntry, etagMatches } from "./page-cache.mjs";

const html = Buffer.from("<!DOCTYPE html><h1>Roadmap</h1>".repeat(50));

describe("createEntry", () => {
  const entry = createEntry({ "Content-Type": "text/html; charset=utf-8", ETag: '"abc"', "Content-Length": "1550", Date: "x", Connection: "keep-alive", "X-Frame-Options": "DENY" }, html);

  it("keeps the resource's headers and drops those of the transfer", () => {
    expect(entry.headers).toEqual({ "content-type": "text/html; charset=utf-8", etag: '"abc"', "x-frame-options": "DENY" });
    expect(entry.etag).toBe('"abc"');
  });

  it("compresses text once, to the same bytes", () => {
    expect(gunzipSync(entry.bodies.gzip!)).toEqual(html);
    expect(entry.bodies.br!.length).toBeLessThan(html.length);
  });

  it("leaves images uncompressed", () => {
    expect(createEntry({ "content-type": "image/png" }, Buffer.from([1, 2, 3])).bodies).toEqual({ identity: Buffer.from([1, 2, 3]) });
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
