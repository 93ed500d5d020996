"use client";

import { useState, type ReactNode } from "react";
import type { StepOutline } from "@/lib/progress/progress";
import { ReviewScheduleContext, useReviewSchedule } from "@/lib/review/hooks";

/** Works out the learner's review schedule once, for everything on the page that shows it. */
export function ReviewScheduleProvider({ steps, children }: { steps: StepOutline[]; children: ReactNode }) {
  // Read when the page opens: what is due is what was due then, until the learner answers or reloads.
  const [now] = useState(() => new Date());
  return <ReviewScheduleContext value={useReviewSchedule(steps, now)}>{children}</ReviewScheduleContext>;
}
