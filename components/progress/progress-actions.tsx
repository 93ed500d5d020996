"use client";

import { useRef, useState, type ChangeEvent } from "react";
import { isForeignBackup, makeBackupFile } from "@/lib/backup/backup";
import { readBackupFile } from "@/lib/backup/read";
import { downloadFile } from "@/lib/browser/download";
import { pageStorageKeys } from "@/lib/browser/storage-keys";
import { countNotes, countReplacedNotes } from "@/lib/notes/notes";
import { getNotes, importNotes } from "@/lib/notes/store";
import { hasPace } from "@/lib/plan/plan";
import { getPlan, savePlan } from "@/lib/plan/store";
import { useViewingShared } from "@/lib/progress/hooks";
import { countMarked, countStatuses, describeCounts, EMPTY_PROGRESS, hasAnyStatus, type StepOutline } from "@/lib/progress/progress";
import { getProgress, saveProgress } from "@/lib/progress/store";
import { countHistories } from "@/lib/review/review";
import { getReview, importReview } from "@/lib/review/store";
import { countOf } from "@/lib/site/format";

/** Far more than any real file: statuses and notes of every topic at their longest fit well under it. */
const MAX_IMPORT_BYTES = 5_000_000;

const noteCount = (count: number) => (count ? ` · ${countOf(count, "note")}` : "");
const historyCount = (count: number) => (count ? ` · ${countOf(count, "review history", "review histories")}` : "");

/** Reset, export and import of the learner's own progress, notes and plan; hidden while viewing someone else's. */
export function ProgressActions({ steps }: { steps: StepOutline[] }) {
  const viewingShared = useViewingShared();
  const fileInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState("");

  if (viewingShared) return null;

  async function reset() {
    const progress = await getProgress();
    if (!hasAnyStatus(progress)) return setMessage("There is no progress to reset.");
    const marked = countMarked(countStatuses(progress, steps));
    const notesKept = countNotes(await getNotes(), steps) ? " Your notes are kept." : "";
    if (!window.confirm(`Reset your progress? This sets all ${countOf(marked, "topic")} you have marked back to Not started.${notesKept}`)) return;
    void saveProgress(EMPTY_PROGRESS);
    setMessage("Progress reset.");
  }

  async function exportProgress() {
    const file = makeBackupFile(await getProgress(), await getNotes(), await getPlan(), await getReview());
    const name = pageStorageKeys().exportFile;
    downloadFile(JSON.stringify(file, null, 2), "application/json", name);
    setMessage(`Saved ${name}.`);
  }

  async function importProgress(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    // Any version this site ever exported is read, and migrated.
    const backup = file.size <= MAX_IMPORT_BYTES ? await readBackupFile(await file.text()) : null;
    if (!backup || isForeignBackup(backup, steps)) {
      return setMessage(`“${file.name}” isn’t a progress file from this roadmap, or is damaged, so nothing was changed.`);
    }
    const incoming = countStatuses(backup.progress, steps);
    const incomingNotes = backup.notes ? countNotes(backup.notes, steps) : 0;
    const incomingHistories = backup.review ? countHistories(backup.review, steps) : 0;
    const own = countStatuses(await getProgress(), steps);
    const ownNotes = await getNotes();
    const replacedNotes = backup.notes ? countReplacedNotes(ownNotes, backup.notes, steps) : 0;
    const notesPart = replacedNotes ? ` ${countOf(replacedNotes, "note")} of yours will be replaced by the file’s; your other notes are kept.` : "";
    const ownPlan = await getPlan();
    const replacedPlan = backup.plan?.hoursPerWeek !== undefined && hasPace(ownPlan);
    const planPart = replacedPlan ? ` Your plan becomes the file’s: ${countOf(backup.plan!.hoursPerWeek!, "hour")} a week.` : "";
    const replacing = countMarked(own) > 0 || replacedNotes > 0 || replacedPlan;
    const question = `Replace your progress (${describeCounts(own)}${noteCount(countNotes(ownNotes, steps))}) with the progress in “${file.name}” (${describeCounts(incoming)}${noteCount(incomingNotes)}${historyCount(incomingHistories)})?${notesPart}${planPart}`;
    if (replacing && !window.confirm(question)) return;
    const saved = await Promise.all([
      saveProgress(backup.progress),
      backup.notes && importNotes(backup.notes),
      backup.plan && savePlan(backup.plan),
      backup.review && importReview(backup.review),
    ]);
    const summary = `Imported “${file.name}”: ${describeCounts(incoming)}${noteCount(incomingNotes)}${historyCount(incomingHistories)}.`;
    setMessage(saved.includes(false) ? `${summary} This browser won’t store it, so it lasts until you close this tab.` : summary);
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
