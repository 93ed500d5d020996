"use client";

import { usePlanProjectionContext } from "@/lib/plan/hooks";
import { useViewingShared } from "@/lib/progress/hooks";
import { formatLocalDate } from "@/lib/site/format";

/**
 * When a step on the map will be done at the learner's pace (" · finishes around 12 January 2027"),
 * following their statuses; nothing without a pace, and nothing while someone else's progress is shown.
 */
export function StepFinishDate({ slug }: { slug: string }) {
  const plan = usePlanProjectionContext();
  const viewingShared = useViewingShared();
  const step = plan?.projection?.steps.find((projected) => projected.slug === slug);
  if (!step || viewingShared) return null;
  return <span className="step-finish"> · {step.finish ? `finishes around ${formatLocalDate(step.finish)}` : "step complete"}</span>;
}
