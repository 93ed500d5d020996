// The sync API (the protocol in ../protocol.ts) as a function of a Request and the vault id in its
// path, to a Response: what the route handlers in app/api/sync/ call, and what the tests call without
// Next.js. The server keeps ciphertext it cannot read and checks only what it can: the vault id, the
// token (as its SHA-256, compared in constant time), the envelope's shape and size, and versions.
// Neither a token nor a body is ever logged.
import { createHash, timingSafeEqual } from "node:crypto";
import {
  MAX_BODY_BYTES,
  RATE_LIMITS,
  SyncEnvelopeSchema,
  TOKEN_PATTERN,
  VAULT_ID_PATTERN,
  versionOfTag,
  versionTag,
  type SyncError,
} from "../protocol";
import { clientAddress } from "./client-address";
import { StoreUnavailableError } from "./lazy-store";
import { createRateLimiter, type RateLimiter } from "./rate-limit";
import { readBody } from "./read-body";
import type { PutCondition, SyncStore } from "./store";

export type SyncHandler = (request: Request, vaultId: string) => Promise<Response>;

export interface SyncHandlerOptions {
  /** The open store; may throw StoreUnavailableError (see lazy-store.ts). */
  readonly acquireStore: () => Promise<SyncStore>;
  /** Whether X-Forwarded-For names the client (see client-address.ts). */
  readonly trustProxy: boolean;
  readonly now?: () => number;
}

/** Retention counts reads too, but a read records itself at most this often, not once per request. */
const TOUCH_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** How soon to ask again after a store error that is not an outage the lazy store knows of. */
const STORE_ERROR_RETRY_SECONDS = 5;

/** Requests without a known address share one window: a server other than ours, without a proxy. */
const UNKNOWN_CLIENT = "unknown";

const ALLOWED_METHODS = "GET, HEAD, PUT, DELETE";

