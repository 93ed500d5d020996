// The browser's copy of the learner's review histories: one stored document
// (lib/browser/stored-document.ts) under <namespace>:review. Its zod parser loads only when reviews
// are stored, and this module itself only where reviews are shown, answered or entered.
import { useExternalStore } from "../browser/external-store";
import { createStoredDocument } from "../browser/stored-document";
import type { StepOutline } from "../progress/progress";
import type { Progress } from "../progress/schema";
import type { Rating } from "./limits";
import { EMPTY_REVIEW, enterDoneTopics, enterReview, mergeReview, recordAnswer } from "./review";
import type { Review } from "./schema";

const review = createStoredDocument<Review>({
  name: "review",
  empty: EMPTY_REVIEW,
  loadParser: () => import("./parse").then((module) => module.parseReviewJson),
});

export const reviewStore = review.store;
export const reviewReady = review.ready;
export const getReview = review.get;

export function useReview(): Review {
  return useExternalStore(reviewStore);
}

/** A topic marked Done enters review now, or goes back into it with its history. */
export function enterTopic(slug: string, topicId: string): Promise<boolean> {
  const now = new Date();
  return review.update((current) => enterReview(current, slug, topicId, now));
}

/** Done topics without a history get one from now (an import, a shared link, an earlier release); nothing is written if none lacks one. */
export async function enterDoneTopicsNow(progress: Progress, steps: readonly StepOutline[]): Promise<void> {
  const [current, now] = [await review.get(), new Date()];
  if (enterDoneTopics(progress, current, steps, now) !== current) await review.update((latest) => enterDoneTopics(progress, latest, steps, now));
}

export function answerTopic(slug: string, topicId: string, rating: Rating, now: Date): Promise<boolean> {
  return review.update((current) => recordAnswer(current, slug, topicId, rating, now));
}

/** Imported histories written over the learner's, topic by topic. */
export function importReview(incoming: Review): Promise<boolean> {
  return review.update((current) => mergeReview(current, incoming));
}

/** What sync (lib/sync/client) reads and writes beneath the store. */
export const syncedReview = review.synced;
