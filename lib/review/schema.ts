// Reviews as stored in the browser, and the schema untrusted copies of them must pass. Only
// lib/review/parse.ts imports this at run time, and the browser loads that only when reviews are stored.
import * as z from "zod/mini";
import { byStepAndTopic } from "../browser/stored-schema";
import { MAX_ANSWERS, RATINGS, REVIEW_VERSION } from "./limits";

const instant = z.iso.datetime();

/**
 * A topic's history in review: when it entered (marked Done), and each answer since. The schedule
 * is worked out again from this history (lib/review/scheduler.ts), so nothing stored depends on the
 * scheduler's own state.
 */
export const ReviewEntrySchema = z.object({
  enteredAt: instant,
  answers: z.array(z.object({ at: instant, rating: z.enum(RATINGS) })).check(z.maxLength(MAX_ANSWERS)),
});

/** The history of each topic id of each step slug. */
export const ReviewEntriesSchema = byStepAndTopic(ReviewEntrySchema);

/** Version 1. */
export const ReviewSchema = z.object({ version: z.literal(REVIEW_VERSION), topics: ReviewEntriesSchema });

export type Review = z.infer<typeof ReviewSchema>;
export type ReviewEntry = z.infer<typeof ReviewEntrySchema>;
