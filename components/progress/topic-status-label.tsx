"use client";

import { NoteIcon } from "@/components/notes/note-icon";
import { useHasNote } from "@/lib/notes/store";
import { useDisplayedProgress, useViewingShared } from "@/lib/progress/hooks";
import { STATUS_LABELS, statusOf } from "@/lib/progress/progress";
import { StatusIcon } from "./status-icon";

/**
 * A topic on the map: its status mark and title, a mark if the learner has notes on it, and both in
 * words for screen readers ("Linear Algebra — Learning — has notes"). Until stored progress is known,
 * and without JavaScript, styles hide the status, leaving the title alone. Notes are the learner's
 * own, so they are not marked while someone else's shared progress is on screen.
 */
export function TopicStatusLabel({ stepSlug, topicId, title }: { stepSlug: string; topicId: string; title: string }) {
  const progress = useDisplayedProgress();
  const status = statusOf(progress, stepSlug, topicId);
  const hasNote = useHasNote(stepSlug, topicId);
  const viewingShared = useViewingShared();
  const noted = hasNote && !viewingShared;
  return (
    <>
      <StatusIcon status={status} />
      <span className="topic-node__title">{title}</span>
      {noted && <NoteIcon />}
      <span className="topic-node__status visually-hidden">
        {" "}
        — {STATUS_LABELS[status]}
        {noted && " — has notes"}
      </span>
    </>
  );
}
