// Progress as stored in the browser, and the schemas untrusted copies of it must pass. Only
// lib/progress/parse.ts imports this at run time (others import its types), and the browser loads
// that only when there is stored progress to read.
import * as z from "zod/mini";
import { byStepAndTopic, fewKeys, LIMIT, storedId } from "../browser/stored-schema";
import { PROGRESS_VERSION, STORED_STATUSES } from "./statuses";

const idList = z.array(storedId).check(z.maxLength(LIMIT));

/** Version 1 stored a flat list of "step-slug/topic-id" keys, each a ticked topic. */
export const ProgressV1Schema = z.object({ version: z.literal(1), topics: idList });

/** Version 2 stored ticked topic ids per step slug. */
export const ProgressV2Schema = z.object({
  version: z.literal(2),
  done: z.record(storedId, idList).check(z.refine(fewKeys, "Too many steps")),
});

/** The statuses of version 3 and of export files: a status per topic id per step slug. */
export const StatusesSchema = byStepAndTopic(z.enum(STORED_STATUSES));

/**
 * Version 3: a status per topic id per step slug. Keys are stable ids, never titles or positions,
 * so editing or reordering the content never moves a status to another topic.
 */
export const ProgressSchema = z.object({ version: z.literal(PROGRESS_VERSION), statuses: StatusesSchema });

export type Progress = z.infer<typeof ProgressSchema>;
export type ProgressV1 = z.infer<typeof ProgressV1Schema>;
export type ProgressV2 = z.infer<typeof ProgressV2Schema>;
