"use client";

import { useHydrated } from "@/lib/browser/external-store";
import { useDisplayedProgress } from "@/lib/progress/hooks";
import { STATUS_LABELS, statusOf } from "@/lib/progress/progress";
import { StatusIcon } from "./status-icon";

/**
 * A topic on the map: its status mark and title, and its status in words for screen readers
 * ("Linear Algebra — Learning"). Until the browser knows the status, the title alone.
 */
export function TopicStatusLabel({ stepSlug, topicId, title }: { stepSlug: string; topicId: string; title: string }) {
  const progress = useDisplayedProgress();
  const status = useHydrated() ? statusOf(progress, stepSlug, topicId) : null;
  return (
    <>
      <StatusIcon status={status} />
      <span className="topic-node__title">{title}</span>
      {status && <span className="visually-hidden"> — {STATUS_LABELS[status]}</span>}
    </>
  );
}