function respond(status: number, { body = null, headers = {} }: { body?: string | null; headers?: Record<string, string> } = {}) {
  return new Response(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

function fail(status: number, error: SyncError, headers: Record<string, string> = {}) {
  return respond(status, { body: JSON.stringify({ error }), headers: { "Content-Type": "application/json", ...headers } });
}

/** The one answer for a vault that does not exist and for a wrong token, so neither tells the other. */
function notFound() {
  return fail(404, "not-found");
}

/** What a server with sync off answers every sync request. */
export function syncOffResponse(): Response {
  return fail(404, "sync-off");
}

/** The token of an `Authorization: Bearer <token>` header, or null for anything else. */
function bearerToken(header: string | null): string | null {
  const token = header?.match(/^Bearer +(\S+) *$/i)?.[1];
  return token && TOKEN_PATTERN.test(token) ? token : null;
}

/** What the store keeps instead of the token: its SHA-256, in hex. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

function sameHash(a: string, b: string) {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Whether If-None-Match names this version (weak comparison, as RFC 9110 asks for GET). */
function namesVersion(header: string | null, version: number) {
  return (header ?? "").split(",").some((tag) => tag.trim() === "*" || versionOfTag(tag.trim().replace(/^W\//, "")) === version);
}

function messageOf(error: unknown) {
  return error instanceof Error ? error.message : String(error);
}

/** The condition a PUT states, or the answer to a PUT that states none, or both, or a malformed one. */
function putCondition(headers: Headers): PutCondition | Response {
  const ifMatch = headers.get("if-match");
  const ifNoneMatch = headers.get("if-none-match");
  if (ifMatch === null && ifNoneMatch === null) return fail(428, "precondition-required");
  if (ifMatch !== null && ifNoneMatch !== null) return fail(400, "bad-request");
  if (ifNoneMatch !== null) return ifNoneMatch.trim() === "*" ? "absent" : fail(400, "bad-request");
  const version = versionOfTag(ifMatch);
  return version === null ? fail(400, "bad-request") : { version };
}

/** The request's envelope as the JSON text to store, or the answer to a body that is not one. */
async function envelopeOf(request: Request): Promise<string | Response> {
  const body = await readBody(request, MAX_BODY_BYTES);
  if (!body.ok) return body.problem === "too-large" ? fail(413, "too-large") : fail(400, "bad-request");
  let json: unknown;
  try {
    json = JSON.parse(body.text);
  } catch {
    return fail(400, "bad-request");
  }
  const envelope = SyncEnvelopeSchema.safeParse(json);
  // Stored as parsed, so nothing beyond the envelope's own fields is kept.
  return envelope.success ? JSON.stringify(envelope.data) : fail(400, "bad-request");
}

function limited(decision: ReturnType<RateLimiter["hit"]>) {
  return decision.ok ? null : fail(429, "rate-limited", { "Retry-After": String(decision.retryAfterSeconds) });
}

export function createSyncHandler({ acquireStore: acquire, trustProxy, now = Date.now }: SyncHandlerOptions): SyncHandler {
  const windowMs = RATE_LIMITS.windowSeconds * 1000;
  const perClient = createRateLimiter({ limit: RATE_LIMITS.perClient, windowMs });
  const perVault = createRateLimiter({ limit: RATE_LIMITS.perVault, windowMs });

  async function read(request: Request, vaultId: string, tokenHash: string) {
    const store = await acquire();
    const vault = await store.get(vaultId);
    if (!vault || !sameHash(tokenHash, vault.tokenHash)) return notFound();
    if (now() - vault.accessedAt.getTime() >= TOUCH_INTERVAL_MS) {
      // The read is answered even if recording it fails; the next read records it.
      await store.touch(vaultId).catch((error: unknown) => console.error(`Sync could not record a read: ${messageOf(error)}`));
    }
    const etag = versionTag(vault.version);
    if (namesVersion(request.headers.get("if-none-match"), vault.version)) return respond(304, { headers: { ETag: etag } });
    return respond(200, { body: vault.envelope, headers: { "Content-Type": "application/json", ETag: etag } });
  }

  async function write(request: Request, vaultId: string, tokenHash: string) {
    const expected = putCondition(request.headers);
    if (expected instanceof Response) return expected;
    const envelope = await envelopeOf(request);
    if (envelope instanceof Response) return envelope;
    const store = await acquire();
    const result = await store.put(vaultId, tokenHash, envelope, expected);
    if (result.ok) return respond(expected === "absent" ? 201 : 200, { headers: { ETag: versionTag(result.version) } });
    // Nothing written: a stale version or an existing vault (412), or not this token's vault (404).
    const vault = await store.get(vaultId);
    if (!vault || !sameHash(tokenHash, vault.tokenHash)) return notFound();
    return fail(412, "precondition-failed", { ETag: versionTag(vault.version) });
  }

  async function remove(vaultId: string, tokenHash: string) {
    const store = await acquire();
    return (await store.delete(vaultId, tokenHash)) ? respond(204) : notFound();
  }

  return async function handle(request, vaultId) {
    const method = request.method === "HEAD" ? "GET" : request.method;
    if (method !== "GET" && method !== "PUT" && method !== "DELETE") return respond(405, { headers: { Allow: ALLOWED_METHODS } });
    const at = now();
    const overClient = limited(perClient.hit(clientAddress(request.headers, trustProxy) ?? UNKNOWN_CLIENT, at));
    if (overClient) return overClient;
    if (!VAULT_ID_PATTERN.test(vaultId)) return fail(400, "bad-request");
    // Counted whether or not the vault exists, so that guessing at one is as slow as using it.
    const overVault = limited(perVault.hit(vaultId, at));
    if (overVault) return overVault;
    const token = bearerToken(request.headers.get("authorization"));
    if (!token) return fail(401, "unauthorized", { "WWW-Authenticate": "Bearer" });
    const tokenHash = hashToken(token);
    try {
      if (method === "GET") return await read(request, vaultId, tokenHash);
      if (method === "PUT") return await write(request, vaultId, tokenHash);
      return await remove(vaultId, tokenHash);
    } catch (error) {
      if (error instanceof StoreUnavailableError) return fail(503, "unavailable", { "Retry-After": String(error.retryAfterSeconds) });
      console.error(`Sync ${method} failed: ${messageOf(error)}`);
      return fail(503, "unavailable", { "Retry-After": String(STORE_ERROR_RETRY_SECONDS) });
    }
  };
}
