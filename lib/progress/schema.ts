// Progress as stored in the browser, and the checks that untrusted copies of it must pass.
// Hand-written rather than zod: zod/mini alone would add ~16 KiB (gzip) to every page, more than
// the whole client budget, for a shape this small. The tests in progress.test.ts cover every rule.

export const PROGRESS_VERSION = 2;

/** Version 2: ticked topic ids per step slug. Keys are stable ids, never titles or positions. */
export interface Progress {
  version: typeof PROGRESS_VERSION;
  done: Record<string, string[]>;
}

/** Version 1 stored a flat list of "step-slug/topic-id" keys. */
export interface ProgressV1 {
  version: 1;
  topics: string[];
}

// Generous ceilings that real progress never reaches, so hostile input cannot make us do much work.
const MAX_ID_LENGTH = 100;
const MAX_LIST_LENGTH = 500;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isId(value: unknown): value is string {
  return typeof value === "string" && value.length > 0 && value.length <= MAX_ID_LENGTH;
}

function isIdList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= MAX_LIST_LENGTH && value.every(isId);
}

export function isProgress(data: unknown): data is Progress {
  if (!isRecord(data) || data.version !== PROGRESS_VERSION || !isRecord(data.done)) return false;
  const steps = Object.entries(data.done);
  return steps.length <= MAX_LIST_LENGTH && steps.every(([slug, ids]) => isId(slug) && isIdList(ids));
}

export function isProgressV1(data: unknown): data is ProgressV1 {
  return isRecord(data) && data.version === 1 && isIdList(data.topics);
}
