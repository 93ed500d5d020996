import { randomBytes } from "node:crypto";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { MAX_BODY_BYTES, RATE_LIMITS, SYNC_API_PATH } from "../lib/sync/protocol";
import { expect, test } from "./fixtures";
import { serversUnderTest } from "./sync-fixtures";

// The sync API as any client sees it, with Playwright's request fixture: each test on vaults of its
// own (random ids and tokens, as the server cannot tell them from derived ones), and every answer
// checked for what every answer must carry. The per-client limit (RATE_LIMITS.perClient a minute from
// 127.0.0.1) is shared with every other spec that syncs, so this file sends few requests beyond the
// one burst that must cross the per-vault limit.

const base64url = (bytes: number) => randomBytes(bytes).toString("base64url");
const newVault = () => ({ id: base64url(16), token: base64url(32) });
type Vault = ReturnType<typeof newVault>;

const envelope = (ciphertextLength = 64) => ({ v: 1, iv: base64url(12), ciphertext: "A".repeat(ciphertextLength) });

/** Whatever the answer, it is never cached and never readable by another origin's script. */
function expectSafeHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["cache-control"], `Cache-Control of ${response.status()} ${response.url()}`).toBe("no-store");
  expect(headers["access-control-allow-origin"], `Access-Control-Allow-Origin of ${response.status()} ${response.url()}`).toBeUndefined();
}

interface Call {
  method?: "GET" | "PUT" | "DELETE" | "HEAD" | "OPTIONS" | "POST";
  token?: string | null;
  headers?: Record<string, string>;
  data?: string | Buffer;
}

async function call(request: APIRequestContext, vault: Vault, { method = "GET", token = vault.token, headers = {}, data }: Call = {}) {
  const response = await request.fetch(`${SYNC_API_PATH}/${vault.id}`, {
    method,
    headers: { ...(token !== null && { Authorization: `Bearer ${token}` }), ...headers },
    ...(data !== undefined && { data }),
  });
  expectSafeHeaders(response);
  return response;
}

/** Creates the vault with a first envelope; returns its ETag. */
async function create(request: APIRequestContext, vault: Vault, body = envelope()) {
  const response = await call(request, vault, { method: "PUT", headers: { "If-None-Match": "*", "Content-Type": "application/json" }, data: JSON.stringify(body) });
  expect(response.status()).toBe(201);
  return response.headers().etag!;
}

async function errorOf(response: APIResponse) {
  return ((await response.json()) as { error: string }).error;
}

