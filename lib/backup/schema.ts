// The export file, and the schema an imported one must pass. Versions 1 to 3 were stored progress
// itself (lib/progress/schema.ts); version 4 adds the learner's notes, plan and review histories. Only
// lib/backup/parse.ts imports this at run time, when a file is imported.
import * as z from "zod/mini";
import { NoteTextsSchema } from "../notes/schema";
import { PlanSchema } from "../plan/schema";
import { StatusesSchema } from "../progress/schema";
import { ReviewEntriesSchema } from "../review/schema";
import { BACKUP_VERSION } from "./version";

export const BackupSchema = z.object({
  version: z.literal(BACKUP_VERSION),
  statuses: StatusesSchema,
  notes: z.optional(NoteTextsSchema),
  /** Present when the learner had set a pace. */
  plan: z.optional(PlanSchema),
  /** Each topic's history in review. */
  review: z.optional(ReviewEntriesSchema),
});

export type BackupFile = z.infer<typeof BackupSchema>;
