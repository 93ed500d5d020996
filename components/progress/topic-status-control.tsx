"use client";

import { useLayoutEffect, useRef } from "react";
import { useTranslations } from "@/components/i18n/messages-provider";
import { useTopicStatus } from "@/lib/progress/hooks";
import { isTopicStatus, setTopicStatus, statusLabel } from "@/lib/progress/progress";
import { TOPIC_STATUSES, type TopicStatus } from "@/lib/progress/statuses";
import { updateProgress } from "@/lib/progress/store";
import { StatusIcon } from "./status-icon";

function chooseStatus(stepSlug: string, topicId: string, status: TopicStatus) {
  void updateProgress((progress) => setTopicStatus(progress, stepSlug, topicId, status), `${stepSlug}/${topicId}`);
  // A topic marked Done enters review, or goes back into it with its history; the review store loads only now.
  // If it cannot load (offline before it was ever saved), the overview enters the topic when it next sees it Done.
  if (status === "done")
    import("@/lib/review/store").then(
      ({ enterTopic }) => enterTopic(stepSlug, topicId),
      () => {},
    );
}

interface TopicStatusControlProps {
  stepSlug: string;
  topicId: string;
  /** The id of the topic's heading, which names the group. */
  labelledBy: string;
}

/**
 * Not started / Learning / Done / Skipped as one segmented radio group; the arrow keys move between
 * them as in any radio group. The radios work from the first paint: a status picked before the page
 * has hydrated is applied when it does.
 */
export function TopicStatusControl({ stepSlug, topicId, labelledBy }: TopicStatusControlProps) {
  const status = useTopicStatus(stepSlug, topicId);
  const group = useRef<HTMLDivElement>(null);
  const t = useTranslations("progress");

  // Before hydration the browser checks a clicked radio itself, and React keeps that choice in the
  // DOM. It differs from the radio the server rendered checked (its defaultChecked): save it.
  useLayoutEffect(() => {
    const picked = group.current?.querySelector<HTMLInputElement>("input:checked");
    if (picked && !picked.defaultChecked && isTopicStatus(picked.value)) chooseStatus(stepSlug, topicId, picked.value);
  }, [stepSlug, topicId]);

  return (
    <div ref={group} role="radiogroup" aria-labelledby={labelledBy} className="status-control js-only">
      {TOPIC_STATUSES.map((option) => (
        <label key={option} className="status-control__option">
          <input
            type="radio"
            name={`status-${stepSlug}-${topicId}`}
            value={option}
            checked={status === option}
            onChange={() => chooseStatus(stepSlug, topicId, option)}
          />
          <span className="status-control__face">
            <StatusIcon status={option} />
            {statusLabel(t, option)}
          </span>
        </label>
      ))}
    </div>
  );
}
