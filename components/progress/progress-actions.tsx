"use client";

import { useRef, useState, type ChangeEvent } from "react";
import { useViewingShared } from "@/lib/progress/hooks";
import { countOf } from "@/lib/plural";
import { countAll, EMPTY_PROGRESS, hasAnyTicks, parseProgressJson, type StepTopics } from "@/lib/progress/progress";
import { getProgress, saveProgress } from "@/lib/progress/store";

const EXPORT_FILE_NAME = "ai-ml-roadmap-progress.json";
const MAX_IMPORT_BYTES = 100_000;

/** Reset, export and import of the learner's own progress; hidden while viewing someone else's. */
export function ProgressActions({ steps }: { steps: StepTopics[] }) {
  const viewingShared = useViewingShared();
  const fileInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState("");

  if (viewingShared) return null;

  function reset() {
    const progress = getProgress();
    if (!hasAnyTicks(progress)) return setMessage("There is no progress to reset.");
    const { done } = countAll(progress, steps);
    if (!window.confirm(`Reset your progress? This unticks all ${countOf(done, "topic")} you have done.`)) return;
    saveProgress(EMPTY_PROGRESS);
    setMessage("Progress reset.");
  }

  function exportProgress() {
    const blob = new Blob([JSON.stringify(getProgress(), null, 2)], { type: "application/json" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = EXPORT_FILE_NAME;
    link.click();
    URL.revokeObjectURL(link.href);
    setMessage(`Saved ${EXPORT_FILE_NAME}.`);
  }

  async function importProgress(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    const imported = file.size <= MAX_IMPORT_BYTES ? parseProgressJson(await file.text()) : null;
    const incoming = imported ? countAll(imported, steps).done : 0;
    // A file whose ticks are all for topics this roadmap does not have is someone else's data.
    if (!imported || (incoming === 0 && hasAnyTicks(imported))) {
      return setMessage(`“${file.name}” isn’t a progress file from this roadmap, so nothing was changed.`);
    }
    const { done } = countAll(getProgress(), steps);
    if (done > 0 && !window.confirm(`Replace your progress (${countOf(done, "topic")} done) with the ${countOf(incoming, "topic")} in “${file.name}”?`)) return;
    saveProgress(imported);
    setMessage(`Imported ${countOf(incoming, "done topic")} from “${file.name}”.`);
  }

  return (
    <div className="progress-actions">
      <button type="button" className="button button--quiet" onClick={exportProgress}>
        Export
      </button>
      <button type="button" className="button button--quiet" onClick={() => fileInput.current?.click()}>
        Import…
      </button>
      <input ref={fileInput} type="file" accept="application/json,.json" hidden aria-label="Import progress file" onChange={importProgress} />
      <button type="button" className="button button--quiet" onClick={reset}>
        Reset
      </button>
      <p role="status" className="progress-actions__status">
        {message}
      </p>
    </div>
  );
}
