"use client";

import { useDocumentFlag } from "@/lib/browser/document-flag";
import { notesReady } from "@/lib/notes/store";
import { progressReady } from "@/lib/progress/store";

const progressAndNotesReady = () => Promise.all([progressReady(), notesReady()]);

/** Marks the page (<html data-progress-ready>) once the learner's stored progress and notes are known. */
export function ProgressReadyFlag() {
  useDocumentFlag("progressReady", progressAndNotesReady);
  return null;
}
