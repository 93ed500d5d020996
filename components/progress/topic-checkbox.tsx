"use client";

import { useHydrated, useProgress } from "@/lib/progress/hooks";
import { isTopicDone, setTopicDone } from "@/lib/progress/progress";
import { getProgress, saveProgress } from "@/lib/progress/store";

/** Ticks a topic as done. Rendered inside the topic's <label>, so its accessible name is the topic title. */
export function TopicCheckbox({ stepSlug, topicId }: { stepSlug: string; topicId: string }) {
  const progress = useProgress();
  const hydrated = useHydrated();
  return (
    <input
      type="checkbox"
      className="topic__check js-only"
      checked={isTopicDone(progress, stepSlug, topicId)}
      disabled={!hydrated}
      onChange={(event) => saveProgress(setTopicDone(getProgress(), stepSlug, topicId, event.target.checked))}
    />
  );
}
