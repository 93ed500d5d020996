"use client";

import { useTranslations } from "@/components/i18n/messages-provider";
import { NoteIcon } from "@/components/notes/note-icon";
import { useHasNote } from "@/lib/notes/store";
import { useDisplayedProgress, useViewingShared } from "@/lib/progress/hooks";
import { useDueForReview } from "@/lib/review/hooks";
import { statusLabel, statusOf } from "@/lib/progress/progress";
import { StatusIcon } from "./status-icon";

/**
 * A topic on the map: its status mark and title, marks if it is due for review and if the learner has
 * notes on it, and all of it in words for screen readers ("Linear Algebra — Done — due for review —
 * has notes"). Until stored progress is known, and without JavaScript, styles hide the status, leaving
 * the title alone. Reviews and notes are the learner's own, so they are not marked while someone
 * else's shared progress is on screen.
 */
export function TopicStatusLabel({ stepSlug, topicId, title }: { stepSlug: string; topicId: string; title: string }) {
  const progress = useDisplayedProgress();
  const status = statusOf(progress, stepSlug, topicId);
  const hasNote = useHasNote(stepSlug, topicId);
  const isDue = useDueForReview(stepSlug, topicId);
  const viewingShared = useViewingShared();
  const t = useTranslations("progress");
  const noted = hasNote && !viewingShared;
  const due = isDue && !viewingShared;
  return (
    <>
      <StatusIcon status={status} />
      <span className="topic-node__title">{title}</span>
      {due && <span className="topic-node__due" aria-hidden="true" />}
      {noted && <NoteIcon />}
      <span className="topic-node__status visually-hidden">
        {" "}
        {t("topicStatus", { status: statusLabel(t, status), due, noted })}
      </span>
    </>
  );
}
