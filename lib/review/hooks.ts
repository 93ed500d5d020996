// How components read the review schedule. The overview and the review page compute it once, in a
// provider; the learning map's topics read from that. Nothing loads the scheduler until there is a
// history to schedule.
import { createContext, use, useEffect, useMemo, useState } from "react";
import { useProgress } from "../progress/hooks";
import type { StepOutline } from "../progress/progress";
import { getProgress } from "../progress/store";
import { hasAnyReview } from "./review";
import { loadScheduler, useScheduler } from "./schedule-loader";
import type { ScheduledTopic } from "./scheduler";
import { enterDoneTopicsNow, reviewReady, useReview } from "./store";

export interface ReviewSchedule {
  /** The moment the schedule was read for. */
  now: Date;
  /** Every topic in review, earliest due first. */
  scheduled: ScheduledTopic[];
  /** Those due at `now`, in the order they fell due. */
  due: ScheduledTopic[];
}

/** The schedule on screen, or null: unknown yet, or on a page that shows none. */
export const ReviewScheduleContext = createContext<ReviewSchedule | null>(null);

/** The learner's schedule at `now`; null until it is known (on the server, and until stored reviews are read and scheduled). */
export function useReviewSchedule(steps: readonly StepOutline[], now: Date): ReviewSchedule | null {
  const progress = useProgress();
  const review = useReview();
  const scheduler = useScheduler();
  const hasHistory = hasAnyReview(review);
  const [known, setKnown] = useState(false);

  useEffect(() => {
    let mounted = true;
    void Promise.all([reviewReady(), getProgress()]).then(() => mounted && setKnown(true));
    return () => {
      mounted = false;
    };
  }, []);

  useEffect(() => {
    // If it cannot load now (offline before it was ever saved), the reviews wait; an answer tries again.
    if (hasHistory) loadScheduler().catch(() => {});
  }, [hasHistory]);

  // Done topics without a history (imported, adopted from a share link, or from before reviews) enter now.
  useEffect(() => {
    void getProgress().then((own) => enterDoneTopicsNow(own, steps));
  }, [progress, steps]);

  return useMemo(() => {
    if (!known || (hasHistory && !scheduler)) return null;
    const scheduled = scheduler ? scheduler.reviewSchedule(progress, review, steps) : [];
    return { now, scheduled, due: scheduled.filter((topic) => topic.due <= now) };
  }, [known, hasHistory, scheduler, progress, review, steps, now]);
}

export function useReviewScheduleContext(): ReviewSchedule | null {
  return use(ReviewScheduleContext);
}

/** Whether a topic is due for review, in the schedule on screen. */
export function useDueForReview(slug: string, topicId: string): boolean {
  return useReviewScheduleContext()?.due.some((topic) => topic.slug === slug && topic.topicId === topicId) ?? false;
}