test.describe("the sync API", () => {
  test("keeps a vault: created once, read back with its version, updated If-Match, unchanged answered 304", async ({ request }) => {
    const vault = newVault();
    const first = envelope();
    expect(await create(request, vault, first)).toBe('"1"');
    const read = await call(request, vault);
    expect(read.status()).toBe(200);
    expect(read.headers().etag).toBe('"1"');
    expect(await read.json()).toEqual(first);
    expect((await call(request, vault, { headers: { "If-None-Match": '"1"' } })).status()).toBe(304);
    const again = await call(request, vault, { method: "PUT", headers: { "If-None-Match": "*" }, data: JSON.stringify(envelope()) });
    expect(again.status()).toBe(412);
    const second = envelope(80);
    const updated = await call(request, vault, { method: "PUT", headers: { "If-Match": '"1"' }, data: JSON.stringify(second) });
    expect(updated.status()).toBe(200);
    expect(updated.headers().etag).toBe('"2"');
    expect(await (await call(request, vault)).json()).toEqual(second);
  });

  test("a wrong token is answered as a vault that does not exist, and changes nothing", async ({ request }) => {
    const vault = newVault();
    await create(request, vault);
    const wrong = base64url(32);
    for (const method of ["GET", "DELETE"] as const) {
      const response = await call(request, vault, { method, token: wrong });
      expect(response.status(), method).toBe(404);
      expect(await errorOf(response)).toBe("not-found");
    }
    const put = await call(request, vault, { method: "PUT", token: wrong, headers: { "If-Match": '"1"' }, data: JSON.stringify(envelope()) });
    expect(put.status()).toBe(404);
    expect(await errorOf(put)).toBe("not-found");
    // The same answer as for a vault nobody made.
    const nobody = await call(request, newVault());
    expect([nobody.status(), await errorOf(nobody)]).toEqual([404, "not-found"]);
    // The vault is as it was.
    const read = await call(request, vault);
    expect([read.status(), read.headers().etag]).toEqual([200, '"1"']);
  });

  test("a missing or malformed token is refused with 401 before anything is read", async ({ request }) => {
    const vault = newVault();
    await create(request, vault);
    for (const method of ["GET", "PUT", "DELETE"] as const) {
      const response = await call(request, vault, { method, token: null, headers: { "If-Match": '"1"' }, ...(method === "PUT" && { data: JSON.stringify(envelope()) }) });
      expect(response.status(), method).toBe(401);
      expect(response.headers()["www-authenticate"]).toBe("Bearer");
      expect(await errorOf(response)).toBe("unauthorized");
    }
    for (const authorization of [`Basic ${vault.token}`, "Bearer too-short", `Bearer ${vault.token}x`]) {
      const response = await call(request, vault, { token: null, headers: { Authorization: authorization } });
      expect(response.status(), authorization).toBe(401);
    }
    expect((await call(request, vault)).status()).toBe(200);
  });

  test(`takes a body of ${MAX_BODY_BYTES} bytes and refuses one byte more with 413`, async ({ request }) => {
    const vault = newVault();
    const shell = JSON.stringify(envelope(0));
    const largest = envelope(MAX_BODY_BYTES - shell.length);
    expect(Buffer.byteLength(JSON.stringify(largest))).toBe(MAX_BODY_BYTES);
    const tooLarge = JSON.stringify(envelope(MAX_BODY_BYTES - shell.length + 1));
    expect(Buffer.byteLength(tooLarge)).toBe(MAX_BODY_BYTES + 1);

    const refused = await call(request, vault, { method: "PUT", headers: { "If-None-Match": "*" }, data: tooLarge });
    expect(refused.status()).toBe(413);
    expect(await errorOf(refused)).toBe("too-large");
    expect((await call(request, vault)).status()).toBe(404);
    expect(await create(request, vault, largest)).toBe('"1"');
    const updated = await call(request, vault, { method: "PUT", headers: { "If-Match": '"1"' }, data: tooLarge });
    expect(updated.status()).toBe(413);
    expect((await call(request, vault)).headers().etag).toBe('"1"');
  });

  test("a body that is not JSON, or not an envelope, is refused with 400", async ({ request }) => {
    const vault = newVault();
    const bodies = ['{"v":1,"iv":', "not json", JSON.stringify({ ...envelope(), v: 2 }), JSON.stringify({ ...envelope(), iv: "short" }), JSON.stringify({ ...envelope(), ciphertext: "not base64url!" }), ""];
    for (const data of bodies) {
      const response = await call(request, vault, { method: "PUT", headers: { "If-None-Match": "*", "Content-Type": "application/json" }, data });
      expect(response.status(), data).toBe(400);
      expect(await errorOf(response)).toBe("bad-request");
    }
    expect((await call(request, vault)).status()).toBe(404);
    const stored = await call(request, newVault(), { method: "PUT", headers: { "If-None-Match": "*" }, data: JSON.stringify({ ...envelope(), extra: "dropped" }) });
    expect(stored.status()).toBe(201);
  });

  test("a PUT against a stale version is refused with 412 and the current version, and changes nothing", async ({ request }) => {
    const vault = newVault();
    await create(request, vault);
    const second = envelope(96);
    expect((await call(request, vault, { method: "PUT", headers: { "If-Match": '"1"' }, data: JSON.stringify(second) })).status()).toBe(200);
    const stale = await call(request, vault, { method: "PUT", headers: { "If-Match": '"1"' }, data: JSON.stringify(envelope()) });
    expect(stale.status()).toBe(412);
    expect(await errorOf(stale)).toBe("precondition-failed");
    expect(stale.headers().etag).toBe('"2"');
    expect(await (await call(request, vault)).json()).toEqual(second);
    // A PUT that states no version at all is refused too.
    const unconditional = await call(request, vault, { method: "PUT", data: JSON.stringify(envelope()) });
    expect([unconditional.status(), await errorOf(unconditional)]).toEqual([428, "precondition-required"]);
  });

  test(`more than ${RATE_LIMITS.perVault} requests a minute to one vault are answered 429 with Retry-After`, async ({ request }, testInfo) => {
    // Each server counts for itself (lib/sync/server/rate-limit.ts): behind the round-robin proxy a
    // vault's requests are shared between the servers, so the limit is crossed by the time every
    // one of them has had its fill.
    const { appServers } = await serversUnderTest(testInfo);
    testInfo.annotations.push({ type: "app servers", description: String(appServers) });
    const vault = newVault();
    const most = RATE_LIMITS.perVault * appServers + 1;
    let answered = 0;
    let limited: APIResponse | null = null;
    // Without a token: counted like any other, and answered 401 without touching the store.
    while (!limited && answered < most) {
      const response = await call(request, vault, { token: null });
      answered += 1;
      if (response.status() === 429) limited = response;
      else expect(response.status()).toBe(401);
    }
    expect(limited, `a 429 within ${most} requests`).not.toBeNull();
    expect(answered).toBeGreaterThan(RATE_LIMITS.perVault);
    if (appServers === 1) expect(answered).toBe(RATE_LIMITS.perVault + 1);
    expect(await errorOf(limited!)).toBe("rate-limited");
    const retryAfter = Number(limited!.headers()["retry-after"]);
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(RATE_LIMITS.windowSeconds);
    // Another vault is not held back.
    expect((await call(request, newVault(), { token: null })).status()).toBe(401);
  });

  test("answers another origin's preflight and requests without any CORS permission", async ({ request }) => {
    const vault = newVault();
    await create(request, vault);
    const origin = { Origin: "https://elsewhere.example" };
    const preflight = await request.fetch(`${SYNC_API_PATH}/${vault.id}`, {
      method: "OPTIONS",
      headers: { ...origin, "Access-Control-Request-Method": "PUT", "Access-Control-Request-Headers": "authorization, if-match" },
    });
    expect(preflight.headers()["access-control-allow-origin"]).toBeUndefined();
    expect(preflight.headers()["access-control-allow-methods"]).toBeUndefined();
    expect(preflight.headers()["access-control-allow-headers"]).toBeUndefined();
    const read = await call(request, vault, { headers: origin });
    expect(read.status()).toBe(200);
    const removed = await call(request, vault, { method: "DELETE", headers: origin });
    expect(removed.status()).toBe(204);
    expect((await call(request, vault, { method: "DELETE" })).status()).toBe(404);
  });
});
