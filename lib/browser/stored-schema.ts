// Pieces of the schemas that data read back from the browser must pass (stored progress, notes, a
// plan, imported files). zod/mini, not zod: the same validation at a fraction of the client bundle.
import * as z from "zod/mini";

/** Generous ceilings that real data never reaches, so hostile input cannot make us do much work. */
export const LIMIT = 500;

/** A step slug or topic id as stored: never empty, never long. */
export const storedId = z.string().check(z.minLength(1), z.maxLength(100));

/** For records keyed by slug or id: at most LIMIT keys. */
export const fewKeys = (record: object) => Object.keys(record).length <= LIMIT;

/** A value per topic id per step slug, each level at most LIMIT keys: how statuses and notes are stored. */
export function byStepAndTopic<T extends z.core.SomeType>(value: T) {
  return z
    .record(storedId, z.record(storedId, value).check(z.refine(fewKeys, "Too many topics")))
    .check(z.refine(fewKeys, "Too many steps"));
}
