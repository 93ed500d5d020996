// Encodes a learner's statuses as a short code for a share URL (/#share=<code>).
//
// Format 2, "2.<entries>.<checksum>": each topic with a status is 3 bytes (4 base64url characters):
// a 22-bit key hashed from "<step slug>/<topic id>" and a 2-bit status. Topics are matched by that
// key, never by position, so a link survives topics being added, removed or reordered and steps
// being reordered. The content loader rejects content in which two topics share a key.
//
// Format 1, "1.<fingerprint>.<bits>.<checksum>", made by the first release: one bit per topic in
// content order (ticked = Done), valid only while the content's topic list is unchanged.
import { fnv1a } from "../hash/fnv1a";
import { statusOf, type StepOutline } from "../progress/progress";
import type { Progress } from "../progress/schema";
import { PROGRESS_VERSION, type StoredStatus } from "../progress/statuses";
import { topicShareKey } from "../hash/topic-share-key";

/** The URL fragment that carries shared progress: /#share=<code>. A fragment never reaches the server. */
export const SHARE_PARAM = "share";

const FORMAT = "2";
const LEGACY_FORMAT = "1";
const ENTRY_BYTES = 3;
/** Far more topics than a roadmap has, so a hostile code cannot make us do much work. */
const MAX_ENTRIES = 1000;
const MAX_CODE_LENGTH = FORMAT.length + 2 + Math.ceil((MAX_ENTRIES * ENTRY_BYTES * 4) / 3) + 4;

const STATUS_CODES: Record<StoredStatus, number> = { learning: 1, done: 2, skipped: 3 };
const STATUS_BY_CODE: Record<number, StoredStatus | undefined> = { 1: "learning", 2: "done", 3: "skipped" };

function hashCode(text: string): string {
  return fnv1a(text).toString(36).padStart(7, "0").slice(-4);
}

function toBase64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    return Uint8Array.from(atob(text.replaceAll("-", "+").replaceAll("_", "/")), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

function withChecksum(body: string): string {
  return `${body}.${hashCode(body)}`;
}

export function encodeShareCode(progress: Progress, steps: readonly StepOutline[]): string {
  const entries = steps.flatMap((step) =>
    step.topics.flatMap((topic) => {
      const status = statusOf(progress, step.slug, topic.id);
      return status === "not-started" ? [] : [(topicShareKey(step.slug, topic.id) << 2) | STATUS_CODES[status]];
    }),
  );
  const bytes = new Uint8Array(entries.flatMap((entry) => [entry >>> 16, (entry >>> 8) & 0xff, entry & 0xff]));
  return withChecksum(`${FORMAT}.${toBase64Url(bytes)}`);
}

export type ShareDecodeResult =
  | {
      ok: true;
      progress: Progress;
      /** Statuses in the link for topics this roadmap no longer has. */
      unmatched: number;
    }
  | { ok: false; reason: "malformed" | "other-content" };

const MALFORMED = { ok: false, reason: "malformed" } as const;

/** Reads format 2's entries as status by topic key; null if any entry is invalid or repeated. */
function readEntries(payload: string): Map<number, StoredStatus> | null {
  const bytes = fromBase64Url(payload);
  if (!bytes || bytes.length % ENTRY_BYTES !== 0) return null;
  const entries = new Map<number, StoredStatus>();
  for (let offset = 0; offset < bytes.length; offset += ENTRY_BYTES) {
    const entry = (bytes[offset]! << 16) | (bytes[offset + 1]! << 8) | bytes[offset + 2]!;
    const status = STATUS_BY_CODE[entry & 3];
    const key = entry >>> 2;
    if (!status || entries.has(key)) return null;
    entries.set(key, status);
  }
  return entries;
}

function decodeEntries(parts: string[], steps: readonly StepOutline[]): ShareDecodeResult {
  const [, payload = "", checksum] = parts;
  if (parts.length !== 3 || checksum !== hashCode(`${FORMAT}.${payload}`)) return MALFORMED;
  const entries = readEntries(payload);
  if (!entries) return MALFORMED;
  const statuses: Progress["statuses"] = {};
  let matched = 0;
  for (const step of steps) {
    for (const topic of step.topics) {
      const status = entries.get(topicShareKey(step.slug, topic.id));
      if (!status) continue;
      (statuses[step.slug] ??= {})[topic.id] = status;
      matched++;
    }
  }
  // A link whose statuses all belong to topics this roadmap does not have is for another roadmap.
  if (entries.size > 0 && matched === 0) return { ok: false, reason: "other-content" };
  return { ok: true, progress: { version: PROGRESS_VERSION, statuses }, unmatched: entries.size - matched };
}

/** Format 1: one bit per topic in content order, behind a fingerprint of the topic list it was made for. */
function decodeLegacyBits(parts: string[], steps: readonly StepOutline[]): ShareDecodeResult {
  const [, fingerprint, bits, checksum] = parts;
  if (parts.length !== 4 || bits === undefined || checksum !== hashCode(`${LEGACY_FORMAT}.${fingerprint}.${bits}`)) return MALFORMED;
  const topics = steps.flatMap((step) => step.topics.map((topic) => ({ slug: step.slug, id: topic.id })));
  if (fingerprint !== hashCode(topics.map(({ slug, id }) => `${slug}/${id}`).join(" "))) return { ok: false, reason: "other-content" };
  const bytes = fromBase64Url(bits);
  if (!bytes || bytes.length !== Math.ceil(topics.length / 8)) return MALFORMED;
  // Bits past the last topic are never set.
  const spare = bytes.length * 8 - topics.length;
  if (spare && bytes.at(-1)! >> (8 - spare) !== 0) return MALFORMED;

  const statuses: Progress["statuses"] = {};
  topics.forEach(({ slug, id }, index) => {
    if (bytes[index >> 3]! & (1 << (index & 7))) (statuses[slug] ??= {})[id] = "done";
  });
  return { ok: true, progress: { version: PROGRESS_VERSION, statuses }, unmatched: 0 };
}

/** Decodes a share code against the current content. Never throws. */
export function decodeShareCode(code: string, steps: readonly StepOutline[]): ShareDecodeResult {
  const parts = code.length <= MAX_CODE_LENGTH ? code.split(".") : [];
  if (parts[0] === FORMAT) return decodeEntries(parts, steps);
  if (parts[0] === LEGACY_FORMAT) return decodeLegacyBits(parts, steps);
  return MALFORMED;
}
