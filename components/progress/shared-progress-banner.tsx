"use client";

import { useEffect, useMemo, useSyncExternalStore } from "react";
import { countAll, type StepTopics } from "@/lib/progress/progress";
import { decodeShareCode, SHARE_PARAM } from "@/lib/progress/share-code";
import { getProgress, saveProgress, showSharedProgress } from "@/lib/progress/store";

function readShareCode(): string | null {
  return new URLSearchParams(window.location.hash.slice(1)).get(SHARE_PARAM);
}

// The share code being viewed. It is read from the URL on arrival and when a new share link is
// followed, and cleared only by the learner's choice: other fragment changes, such as the skip
// link's #main, leave the shared view alone.
let viewedCode: string | null | undefined;
const listeners = new Set<() => void>();

function subscribeToShareCode(onChange: () => void) {
  const onHashChange = () => {
    const code = readShareCode();
    if (code === null || code === viewedCode) return;
    viewedCode = code;
    onChange();
  };
  listeners.add(onChange);
  window.addEventListener("hashchange", onHashChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("hashchange", onHashChange);
    // Coming back to the page later reads the URL afresh.
    if (!listeners.size) viewedCode = undefined;
  };
}

function getViewedCode(): string | null {
  viewedCode ??= readShareCode();
  return viewedCode;
}

function leaveSharedView() {
  window.history.replaceState(null, "", window.location.pathname + window.location.search);
  viewedCode = null;
  for (const listener of listeners) listener();
}

/**
 * Shows progress from a share link read-only, clearly marked as someone else's, with an explicit
 * choice to adopt it. A damaged link gets a short notice and the learner's own progress.
 */
export function SharedProgressBanner({ steps }: { steps: StepTopics[] }) {
  const code = useSyncExternalStore(subscribeToShareCode, getViewedCode, () => null);
  const result = useMemo(() => (code === null ? null : decodeShareCode(code, steps)), [code, steps]);

  useEffect(() => {
    showSharedProgress(result?.ok ? result.progress : null);
    return () => showSharedProgress(null);
  }, [result]);

  if (!result) return null;
  if (!result.ok) {
    return (
      <div className="notice notice--warning" role="status">
        <p>
          {result.reason === "other-content"
            ? "This progress link was made for a different version of the roadmap, so it can’t be shown."
            : "This progress link is damaged or incomplete, so it can’t be shown."}{" "}
          Below is your own progress.
        </p>
        <button type="button" className="button button--quiet" onClick={leaveSharedView}>
          Dismiss
        </button>
      </div>
    );
  }

  const total = countAll(result.progress, steps).total;
  function adopt() {
    if (!result?.ok) return;
    const own = countAll(getProgress(), steps).done;
    const replace = own === 0 || window.confirm(`Replace your own progress (${own} of ${total} topics done) with this shared progress?`);
    if (!replace) return;
    saveProgress(result.progress);
    leaveSharedView();
  }

  return (
    <section className="notice notice--shared" aria-labelledby="shared-progress-title">
      <h2 id="shared-progress-title" className="notice__title">
        You’re viewing someone’s shared progress
      </h2>
      <p>
        They have done {result.count} of {total} topics. This view is read-only: your own progress is unchanged unless you choose to adopt theirs.
      </p>
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
