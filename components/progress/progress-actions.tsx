"use client";

import { useRef, useState, type ChangeEvent } from "react";
import { useViewingShared } from "@/lib/progress/hooks";
import { countAll, EMPTY_PROGRESS, parseProgressJson, type StepTopics } from "@/lib/progress/progress";
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
    const { done } = countAll(getProgress(), steps);
    if (done === 0) return setMessage("There is no progress to reset.");
    if (!window.confirm(`Reset your progress? This unticks all ${done} topics you have done.`)) return;
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
    if (!imported) {
      return setMessage(`“${file.name}” isn’t a progress file from this roadmap, so nothing was changed.`);
    }
    const { done } = countAll(getProgress(), steps);
    const incoming = countAll(imported, steps).done;
    if (done > 0 && !window.confirm(`Replace your progress (${done} topics done) with the ${incoming} topics in “${file.name}”?`)) return;
    saveProgress(imported);
    setMessage(`Imported ${incoming} done ${incoming === 1 ? "topic" : "topics"} from “${file.name}”.`);
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
