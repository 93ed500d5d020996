// The sync wire protocol, shared by the browser (lib/sync/client) and the server (lib/sync/server):
// plain constants and one zod/mini schema, so neither side spells a path, a header or a limit twice.
//
//   GET    /api/sync/<vault id>   Authorization: Bearer <token>   [If-None-Match: "<version>"]
//          200 envelope + ETag "<version>" · 304 · 401 no token · 404 no such vault or wrong token
//   PUT    /api/sync/<vault id>   Authorization, If-Match: "<version>" (update) or If-None-Match: * (create)
//          body: envelope (JSON) · 200/201 + ETag · 412 stale or already there · 413 over 1 MiB · 400 malformed
//   DELETE /api/sync/<vault id>   Authorization · 204 · 404
//   Every answer: Cache-Control: no-store. 429 and 503 carry Retry-After (seconds).
//
// The vault id and the token are derived from the sync key (lib/sync/client/keys.ts) so that the
// server can recover neither the key nor each other; the envelope is AES-GCM ciphertext it cannot read.
import * as z from "zod/mini";

export const SYNC_API_PATH = "/api/sync";

/** A vault id: 16 bytes, base64url without padding. */
export const VAULT_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** An access token: 32 bytes, base64url without padding. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The largest request body the server reads. */
export const MAX_BODY_BYTES = 1024 * 1024;

export const ENVELOPE_VERSION = 1;

const base64url = (pattern: RegExp) => z.string().check(z.regex(pattern));

/** What the server stores and returns: the IV (12 bytes) and the AES-GCM ciphertext, both base64url. */
export const SyncEnvelopeSchema = z.object({
  v: z.literal(ENVELOPE_VERSION),
  iv: base64url(/^[A-Za-z0-9_-]{16}$/),
  ciphertext: base64url(/^[A-Za-z0-9_-]+$/),
});

export type SyncEnvelope = z.infer<typeof SyncEnvelopeSchema>;

/** An ETag of a vault's version: a strong tag around a whole number. */
export function versionTag(version: number): string {
  return `"${version}"`;
}

/** The version a tag names, or null for anything else. */
export function versionOfTag(tag: string | null): number | null {
  const match = tag?.trim().match(/^"(\d{1,15})"$/);
  return match ? Number(match[1]) : null;
}

/** Per-minute request ceilings, each answered 429 with Retry-After. */
export const RATE_LIMITS = { perVault: 120, perClient: 600, windowSeconds: 60 } as const;

/** Vaults nobody has read or written for this long are deleted. */
export const RETENTION_DAYS = 400;

/**
 * The `error` of every error answer's JSON body. Two 404s differ here: "not-found" (no such vault, or
 * a wrong token: one answer, so a token cannot be tested against a vault) and "sync-off" (this server
 * keeps no vaults), so a client never tries to create a vault on a server without sync.
 */
export const SYNC_ERRORS = [
  "bad-request",
  "unauthorized",
  "not-found",
  "sync-off",
  "precondition-failed",
  "precondition-required",
  "too-large",
  "rate-limited",
  "unavailable",
] as const;

export const SyncErrorSchema = z.object({ error: z.enum(SYNC_ERRORS) });

export type SyncError = z.infer<typeof SyncErrorSchema>["error"];
