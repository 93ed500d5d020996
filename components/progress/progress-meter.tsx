"use client";

import { useTranslations } from "@/components/i18n/messages-provider";
import { useDisplayedProgress, useViewingShared } from "@/lib/progress/hooks";
import { countStatuses, describeCounts, type StepOutline, topicsToLearn } from "@/lib/progress/progress";

interface ProgressMeterProps {
  /** The steps counted: one for a step's progress, all of them for the roadmap's. */
  steps: StepOutline[];
  /** The progress bar's accessible name, e.g. "Step 1 progress". */
  label: string;
}

/**
 * "N of M topics done · L learning · S skipped" with a progress bar of the done topics; skipped
 * topics leave the total. It is hidden at its final size until stored progress is known, so the
 * numbers appear without shifting the layout.
 */
export function ProgressMeter({ steps, label }: ProgressMeterProps) {
  const counts = countStatuses(useDisplayedProgress(), steps);
  const viewingShared = useViewingShared();
  const toLearn = topicsToLearn(counts);
  const t = useTranslations("progress");
  const described = describeCounts(t, counts);
  return (
    <div className="meter js-only" data-shared={viewingShared}>
      {/* With every topic skipped there is nothing left to learn: a full bar. */}
      <progress className="meter__bar" max={Math.max(toLearn, 1)} value={toLearn ? counts.done : 1} aria-label={label} />
      <span className="meter__text">{viewingShared ? t("countsShared", { counts: described }) : described}</span>
    </div>
  );
}
