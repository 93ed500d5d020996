// How components read progress. The learner's own progress comes from the progress store; on the
// overview, a share link in the URL is decoded once by SharedViewProvider and what the page
// displays is that shared progress instead, read-only.
import { createContext, use } from "react";
import { useExternalStore } from "../browser/external-store";
import { statusOf } from "./progress";
import type { ShareDecodeResult } from "../share/share-code";
import { progressStore } from "./store";

/** The decoded share link on screen, or null: provided by the overview, absent (null) elsewhere. */
export const SharedViewContext = createContext<ShareDecodeResult | null>(null);

export function useProgress() {
  return useExternalStore(progressStore);
}

/**
 * One topic's status in the learner's own progress. A component using it re-renders only when that
 * topic's status changes, not on every change to anyone's progress.
 */
export function useTopicStatus(stepSlug: string, topicId: string) {
  return useExternalStore(progressStore, (progress) => statusOf(progress, stepSlug, topicId));
}

export function useSharedView() {
  return use(SharedViewContext);
}

export function useViewingShared() {
  return useSharedView()?.ok ?? false;
}

/** What progress displays show: shared progress while viewing a share link, else the learner's own. */
export function useDisplayedProgress() {
  const own = useProgress();
  const shared = useSharedView();
  return shared?.ok ? shared.progress : own;
}
