// Progress as stored in the browser, and the schema untrusted copies of it must pass.
// zod/mini, not zod: the same validation at a fraction of the client bundle.
import * as z from "zod/mini";

export const PROGRESS_VERSION = 2;

// Generous ceilings that real progress never reaches, so hostile input cannot make us do much work.
const id = z.string().check(z.minLength(1), z.maxLength(100));
const idList = z.array(id).check(z.maxLength(500));

/** Version 1 stored a flat list of "step-slug/topic-id" keys. */
export const ProgressV1Schema = z.object({ version: z.literal(1), topics: idList });

/** Version 2: ticked topic ids per step slug. Keys are stable ids, never titles or positions. */
export const ProgressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  done: z.record(id, idList).check(z.refine((done) => Object.keys(done).length <= 500, "Too many steps")),
});

export type Progress = z.infer<typeof ProgressSchema>;
export type ProgressV1 = z.infer<typeof ProgressV1Schema>;
