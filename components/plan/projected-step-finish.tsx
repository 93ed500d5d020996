"use client";

import { useTranslations } from "@/components/i18n/messages-provider";
import { formatLearnerDate } from "@/lib/plan/learner-date";
import { usePlanProjectionContext } from "@/lib/plan/hooks";
import { useViewingShared } from "@/lib/progress/hooks";

/**
 * When a step on the map will be done at the learner's pace (" · finishes around 12 January 2027"),
 * following their statuses; nothing without a pace, and nothing while someone else's progress is shown.
 */
export function ProjectedStepFinish({ slug }: { slug: string }) {
  const t = useTranslations("plan");
  const plan = usePlanProjectionContext();
  const viewingShared = useViewingShared();
  const step = plan?.projection?.steps.find((projected) => projected.slug === slug);
  if (!step || viewingShared) return null;
  return <span className="step-finish"> · {step.finish ? t("stepFinishes", { date: formatLearnerDate(step.finish, t.locale) }) : t("stepComplete")}</span>;
}
