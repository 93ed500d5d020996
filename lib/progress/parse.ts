// Reading progress from untrusted data (localStorage, imported files), validated with zod, older
// versions migrated. Loaded by the browser only when there is stored progress to read.
import { parseJsonWith } from "../browser/json";
import { type Progress, ProgressSchema, type ProgressV1, ProgressV1Schema, type ProgressV2, ProgressV2Schema } from "./schema";
import { PROGRESS_VERSION } from "./statuses";

/** Version 2's ticks become Done: nothing a learner had is lost. */
function migrateV2(old: ProgressV2): Progress {
  const statuses: Progress["statuses"] = {};
  for (const [slug, ids] of Object.entries(old.done)) {
    if (ids.length) statuses[slug] = Object.fromEntries(ids.map((id) => [id, "done" as const]));
  }
  return { version: PROGRESS_VERSION, statuses };
}

function migrateV1(old: ProgressV1): Progress {
  const done: Record<string, string[]> = {};
  for (const key of old.topics) {
    const [slug, topicId, ...rest] = key.split("/");
    if (!slug || !topicId || rest.length) continue;
    (done[slug] ??= []).push(topicId);
  }
  return migrateV2({ version: 2, done });
}

/**
 * Reads progress from untrusted data (localStorage, an imported file). Never throws: anything
 * missing, corrupt, foreign or from a future version is null; an older version is migrated.
 */
export function parseProgress(data: unknown): Progress | null {
  const current = ProgressSchema.safeParse(data);
  if (current.success) return current.data;
  const v2 = ProgressV2Schema.safeParse(data);
  if (v2.success) return migrateV2(v2.data);
  const v1 = ProgressV1Schema.safeParse(data);
  return v1.success ? migrateV1(v1.data) : null;
}

/** Like parseProgress, from JSON text. */
export function parseProgressJson(text: string | null): Progress | null {
  return text ? parseJsonWith(text, parseProgress) : null;
}

