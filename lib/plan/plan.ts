// The learner's plan: a pace (hours a week) and the weekly study sessions it is spread over.
import type { MessageValues } from "../i18n/messages";
import { MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK, PLAN_VERSION, WEEKDAYS, type Weekday } from "./pace";
import type { Plan } from "./schema";

/** A plan with a pace set: what the finish dates and the calendar are made from. */
export type Pace = Plan & { hoursPerWeek: number };

/** Two evenings a week until the learner picks others. */
export const DEFAULT_PLAN: Plan = Object.freeze({ version: PLAN_VERSION, days: ["TU", "TH"], time: "19:00" }) as Plan;

export function hasPace(plan: Plan): plan is Pace {
  return plan.hoursPerWeek !== undefined;
}

/** Whether `hours` is a pace the learner may set: a whole number of hours from 1 to 60. */
export function isValidHoursPerWeek(hours: number): boolean {
  return Number.isInteger(hours) && hours >= MIN_HOURS_PER_WEEK && hours <= MAX_HOURS_PER_WEEK;
}

/** The pace the hours field's text gives, or null for anything but digits of a valid pace ("1e1", "2.5", "61"). */
export function hoursPerWeekOf(text: string): number | null {
  const digits = text.trim();
  return /^\d+$/.test(digits) && isValidHoursPerWeek(Number(digits)) ? Number(digits) : null;
}

/** Minutes of each session: the week's hours shared out over its days. */
export function sessionMinutes(pace: Pace): number {
  return Math.round((pace.hoursPerWeek * 60) / pace.days.length);
}

/** The plan panel's translator or the calendar file's: both say a session's length. */
type SessionLengthMessage = (key: "sessionLength", values: MessageValues) => string;

/** A length of time as the plan shows it: "2 h 30 min", "45 min", "3 h". */
export function describeMinutes(minutes: number, t: SessionLengthMessage): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return t("sessionLength", { unit: !hours ? "minutes" : rest ? "both" : "hours", hours, minutes: rest });
}

/** The days in week order, each once. */
export function sortDays(days: readonly Weekday[]): Weekday[] {
  return WEEKDAYS.filter((day) => days.includes(day));
}

/** The plan without a pace: the sessions and the other choices stay as the learner made them. */
export function withoutPace(plan: Plan): Plan {
  const rest = { ...plan };
  delete rest.hoursPerWeek;
  return rest;
}
