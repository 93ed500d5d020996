// The sync API through real Request objects, against a real SQLite store.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { MAX_BODY_BYTES, RATE_LIMITS, SyncErrorSchema, SYNC_API_PATH } from "../protocol";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { createSyncHandler, hashToken, syncOffResponse, type SyncHandler } from "./handler";
import { StoreUnavailableError } from "./lazy-store";
import type { SyncStore } from "./store";
import { DAY_MS, envelopeOf, manualClock, sqliteBackend } from "./test-support/backends";

const TOKEN = "T0ken-for-the-tests_".padEnd(43, "x");
const OTHER_TOKEN = "another-token".padEnd(43, "y");
/** Text that must never reach a log: the tokens, and the ciphertext of every envelope sent. */
const SECRET_CIPHERTEXT = "secret note text";

const backend = sqliteBackend();
const clock = manualClock();
let store: SyncStore;
let handle: SyncHandler;
let logged: MockInstance[];

let vaultCount = 0;
function newVaultId() {
  vaultCount += 1;
  return `handler-vault${String(vaultCount).padStart(9, "0")}`;
}

type Options = { token?: string | null; headers?: Record<string, string>; body?: BodyInit; via?: SyncHandler };

/** Sends one request, by default from client 192.0.2.1 with the test's token, to `via` (the handler). */
function send(method: string, vaultId: string, { token = TOKEN, headers = {}, body, via = handle }: Options = {}) {
  const request = new Request(`http://localhost${SYNC_API_PATH}/${vaultId}`, {
    method,
    headers: { [CLIENT_ADDRESS_HEADER]: "192.0.2.1", ...(token === null ? {} : { Authorization: `Bearer ${token}` }), ...headers },
    body,
  });
  return via(request, vaultId);
}

async function create(vaultId: string, envelope = envelopeOf(SECRET_CIPHERTEXT)) {
  return send("PUT", vaultId, { headers: { "If-None-Match": "*" }, body: envelope });
}

async function errorOf(response: Response) {
  return SyncErrorSchema.parse(await response.json()).error;
}

/** A body of exactly `bytes` bytes that is a valid envelope. */
function envelopeOfSize(bytes: number) {
  const empty = envelopeOf("");
  return envelopeOf("", bytes - empty.length + JSON.parse(empty).ciphertext.length);
}

/** A body sent as a stream, so that it declares no Content-Length. */
function streamed(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let offset = 0; offset < bytes.length; offset += 64 * 1024) controller.enqueue(bytes.subarray(offset, offset + 64 * 1024));
      controller.close();
    },
  });
}

function sendStreamed(vaultId: string, body: ReadableStream<Uint8Array>) {
  // Node's fetch needs `duplex` for a streamed body; the DOM's RequestInit does not name it.
  const init = { method: "PUT", headers: { Authorization: `Bearer ${TOKEN}`, "If-None-Match": "*" }, body, duplex: "half" };
  return handle(new Request(`http://localhost${SYNC_API_PATH}/${vaultId}`, init), vaultId);
}

beforeAll(async () => {
  // Every console call of the file is kept, to be searched for secrets once all have run.
  logged = (["log", "info", "warn", "error", "debug"] as const).map((level) => vi.spyOn(console, level).mockImplementation(() => undefined));
  await backend.setUp();
  store = await backend.open(clock.now);
});
afterAll(async () => {
  await store.close();
  await backend.tearDown();
  // Every log line of the whole file, errors included, is free of tokens and envelopes.
  const text = logged.flatMap((spy) => spy.mock.calls.flat().map(String)).join("\n");
  expect(text).not.toContain(TOKEN);
  expect(text).not.toContain(OTHER_TOKEN);
  expect(text).not.toContain(Buffer.from(SECRET_CIPHERTEXT).toString("base64url"));
  vi.restoreAllMocks();
});
beforeEach(() => {
  handle = createSyncHandler({ acquireStore: async () => store, trustProxy: false, now: clock.nowMs });
});
afterEach(() => {
  clock.advance(RATE_LIMITS.windowSeconds * 1000);
});

