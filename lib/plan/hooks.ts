// How the overview's components read the plan: one projection, worked out once by a provider from
// the learner's own plan and progress, for the plan panel and every step card alike.
import { createContext, use, useMemo } from "react";
import { useProgress } from "../progress/hooks";
import type { StepOutline } from "../progress/progress";
import { hasPace, type Pace } from "./plan";
import { projectPlan, type Projection } from "./schedule";
import { usePlan } from "./store";

export interface PlanProjection {
  /** The plan with its pace, or null while there is none. */
  pace: Pace | null;
  /** Where the learner gets to at that pace from `now`; null without a pace. */
  projection: Projection | null;
  /** The moment the projection starts from. */
  now: Date;
  /** Works the projection out again from a later moment, so that what a download plans is what the page says. */
  restartFrom: (now: Date) => void;
}

export const PlanProjectionContext = createContext<PlanProjection | null>(null);

export function usePlanProjection(steps: readonly StepOutline[], now: Date, restartFrom: (now: Date) => void): PlanProjection {
  const plan = usePlan();
  const progress = useProgress();
  return useMemo(() => {
    const pace = hasPace(plan) ? plan : null;
    return { pace, projection: pace && projectPlan(progress, steps, pace, now), now, restartFrom };
  }, [plan, progress, steps, now, restartFrom]);
}

/** The projection on screen; null on a page without a plan. */
export function usePlanProjectionContext(): PlanProjection | null {
  return use(PlanProjectionContext);
}
