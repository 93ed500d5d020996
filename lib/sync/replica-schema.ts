// What devices exchange, encrypted (lib/sync/client/crypto.ts), and what this browser keeps of it:
// the learner's documents as a state-based CRDT (lib/sync/replica.ts). Decrypted data is untrusted
// and must pass this schema before anything is merged; zod/mini, like every stored document's.
import * as z from "zod/mini";
import { byStepAndTopic } from "../browser/stored-schema";
import { NOTE_MAX_LENGTH } from "../notes/limits";
import { MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK, TIME_PATTERN, WEEKDAYS } from "../plan/pace";
import { STORED_STATUSES } from "../progress/statuses";
import { ReviewEntrySchema } from "../review/schema";
import { STAMP_PATTERN } from "./hlc";

export const REPLICA_VERSION = 1;

/** A device's id: random, made when sync is turned on in a browser. */
export const DeviceIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,32}$/));

export const StampSchema = z.string().check(z.regex(STAMP_PATTERN));

/** A last-writer-wins register: a value and the stamp of the change that set it. */
function register<T extends z.core.SomeType>(value: T) {
  return z.object({ v: value, t: StampSchema });
}

/**
 * One version of a note: its text, the stamp of the write, and a version vector (device id → how
 * many of that device's writes it has seen), which tells concurrent edits from later ones.
 */
export const NoteVersionSchema = z.object({
  text: z.string().check(z.maxLength(NOTE_MAX_LENGTH)),
  t: StampSchema,
  vv: z.record(DeviceIdSchema, z.int().check(z.gte(1))).check(z.refine((vv) => Object.keys(vv).length <= 64, "Too many devices")),
});

export const ReplicaSchema = z.object({
  version: z.literal(REPLICA_VERSION),
  /** A status per topic; null is Not started, set on purpose. */
  statuses: byStepAndTopic(register(z.nullable(z.enum(STORED_STATUSES)))),
  /** The stamp of the latest Reset (or Import, which replaces statuses): statuses set before it are Not started. */
  statusesClearedAt: z.optional(StampSchema),
  /** The concurrent versions of each note: one, unless two devices edited it before they synced. */
  notes: byStepAndTopic(z.array(NoteVersionSchema).check(z.minLength(1), z.maxLength(64))),
  plan: z.object({
    hoursPerWeek: z.optional(register(z.nullable(z.int().check(z.gte(MIN_HOURS_PER_WEEK), z.lte(MAX_HOURS_PER_WEEK))))),
    days: z.optional(
      register(
        z
          .array(z.enum(WEEKDAYS))
          .check(z.minLength(1), z.maxLength(WEEKDAYS.length), z.refine((days) => new Set(days).size === days.length, "Days repeat")),
      ),
    ),
    time: z.optional(register(z.string().check(z.regex(TIME_PATTERN)))),
    includeReviews: z.optional(register(z.boolean())),
  }),
  review: byStepAndTopic(ReviewEntrySchema),
});

export type Replica = z.infer<typeof ReplicaSchema>;
export type NoteVersion = z.infer<typeof NoteVersionSchema>;
export type PlanRegisters = Replica["plan"];
