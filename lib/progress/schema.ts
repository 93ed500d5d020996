// Progress as stored in the browser. zod/mini keeps the client bundle small.
import * as z from "zod/mini";

const id = z.string().check(z.minLength(1), z.maxLength(100));
// A generous ceiling that real progress never reaches, so hostile input cannot make us allocate much.
const topicList = z.array(id).check(z.maxLength(500));

/** Version 1 stored a flat list of "step-slug/topic-id" keys. */
export const ProgressV1Schema = z.object({ version: z.literal(1), topics: topicList });

/** Version 2: ticked topic ids per step slug. Keys are stable ids, never titles or positions. */
export const ProgressSchema = z.object({
  version: z.literal(2),
  done: z.record(id, topicList),
});

export type Progress = z.infer<typeof ProgressSchema>;
export type ProgressV1 = z.infer<typeof ProgressV1Schema>;

export const PROGRESS_VERSION = 2;
