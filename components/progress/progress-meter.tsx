"use client";

import { useDisplayedProgress, useHydrated, useViewingShared } from "@/lib/progress/hooks";
import { countAll, type StepTopics } from "@/lib/progress/progress";

interface ProgressMeterProps {
  /** The steps counted: one for a step's progress, all of them for the roadmap's. */
  steps: StepTopics[];
  /** The progress bar's accessible name, e.g. "Step 1 progress". */
  label: string;
}

/**
 * "N of M topics done" with a progress bar. The server renders it hidden at its final size, so the
 * numbers appear after hydration without shifting the layout.
 */
export function ProgressMeter({ steps, label }: ProgressMeterProps) {
  const progress = useDisplayedProgress();
  const viewingShared = useViewingShared();
  const hydrated = useHydrated();
  const { done, total } = countAll(progress, steps);
  return (
    <div className="meter js-only" data-ready={hydrated} data-shared={viewingShared}>
      <progress className="meter__bar" max={total} value={done} aria-label={label} />
      <span className="meter__text">
        {done} of {total} topics done{viewingShared ? " (shared)" : ""}
      </span>
    </div>
  );
}
