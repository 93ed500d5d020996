// The plan as stored in the browser, and the schema untrusted copies of it must pass. Only
// lib/plan/parse.ts imports this at run time, and the browser loads that only when a plan is stored.
import * as z from "zod/mini";
import { MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK, PLAN_VERSION, TIME_PATTERN, WEEKDAYS } from "./pace";

/** Version 1: a pace (optional) and the weekly study sessions. */
export const PlanSchema = z.object({
  version: z.literal(PLAN_VERSION),
  hoursPerWeek: z.optional(z.int().check(z.gte(MIN_HOURS_PER_WEEK), z.lte(MAX_HOURS_PER_WEEK))),
  days: z
    .array(z.enum(WEEKDAYS))
    .check(
      z.minLength(1),
      z.maxLength(WEEKDAYS.length),
      z.refine((days) => new Set(days).size === days.length, "Days repeat"),
    ),
  time: z.string().check(z.regex(TIME_PATTERN)),
  /** Whether the calendar file has the reviews that fall due before the finish; yes unless the learner says no. */
  includeReviews: z.optional(z.boolean()),
});

export type Plan = z.infer<typeof PlanSchema>;
