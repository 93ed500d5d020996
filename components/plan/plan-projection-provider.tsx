"use client";

import { useState, type ReactNode } from "react";
import { PlanProjectionContext, usePlanProjection } from "@/lib/plan/hooks";
import type { StepOutline } from "@/lib/progress/progress";

/** Works out the learner's plan once, for the plan panel and the step cards. */
export function PlanProjectionProvider({ steps, children }: { steps: StepOutline[]; children: ReactNode }) {
  // From when the overview opened (the next session after it is the plan's first), until a download restarts it.
  const [now, setNow] = useState(() => new Date());
  return <PlanProjectionContext value={usePlanProjection(steps, now, setNow)}>{children}</PlanProjectionContext>;
}
