// Encodes ticked topics as a short code for a share URL: one bit per topic, in content order.
// A fingerprint of the topic list rejects a code made for other content, and a checksum rejects
// a code that was mistyped or edited.
import { isTopicDone, type StepTopics } from "./progress";
import { PROGRESS_VERSION, type Progress } from "./schema";

/** The URL fragment that carries shared progress: /#share=<code>. A fragment never reaches the server. */
export const SHARE_PARAM = "share";

const FORMAT = "1";
const MAX_CODE_LENGTH = 200;

/** FNV-1a, 32 bits: a tiny, stable hash; this is a checksum, not security. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

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

/** Every topic of the roadmap, in content order: bit i of a code is topic i. */
function allTopics(steps: readonly StepTopics[]) {
  return steps.flatMap((step) => step.topicIds.map((id) => ({ slug: step.slug, id })));
}

function fingerprint(topics: ReturnType<typeof allTopics>): string {
  return hashCode(topics.map(({ slug, id }) => `${slug}/${id}`).join(" "));
}

export function encodeShareCode(progress: Progress, steps: readonly StepTopics[]): string {
  const topics = allTopics(steps);
  const bytes = new Uint8Array(Math.ceil(topics.length / 8));
  topics.forEach(({ slug, id }, index) => {
    if (isTopicDone(progress, slug, id)) bytes[index >> 3]! |= 1 << (index & 7);
  });
  const body = `${FORMAT}.${fingerprint(topics)}.${toBase64Url(bytes)}`;
  return `${body}.${hashCode(body)}`;
}

export type ShareDecodeResult = { ok: true; progress: Progress; count: number } | { ok: false; reason: "malformed" | "other-content" };

/** Decodes a share code against the current content. Never throws. */
export function decodeShareCode(code: string, steps: readonly StepTopics[]): ShareDecodeResult {
  const parts = code.length <= MAX_CODE_LENGTH ? code.split(".") : [];
  const [format, codeFingerprint, bits, checksum] = parts;
  if (parts.length !== 4 || format !== FORMAT || bits === undefined || checksum !== hashCode(`${format}.${codeFingerprint}.${bits}`)) {
    return { ok: false, reason: "malformed" };
  }
  const topics = allTopics(steps);
  if (codeFingerprint !== fingerprint(topics)) return { ok: false, reason: "other-content" };
  const bytes = fromBase64Url(bits);
  if (!bytes || bytes.length !== Math.ceil(topics.length / 8)) return { ok: false, reason: "malformed" };
  // Bits past the last topic are never set by encodeShareCode.
  const spare = bytes.length * 8 - topics.length;
  if (spare && bytes.at(-1)! >> (8 - spare) !== 0) return { ok: false, reason: "malformed" };

  const done: Record<string, string[]> = {};
  let count = 0;
  topics.forEach(({ slug, id }, index) => {
    if (!(bytes[index >> 3]! & (1 << (index & 7)))) return;
    (done[slug] ??= []).push(id);
    count++;
  });
  return { ok: true, progress: { version: PROGRESS_VERSION, done }, count };
}
