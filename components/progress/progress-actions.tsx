"use client";

import { useRef, useState, type ChangeEvent } from "react";
import { useTranslations } from "@/components/i18n/messages-provider";
import { isForeignBackup, makeBackupFile } from "@/lib/backup/backup";
import { readBackupFile } from "@/lib/backup/read";
import { downloadFile } from "@/lib/browser/download";
import { pageStorageNamespace } from "@/lib/browser/storage-keys";
import { countNotes, countReplacedNotes } from "@/lib/notes/notes";
import { getNotes, importNotes } from "@/lib/notes/store";
import { hasPace } from "@/lib/plan/plan";
import { getPlan, savePlan } from "@/lib/plan/store";
import { useViewingShared } from "@/lib/progress/hooks";
import { countMarked, countStatuses, describeCounts, EMPTY_PROGRESS, hasAnyStatus, type StatusCounts, type StepOutline } from "@/lib/progress/progress";
import { getProgress, saveProgress } from "@/lib/progress/store";
import { countHistories } from "@/lib/review/review";
import { getReview, importReview } from "@/lib/review/store";

/** Far more than any real file: statuses and notes of every topic at their longest fit well under it. */
const MAX_IMPORT_BYTES = 5_000_000;

/** Reset, export and import of the learner's own progress, notes and plan; hidden while viewing someone else's. */
export function ProgressActions({ steps }: { steps: StepOutline[] }) {
  const viewingShared = useViewingShared();
  const fileInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState("");
  const t = useTranslations("progress");
  const tBackup = useTranslations("backup");

  if (viewingShared) return null;

  /** What a set of progress holds, as Import describes it: "1 of 4 topics done · 2 learning · 1 note". */
  const describeContents = (counts: StatusCounts, notes: number, histories = 0) => tBackup("contents", { progress: describeCounts(t, counts), notes, histories });

  async function reset() {
    const progress = await getProgress();
    if (!hasAnyStatus(progress)) return setMessage(t("nothingToReset"));
    const marked = countMarked(countStatuses(progress, steps));
    const notesKept = countNotes(await getNotes(), steps) > 0;
    if (!window.confirm(t("confirmReset", { marked, notesKept }))) return;
    void saveProgress(EMPTY_PROGRESS);
    setMessage(t("progressReset"));
  }

  async function exportProgress() {
    const file = makeBackupFile(await getProgress(), await getNotes(), await getPlan(), await getReview());
    const name = tBackup("fileName", { namespace: pageStorageNamespace() });
    downloadFile(JSON.stringify(file, null, 2), "application/json", name);
    setMessage(tBackup("exported", { file: name }));
  }

  async function importProgress(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    // Any version this site ever exported is read, and migrated.
    const backup = file.size <= MAX_IMPORT_BYTES ? await readBackupFile(await file.text()) : null;
    if (!backup || isForeignBackup(backup, steps)) {
      return setMessage(tBackup("notABackup", { file: file.name }));
    }
    const incoming = countStatuses(backup.progress, steps);
    const incomingNotes = backup.notes ? countNotes(backup.notes, steps) : 0;
    const incomingHistories = backup.review ? countHistories(backup.review, steps) : 0;
    const own = countStatuses(await getProgress(), steps);
    const ownNotes = await getNotes();
    const replacedNotes = backup.notes ? countReplacedNotes(ownNotes, backup.notes, steps) : 0;
    const ownPlan = await getPlan();
    const incomingHoursPerWeek = backup.plan?.hoursPerWeek;
    const replacedPlan = incomingHoursPerWeek !== undefined && hasPace(ownPlan);
    const replacing = countMarked(own) > 0 || replacedNotes > 0 || replacedPlan;
    const contents = describeContents(incoming, incomingNotes, incomingHistories);
    const question = tBackup("confirmReplace", {
      own: describeContents(own, countNotes(ownNotes, steps)),
      file: file.name,
      incoming: contents,
      replacedNotes,
      replacedPlan,
      hoursPerWeek: incomingHoursPerWeek ?? 0,
    });
    if (replacing && !window.confirm(question)) return;
    const saved = await Promise.all([
      saveProgress(backup.progress),
      backup.notes && importNotes(backup.notes),
      backup.plan && savePlan(backup.plan),
      backup.review && importReview(backup.review),
    ]);
    setMessage(tBackup(saved.includes(false) ? "importedNotStored" : "imported", { file: file.name, contents }));
  }

  return (
    <div className="progress-actions">
      <button type="button" className="button button--quiet" onClick={exportProgress}>
        {tBackup("export")}
      </button>
      <button type="button" className="button button--quiet" onClick={() => fileInput.current?.click()}>
        {tBackup("import")}
      </button>
      <input ref={fileInput} type="file" accept="application/json,.json" hidden aria-label={tBackup("importFileLabel")} onChange={importProgress} />
      <button type="button" className="button button--quiet" onClick={reset}>
        {t("reset")}
      </button>
      <p role="status" className="progress-actions__status">
        {message}
      </p>
    </div>
  );
}
