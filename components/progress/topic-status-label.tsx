"use client";

import { useDisplayedProgress } from "@/lib/progress/hooks";
import { STATUS_LABELS, statusOf } from "@/lib/progress/progress";
import { StatusIcon } from "./status-icon";

/**
 * A topic on the map: its status mark and title, and its status in words for screen readers
 * ("Linear Algebra — Learning"). Until stored progress is known, and without JavaScript, styles hide
 * the status, leaving the title alone.
 */
export function TopicStatusLabel({ stepSlug, topicId, title }: { stepSlug: string; topicId: string; title: string }) {
  const progress = useDisplayedProgress();
  const status = statusOf(progress, stepSlug, topicId);
  return (
    <>
      <StatusIcon status={status} />
      <span className="topic-node__title">{title}</span>
      <span className="topic-node__status visually-hidden"> — {STATUS_LABELS[status]}</span>
    </>
  );
}
