import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "./client-address";
import { createRateLimiter } from "./rate-limit";

describe("createRateLimiter", () => {
  it("allows `limit` requests per window per key, then says when the window ends", () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000 });
    for (let index = 0; index < 3; index += 1) expect(limiter.hit("a", 1000)).toEqual({ ok: true });
    expect(limiter.hit("a", 1000)).toEqual({ ok: false, retryAfterSeconds: 60 });
    expect(limiter.hit("a", 31_500)).toEqual({ ok: false, retryAfterSeconds: 30 });
    expect(limiter.hit("b", 31_500)).toEqual({ ok: true });
    expect(limiter.hit("a", 61_000)).toEqual({ ok: true });
  });

  it("keeps at most maxKeys windows, dropping the oldest", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 2 });
    limiter.hit("a", 0);
    limiter.hit("b", 1);
    expect(limiter.hit("a", 2).ok).toBe(false);
    limiter.hit("c", 3);
    // "a" was the oldest window, so it was dropped and starts afresh.
    expect(limiter.hit("a", 4)).toEqual({ ok: true });
  });
});

describe("clientAddress", () => {
  const headers = new Headers({ [CLIENT_ADDRESS_HEADER]: "10.0.0.1", "x-forwarded-for": "203.0.113.7, 10.0.0.2" });

  it("takes the address our server set, never X-Forwarded-For, unless the proxy is trusted", () => {
    expect(clientAddress(headers, false)).toBe("10.0.0.1");
    expect(clientAddress(headers, true)).toBe("203.0.113.7");
    expect(clientAddress(new Headers(), false)).toBeNull();
    expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "10.0.0.1" }), true)).toBeNull();
  });

  it("names the header scripts/server.mjs sets from the socket", () => {
    const server = readFileSync(path.join(import.meta.dirname, "../../../scripts/server.mjs"), "utf8");
    expect(server).toContain(`"${CLIENT_ADDRESS_HEADER}"`);
  });
});
