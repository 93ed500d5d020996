// Reading an export file (untrusted), validated with zod: version 4, or stored progress of versions
// 1 to 3 as earlier releases exported it. Loaded only when a file is imported.
import { parseJsonWith } from "../browser/json";
import { NOTES_VERSION } from "../notes/limits";
import { parsePlan } from "../plan/parse";
import { parseProgress } from "../progress/parse";
import { PROGRESS_VERSION } from "../progress/statuses";
import { type Backup, reviewOf } from "./backup";
import { BackupSchema } from "./schema";

/** Never throws: anything that is not an export file of this site is null. */
export function parseBackup(data: unknown): Backup | null {
  const current = BackupSchema.safeParse(data);
  if (current.success) {
    const { statuses, notes, plan, review } = current.data;
    return {
      progress: { version: PROGRESS_VERSION, statuses },
      notes: notes ? { version: NOTES_VERSION, notes } : null,
      plan: plan ? parsePlan(plan) : null,
      review: review ? reviewOf(review) : null,
    };
  }
  // Earlier releases exported stored progress as it was.
  const progress = parseProgress(data);
  return progress && { progress, notes: null, plan: null, review: null };
}

/** Like parseBackup, from JSON text. */
export function parseBackupJson(text: string): Backup | null {
  return parseJsonWith(text, parseBackup);
}
