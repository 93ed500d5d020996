// The limits of a plan and the days of the week: plain constants, so code that shows the plan never
// loads the schema that validates a stored one.

export const PLAN_VERSION = 1;

/** The days of the week by their iCalendar codes (RFC 5545 BYDAY), Monday first. */
export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const MIN_HOURS_PER_WEEK = 1;
export const MAX_HOURS_PER_WEEK = 60;

/** Longer sessions than this are not a plan anyone keeps: the learner is asked for more days. */
export const MAX_SESSION_HOURS = 12;

/** How long before each session the calendar reminds the learner. */
export const REMINDER_MINUTES = 15;

/** "HH:MM", 24-hour, as <input type="time"> gives it. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
