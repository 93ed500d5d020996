"use client";

import { countOf } from "@/lib/site/format";
import { useSharedView } from "@/lib/progress/hooks";
import { countMarked, countStatuses, describeCounts, type StepOutline } from "@/lib/progress/progress";
import { leaveSharedView } from "@/lib/share/shared-view";
import { getProgress, saveProgress } from "@/lib/progress/store";

const PROBLEMS = {
  "other-content": "This progress link doesn’t match any topic of this roadmap, so it can’t be shown.",
  malformed: "This progress link is damaged or incomplete, so it can’t be shown.",
};

/**
 * Shows progress from a share link read-only, clearly marked as someone else's, with an explicit
 * choice to adopt it. A damaged link gets a short notice and the learner's own progress.
 */
export function SharedProgressBanner({ steps }: { steps: StepOutline[] }) {
  const result = useSharedView();
  if (!result) return null;
  if (!result.ok) {
    return (
      <div className="notice notice--warning" role="status">
        <p>{PROBLEMS[result.reason]} Below is your own progress.</p>
        <button type="button" className="button button--quiet" onClick={leaveSharedView}>
          Dismiss
        </button>
      </div>
    );
  }

  const shared = result.progress;
  async function adopt() {
    const own = countStatuses(await getProgress(), steps);
    const replace = countMarked(own) === 0 || window.confirm(`Replace your own progress (${describeCounts(own)}) with this shared progress?`);
    if (!replace) return;
    saveProgress(shared);
    leaveSharedView();
  }

  return (
    <section className="notice notice--shared" aria-labelledby="shared-progress-title">
      <h2 id="shared-progress-title" className="notice__title">
        You’re viewing someone’s shared progress
      </h2>
      <p>
        Their progress: {describeCounts(countStatuses(shared, steps))}. This view is read-only: your own progress is unchanged unless you choose to adopt
        theirs.
      </p>
      {result.unmatched > 0 && (
        <p>The link also has {countOf(result.unmatched, "status", "statuses")} for topics this roadmap no longer has; those are left out.</p>
      )}
      <p className="notice__actions">
        <button type="button" className="button" onClick={adopt}>
          Make this my progress
        </button>
        <button type="button" className="button button--quiet" onClick={leaveSharedView}>
          Back to my progress
        </button>
      </p>
    </section>
  );
}
