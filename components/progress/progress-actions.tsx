"use client";

import { useRef, useState, type ChangeEvent } from "react";
import { pageStorageKeys } from "@/lib/browser/storage-keys";
import { useViewingShared } from "@/lib/progress/hooks";
import { countMarked, countStatuses, describeCounts, EMPTY_PROGRESS, hasAnyStatus, type StepOutline } from "@/lib/progress/progress";
import { getProgress, parseProgressFile, saveProgress } from "@/lib/progress/store";
import { countOf } from "@/lib/site/format";

const MAX_IMPORT_BYTES = 100_000;

/** Reset, export and import of the learner's own progress; hidden while viewing someone else's. */
export function ProgressActions({ steps }: { steps: StepOutline[] }) {
  const viewingShared = useViewingShared();
  const fileInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState("");

  if (viewingShared) return null;

  async function reset() {
    const progress = await getProgress();
    if (!hasAnyStatus(progress)) return setMessage("There is no progress to reset.");
    const marked = countMarked(countStatuses(progress, steps));
    if (!window.confirm(`Reset your progress? This sets all ${countOf(marked, "topic")} you have marked back to Not started.`)) return;
    saveProgress(EMPTY_PROGRESS);
    setMessage("Progress reset.");
  }

  async function exportProgress() {
    const blob = new Blob([JSON.stringify(await getProgress(), null, 2)], { type: "application/json" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = pageStorageKeys().exportFile;
    link.click();
    URL.revokeObjectURL(link.href);
    setMessage(`Saved ${link.download}.`);
  }

  async function importProgress(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    // Any version this site ever exported is read, and migrated.
    const imported = file.size <= MAX_IMPORT_BYTES ? await parseProgressFile(await file.text()) : null;
    const incoming = imported && countStatuses(imported, steps);
    // A file whose statuses are all for topics this roadmap does not have is someone else's data.
    if (!imported || !incoming || (countMarked(incoming) === 0 && hasAnyStatus(imported))) {
      return setMessage(`“${file.name}” isn’t a progress file from this roadmap, so nothing was changed.`);
    }
    const own = countStatuses(await getProgress(), steps);
    if (countMarked(own) > 0 && !window.confirm(`Replace your progress (${describeCounts(own)}) with the progress in “${file.name}” (${describeCounts(incoming)})?`)) return;
    saveProgress(imported);
    setMessage(`Imported “${file.name}”: ${describeCounts(incoming)}.`);
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
