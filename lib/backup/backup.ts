// What Export saves and Import reads back: the learner's statuses, notes and plan in one JSON file.
import { countNotes, hasAnyNote } from "../notes/notes";
import type { Notes } from "../notes/schema";
import { hasPace } from "../plan/plan";
import type { Plan } from "../plan/schema";
import { countMarked, countStatuses, hasAnyStatus, type StepOutline } from "../progress/progress";
import type { Progress } from "../progress/schema";
import { REVIEW_VERSION } from "../review/limits";
import { hasAnyReview } from "../review/review";
import type { Review } from "../review/schema";
import type { BackupFile } from "./schema";
import { BACKUP_VERSION } from "./version";

/** Review histories as an export file carries them. */
export function reviewOf(topics: Review["topics"]): Review {
  return { version: REVIEW_VERSION, topics };
}

/** The learner's data as read from a file of any version: what the file does not carry is null. */
export interface Backup {
  progress: Progress;
  notes: Notes | null;
  plan: Plan | null;
  review: Review | null;
}

/**
 * The export file's content. The plan is included only once it has a pace, and review histories once
 * there are some: a file without them never clears the learner's.
 */
export function makeBackupFile(progress: Progress, notes: Notes, plan: Plan, review: Review): BackupFile {
  return {
    version: BACKUP_VERSION,
    statuses: progress.statuses,
    notes: notes.notes,
    ...(hasPace(plan) && { plan }),
    ...(hasAnyReview(review) && { review: review.topics }),
  };
}

/** Whether a file holds statuses or notes, all of them for topics this roadmap does not have: someone else's data. */
export function isForeignBackup({ progress, notes }: Backup, steps: readonly StepOutline[]): boolean {
  const anything = hasAnyStatus(progress) || (notes !== null && hasAnyNote(notes));
  const ours = countMarked(countStatuses(progress, steps)) > 0 || (notes !== null && countNotes(notes, steps) > 0);
  return anything && !ours;
}
