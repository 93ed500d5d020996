"use client";

import { useState } from "react";
import { isLeft } from "@/lib/plan/estimates";
import { hasPace } from "@/lib/plan/plan";
import { projectPlan } from "@/lib/plan/schedule";
import { usePlan } from "@/lib/plan/store";
import type { StepOutline } from "@/lib/progress/progress";
import { useProgress, useViewingShared } from "@/lib/progress/hooks";
import { formatLocalDate } from "@/lib/site/format";

/**
 * When a step on the map will be done at the learner's pace (" · finishes around 12 January 2027"),
 * following their statuses; nothing without a pace, and nothing while someone else's progress is shown.
 */
export function StepFinishDate({ steps, slug }: { steps: StepOutline[]; slug: string }) {
  const plan = usePlan();
  const progress = useProgress();
  const viewingShared = useViewingShared();
  const [now] = useState(() => new Date());
  const step = steps.find((candidate) => candidate.slug === slug);
  if (!hasPace(plan) || viewingShared || !step) return null;
  if (step.topics.every((topic) => !isLeft(progress, slug, topic.id))) return <span className="step-finish"> · step complete</span>;
  const finish = projectPlan(progress, steps, plan, now).steps.find((projected) => projected.slug === slug)?.finish;
  return finish ? <span className="step-finish"> · finishes around {formatLocalDate(finish)}</span> : null;
}
