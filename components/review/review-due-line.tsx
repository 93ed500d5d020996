"use client";

import { useTranslations } from "@/components/i18n/messages-provider";
import { formatLearnerDate } from "@/lib/plan/learner-date";
import { useViewingShared } from "@/lib/progress/hooks";
import { useReviewScheduleContext } from "@/lib/review/hooks";
import { REVIEW_PATH } from "@/lib/site/paths";

/**
 * Beside Continue: "3 topics due for review", to the review page; when the next one falls due; or, before
 * any, that Done topics come back. Its line is always there, hidden until the schedule is known, so
 * nothing moves when it fills. Hidden while someone else's progress is on screen: reviews are the learner's.
 */
export function ReviewDueLine() {
  const t = useTranslations("review");
  const schedule = useReviewScheduleContext();
  const viewingShared = useViewingShared();
  const next = schedule?.scheduled[0];
  return (
    <p className="review-due js-only" data-known={schedule !== null && !viewingShared}>
      {schedule && !viewingShared && schedule.due.length > 0 && (
        <a href={REVIEW_PATH} className="review-due__link">
          {t("dueCount", { count: schedule.due.length })}
        </a>
      )}
      {schedule && !viewingShared && !schedule.due.length && (next ? t("nextReview", { date: formatLearnerDate(next.due, t.locale) }) : t("comesBack"))}
    </p>
  );
}
