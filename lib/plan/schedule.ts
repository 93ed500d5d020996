// When the learner will finish: the estimated hours of the topics left (neither Done nor Skipped),
// in content order, worked through in the plan's weekly sessions from now on. Everything is in the
// learner's local time: a session "at 19:00 on Tuesdays" is at 19:00 wherever they are.
import type { Progress } from "../progress/schema";
import type { StepOutline } from "../progress/progress";
import { isLeft, sumEstimates } from "./estimates";
import { WEEKDAYS, type Weekday } from "./pace";
import { type Pace, sessionMinutes } from "./plan";

/** JavaScript's Date.getDay() (0 is Sunday) as an iCalendar weekday code. */
export function weekdayOf(date: Date): Weekday {
  return WEEKDAYS[(date.getDay() + 6) % 7]!;
}

/** The start of every session from `now` on, in order; a session starting right now counts. */
export function* sessionStarts(pace: Pace, now: Date): Generator<Date> {
  const [hours, minutes] = pace.time.split(":").map(Number) as [number, number];
  for (let offset = 0; ; offset++) {
    // Built from the calendar day, not by adding milliseconds: a day with a clock change is still one day.
    const start = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset, hours, minutes);
    if (start >= now && pace.days.includes(weekdayOf(start))) yield start;
  }
}

export interface StepProjection {
  slug: string;
  /** The start of the session in which the step's topics left are done; null if it has none left. */
  finish: Date | null;
}

export interface Projection {
  steps: StepProjection[];
  /** The start of the first session and of the last one needed; null when no topic is left. */
  firstSession: Date | null;
  finish: Date | null;
  /** How many sessions it takes. */
  sessions: number;
}

/**
 * Works through the estimated hours left, step by step in content order, one session at a time from
 * `now`: a step is done in the session whose minutes take the running total past its own. A topic
 * without an estimate adds no time, so a step left with only such topics is dated when the work
 * before it is done (its first session, at the earliest).
 */
export function projectPlan(progress: Progress, steps: readonly StepOutline[], pace: Pace, now: Date): Projection {
  const perSession = sessionMinutes(pace);
  let total = 0;
  const targets = steps.map((step) => {
    const left = step.topics.filter((topic) => isLeft(progress, step.slug, topic.id));
    total += Math.round(sumEstimates(left).hours * 60);
    // The session by whose end the running total is reached, counting from 1.
    return { slug: step.slug, session: left.length ? Math.max(1, Math.ceil(total / perSession)) : 0 };
  });
  const sessions = Math.max(0, ...targets.map((target) => target.session));
  const starts: Date[] = [];
  if (sessions > 0) {
    for (const start of sessionStarts(pace, now)) {
      starts.push(start);
      if (starts.length === sessions) break;
    }
  }
  const dateOf = (session: number) => (session > 0 ? starts[session - 1]! : null);
  return {
    steps: targets.map(({ slug, session }) => ({ slug, finish: dateOf(session) })),
    firstSession: dateOf(Math.min(1, sessions)),
    finish: dateOf(sessions),
    sessions,
  };
}