describe("the sync API", () => {
  it("creates a vault, answers it with its ETag, and never lets a cache keep it", async () => {
    const id = newVaultId();
    const created = await create(id);
    expect(created.status).toBe(201);
    expect(created.headers.get("ETag")).toBe('"1"');

    const read = await send("GET", id);
    expect(read.status).toBe(200);
    expect(read.headers.get("ETag")).toBe('"1"');
    expect(read.headers.get("Content-Type")).toBe("application/json");
    expect(await read.text()).toBe(envelopeOf(SECRET_CIPHERTEXT));
    for (const response of [created, read]) {
      expect(response.headers.get("Cache-Control")).toBe("no-store");
      expect([...response.headers.keys()].filter((name) => name.startsWith("access-control-"))).toEqual([]);
    }
  });

  it("answers HEAD as GET", async () => {
    const id = newVaultId();
    await create(id);
    const head = await send("HEAD", id);
    expect(head.status).toBe(200);
    expect(head.headers.get("ETag")).toBe('"1"');
  });

  it("answers 304 to a GET naming the current version", async () => {
    const id = newVaultId();
    await create(id);
    const unchanged = await send("GET", id, { headers: { "If-None-Match": '"1"' } });
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get("ETag")).toBe('"1"');
    expect(unchanged.headers.get("Cache-Control")).toBe("no-store");
    expect((await send("GET", id, { headers: { "If-None-Match": '"7"' } })).status).toBe(200);
  });

  it("updates at the current version, and refuses a stale one with 412 and the current ETag", async () => {
    const id = newVaultId();
    await create(id);
    const updated = await send("PUT", id, { headers: { "If-Match": '"1"' }, body: envelopeOf("second") });
    expect(updated.status).toBe(200);
    expect(updated.headers.get("ETag")).toBe('"2"');

    const stale = await send("PUT", id, { headers: { "If-Match": '"1"' }, body: envelopeOf("stale") });
    expect(stale.status).toBe(412);
    expect(stale.headers.get("ETag")).toBe('"2"');
    expect(await errorOf(stale)).toBe("precondition-failed");
    expect(await (await send("GET", id)).text()).toBe(envelopeOf("second"));
  });

  it("refuses to create over an existing vault with 412", async () => {
    const id = newVaultId();
    await create(id);
    const again = await create(id, envelopeOf("again"));
    expect(again.status).toBe(412);
    expect(await (await send("GET", id)).text()).toBe(envelopeOf(SECRET_CIPHERTEXT));
  });

  it("answers a wrong token exactly as it answers a vault that does not exist", async () => {
    const id = newVaultId();
    await create(id);
    const missing = await send("GET", newVaultId());
    const wrong = await send("GET", id, { token: OTHER_TOKEN });
    expect(missing.status).toBe(404);
    expect(wrong.status).toBe(404);
    expect([...wrong.headers]).toEqual([...missing.headers]);
    expect(await wrong.text()).toBe(await missing.text());

    for (const attempt of [
      () => send("PUT", id, { token: OTHER_TOKEN, headers: { "If-Match": '"1"' }, body: envelopeOf("theirs") }),
      () => send("PUT", id, { token: OTHER_TOKEN, headers: { "If-None-Match": "*" }, body: envelopeOf("theirs") }),
      () => send("DELETE", id, { token: OTHER_TOKEN }),
    ]) {
      const answer = await attempt();
      expect(answer.status).toBe(404);
      expect(await errorOf(answer)).toBe("not-found");
    }
    expect(await (await send("GET", id)).text()).toBe(envelopeOf(SECRET_CIPHERTEXT));
  });

  it("answers 401 without a token or with one that is not a token", async () => {
    const id = newVaultId();
    await create(id);
    for (const authorization of [null, "Basic dXNlcjpwYXNz", `Bearer ${TOKEN}x`, "Bearer short", "Bearer"]) {
      const answer = await send("GET", id, { token: null, headers: authorization ? { Authorization: authorization } : {} });
      expect(answer.status).toBe(401);
      expect(answer.headers.get("WWW-Authenticate")).toBe("Bearer");
      expect(await errorOf(answer)).toBe("unauthorized");
    }
  });

  it("answers 400 to a vault id that is not one", async () => {
    for (const id of ["short", "x".repeat(23), "has space in it okay!!", "..%2F..%2Fetc%2Fpasswd"]) {
      expect((await send("GET", id)).status).toBe(400);
    }
  });

  it("deletes with 204, after which the vault is not found", async () => {
    const id = newVaultId();
    await create(id);
    const deleted = await send("DELETE", id);
    expect(deleted.status).toBe(204);
    expect(deleted.headers.get("Cache-Control")).toBe("no-store");
    expect((await send("GET", id)).status).toBe(404);
    expect((await send("DELETE", id)).status).toBe(404);
  });

  it("needs exactly one precondition on PUT, well formed", async () => {
    const id = newVaultId();
    const body = envelopeOf("x");
    const missing = await send("PUT", id, { body });
    expect(missing.status).toBe(428);
    expect(await errorOf(missing)).toBe("precondition-required");
    const malformed: Record<string, string>[] = [{ "If-Match": '"1"', "If-None-Match": "*" }, { "If-None-Match": '"1"' }, { "If-Match": "*" }, { "If-Match": 'W/"1"' }, { "If-Match": "1" }];
    for (const headers of malformed) {
      expect((await send("PUT", id, { headers, body })).status).toBe(400);
    }
    expect((await send("GET", id)).status).toBe(404);
  });

  it("accepts a body of exactly MAX_BODY_BYTES and refuses one byte more with 413, declared or streamed", async () => {
    const exact = envelopeOfSize(MAX_BODY_BYTES);
    const over = envelopeOfSize(MAX_BODY_BYTES + 1);
    expect(Buffer.byteLength(exact)).toBe(MAX_BODY_BYTES);
    expect(Buffer.byteLength(over)).toBe(MAX_BODY_BYTES + 1);

    expect((await create(newVaultId(), exact)).status).toBe(201);
    const declared = await create(newVaultId(), over);
    expect(declared.status).toBe(413);
    expect(await errorOf(declared)).toBe("too-large");
    const overStreamed = await sendStreamed(newVaultId(), streamed(over));
    expect(overStreamed.status).toBe(413);
    expect((await sendStreamed(newVaultId(), streamed(exact))).status).toBe(201);
  });

  it("refuses with 400 a body that is not JSON, not UTF-8, or not an envelope, and stores nothing", async () => {
    const id = newVaultId();
    const bodies: BodyInit[] = [
      "{not json",
      "",
      new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
      JSON.stringify({ v: 2, iv: "AAAAAAAAAAAAAAAA", ciphertext: "AAAA" }),
      JSON.stringify({ v: 1, iv: "short", ciphertext: "AAAA" }),
      JSON.stringify({ v: 1, iv: "AAAAAAAAAAAAAAAA", ciphertext: "not base64url!" }),
      JSON.stringify([1, 2, 3]),
    ];
    for (const body of bodies) {
      const answer = await send("PUT", id, { headers: { "If-None-Match": "*" }, body });
      expect(answer.status).toBe(400);
      expect(await errorOf(answer)).toBe("bad-request");
    }
    expect(await store.get(id)).toBeNull();
  });

  it("keeps only the envelope's own fields", async () => {
    const id = newVaultId();
    await create(id, JSON.stringify({ ...JSON.parse(envelopeOf("x")), extra: "dropped" }));
    expect(await (await send("GET", id)).json()).toEqual(JSON.parse(envelopeOf("x")));
  });

  it("stores the token only as its SHA-256", async () => {
    const id = newVaultId();
    await create(id);
    expect((await store.get(id))?.tokenHash).toBe(hashToken(TOKEN));
    expect(hashToken(TOKEN)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("records a read for retention at most once a day", async () => {
    const id = newVaultId();
    await create(id);
    const created = clock.now();
    clock.advance(DAY_MS - 1);
    await send("GET", id);
    expect((await store.get(id))?.accessedAt).toEqual(created);
    clock.advance(1);
    await send("GET", id);
    expect((await store.get(id))?.accessedAt).toEqual(clock.now());
    // A wrong token is no read.
    clock.advance(2 * DAY_MS);
    await send("GET", id, { token: OTHER_TOKEN });
    expect((await store.get(id))?.accessedAt).toEqual(new Date(clock.nowMs() - 2 * DAY_MS));
  });

  it(`answers 429 with Retry-After past ${RATE_LIMITS.perVault} requests a minute for one vault, existing or not`, async () => {
    const id = newVaultId();
    await create(id);
    for (let index = 1; index < RATE_LIMITS.perVault; index += 1) expect((await send("GET", id)).status).toBe(200);
    const over = await send("GET", id);
    expect(over.status).toBe(429);
    expect(over.headers.get("Retry-After")).toBe("60");
    expect(await errorOf(over)).toBe("rate-limited");
    // Another client is limited on this vault too, and other vaults are not.
    expect((await send("GET", id, { headers: { [CLIENT_ADDRESS_HEADER]: "192.0.2.99" } })).status).toBe(429);
    expect((await send("GET", newVaultId())).status).toBe(404);

    const missing = newVaultId();
    for (let index = 0; index < RATE_LIMITS.perVault; index += 1) await send("GET", missing, { token: null });
    expect((await send("GET", missing)).status).toBe(429);

    clock.advance(30_000);
    expect((await send("GET", id)).headers.get("Retry-After")).toBe("30");
    clock.advance(30_000);
    expect((await send("GET", id)).status).toBe(200);
  });

  it(`answers 429 past ${RATE_LIMITS.perClient} requests a minute from one client, whose address a client cannot forge`, async () => {
    const spoofed = (index: number) => ({ "X-Forwarded-For": `198.51.100.${index % 250}` });
    for (let index = 0; index < RATE_LIMITS.perClient; index += 1) {
      expect((await send("GET", newVaultId(), { token: null, headers: spoofed(index) })).status).toBe(401);
    }
    const over = await send("GET", newVaultId(), { headers: spoofed(1) });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await send("GET", newVaultId(), { headers: { [CLIENT_ADDRESS_HEADER]: "192.0.2.2" } })).status).toBe(404);
  });

  it("behind a trusted proxy, limits each client by the first X-Forwarded-For entry", async () => {
    const proxied = createSyncHandler({ acquireStore: async () => store, trustProxy: true, now: clock.nowMs });
    const from = (address: string) => ({ "X-Forwarded-For": `${address}, 10.0.0.1` });
    for (let index = 0; index < RATE_LIMITS.perClient; index += 1) await send("GET", newVaultId(), { token: null, headers: from("203.0.113.5"), via: proxied });
    expect((await send("GET", newVaultId(), { headers: from("203.0.113.5"), via: proxied })).status).toBe(429);
    expect((await send("GET", newVaultId(), { headers: from("203.0.113.6"), via: proxied })).status).toBe(404);
  });

  it("answers 503 with Retry-After while the store is unavailable, and when a query fails", async () => {
    const down = createSyncHandler({ acquireStore: async () => Promise.reject(new StoreUnavailableError(4)), trustProxy: false, now: clock.nowMs });
    const answer = await send("GET", newVaultId(), { via: down });
    expect(answer.status).toBe(503);
    expect(answer.headers.get("Retry-After")).toBe("4");
    expect(await errorOf(answer)).toBe("unavailable");

    const failing: SyncStore = { ...store, put: async () => Promise.reject(new Error("SQLITE_FULL: database or disk is full")) };
    const broken = createSyncHandler({ acquireStore: async () => failing, trustProxy: false, now: clock.nowMs });
    const failed = await send("PUT", newVaultId(), { headers: { "If-None-Match": "*" }, body: envelopeOf(SECRET_CIPHERTEXT), via: broken });
    expect(failed.status).toBe(503);
    expect(failed.headers.get("Retry-After")).toBe("5");
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining("disk is full"));
  });

  it("answers 405 to other methods, and 404 'sync-off' when sync is off", async () => {
    const answer = await send("POST", newVaultId());
    expect(answer.status).toBe(405);
    expect(answer.headers.get("Allow")).toBe("GET, HEAD, PUT, DELETE");
    const off = syncOffResponse();
    expect(off.status).toBe(404);
    expect(off.headers.get("Cache-Control")).toBe("no-store");
    expect(await errorOf(off)).toBe("sync-off");
  });
});
