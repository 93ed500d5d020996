// The study plan as a calendar: the weekly sessions until the projected finish, with a reminder
// before each, and the day each step not yet finished is planned to be done, linked to its page.
// Loaded only when the learner asks for the file, with the words it is written in.
import type { Translator } from "../i18n/messages";
import type { Progress } from "../progress/schema";
import type { StepOutline } from "../progress/progress";
import { REVIEW_PATH, stepPath } from "../site/paths";
import { isLeft } from "./estimates";
import { writeCalendar } from "./ical";
import { REMINDER_MINUTES } from "./pace";
import { describeMinutes, type Pace, sessionMinutes } from "./plan";
import { projectPlan } from "./schedule";

/** A step as the calendar names it. */
export type CalendarStep = StepOutline & { number: number; title: string };

/** A topic in review and when it falls due (lib/review/scheduler.ts). */
export interface CalendarReview {
  slug: string;
  topicId: string;
  title: string;
  due: Date;
}

export interface StudyPlanInput {
  siteName: string;
  /** The storage namespace: with the site's host, it makes the events' UIDs. */
  namespace: string;
  /** The site's origin, for the events' links: https://example.com */
  origin: string;
  pace: Pace;
  progress: Progress;
  steps: readonly CalendarStep[];
  /** Reviews to put in the calendar: those that fall due by the projected finish are. */
  reviews: readonly CalendarReview[];
  now: Date;
}

/** The .ics text, its events' texts in `t`'s words, or null when no topic is left to plan. */
export function studyPlanCalendar({ siteName, namespace, origin, pace, progress, steps, reviews, now }: StudyPlanInput, t: Translator<"calendar">) {
  const projection = projectPlan(progress, steps, pace, now);
  if (!projection.firstSession || !projection.finish) return null;
  const host = new URL(origin).hostname;
  const uid = (name: string) => `${namespace}-${name}@${host}`;
  const minutes = sessionMinutes(pace);
  const topicList = new Intl.ListFormat(t.locale, { type: "unit", style: "short" });
  const milestones = steps.flatMap((step, index) => {
    const finish = projection.steps[index]?.finish;
    if (!finish) return [];
    const url = new URL(stepPath(step.slug), origin).href;
    const left = step.topics.filter((topic) => isLeft(progress, step.slug, topic.id)).map((topic) => topic.title);
    return [
      {
        uid: uid(`step-${step.slug}`),
        date: finish,
        summary: t("stepSummary", { step: step.number, title: step.title }),
        description: t("stepDescription", { hoursPerWeek: pace.hoursPerWeek, topics: topicList.format(left), url }),
        url,
      },
    ];
  });
  const reviewPage = new URL(REVIEW_PATH, origin).href;
  const lastDay = new Date(projection.finish.getFullYear(), projection.finish.getMonth(), projection.finish.getDate() + 1);
  const reviewDays = reviews
    .filter((review) => review.due < lastDay)
    .map((review) => ({
      uid: uid(`review-${review.slug}-${review.topicId}`),
      // One already due is planned for today.
      date: review.due > now ? review.due : now,
      summary: t("reviewSummary", { title: review.title }),
      description: t("reviewDescription", { title: review.title, url: reviewPage }),
      url: reviewPage,
    }));
  const overview = new URL("/", origin).href;
  const text = writeCalendar({
    name: t("name", { siteName }),
    language: t.locale,
    now,
    recurring: [
      {
        uid: uid("study-sessions"),
        start: projection.firstSession,
        minutes,
        days: pace.days,
        until: projection.finish,
        summary: t("sessionsSummary", { siteName }),
        description: t("sessionsDescription", { hoursPerWeek: pace.hoursPerWeek, length: describeMinutes(minutes, t), url: overview }),
        url: overview,
        reminderMinutes: REMINDER_MINUTES,
      },
    ],
    allDay: [...milestones, ...reviewDays],
  });
  return { text, projection, milestones: milestones.length, reviews: reviewDays.length };
}
