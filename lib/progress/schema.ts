// Progress as stored in the browser, and the schemas untrusted copies of it must pass.
// zod/mini, not zod: the same validation at a fraction of the client bundle. Only lib/progress/parse.ts
// imports this at run time (others import its types), and the browser loads that only when there is
// stored progress to read.
import * as z from "zod/mini";
import { PROGRESS_VERSION, STORED_STATUSES } from "./statuses";

// Generous ceilings that real progress never reaches, so hostile input cannot make us do much work.
const LIMIT = 500;
const id = z.string().check(z.minLength(1), z.maxLength(100));
const idList = z.array(id).check(z.maxLength(LIMIT));
const fewKeys = (record: object) => Object.keys(record).length <= LIMIT;

/** Version 1 stored a flat list of "step-slug/topic-id" keys, each a ticked topic. */
export const ProgressV1Schema = z.object({ version: z.literal(1), topics: idList });

/** Version 2 stored ticked topic ids per step slug. */
export const ProgressV2Schema = z.object({
  version: z.literal(2),
  done: z.record(id, idList).check(z.refine(fewKeys, "Too many steps")),
});

/**
 * Version 3: a status per topic id per step slug. Keys are stable ids, never titles or positions,
 * so editing or reordering the content never moves a status to another topic.
 */
export const ProgressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  statuses: z
    .record(id, z.record(id, z.enum(STORED_STATUSES)).check(z.refine(fewKeys, "Too many topics")))
    .check(z.refine(fewKeys, "Too many steps")),
});

export type Progress = z.infer<typeof ProgressSchema>;
export type ProgressV1 = z.infer<typeof ProgressV1Schema>;
export type ProgressV2 = z.infer<typeof ProgressV2Schema>;
