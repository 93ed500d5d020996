// Which topics are in review, and their histories. A topic is in review while it is Done and has a
// history: marking it anything else takes it out, marking it Done again puts it back, history kept.
// Reviewing never changes a status.
import { statusOf, type StepOutline } from "../progress/progress";
import type { Progress } from "../progress/schema";
import { MAX_ANSWERS, type Rating, REVIEW_VERSION } from "./limits";
import type { Review, ReviewEntry } from "./schema";

export const EMPTY_REVIEW: Review = Object.freeze({ version: REVIEW_VERSION, topics: Object.freeze({}) }) as Review;

export function entryOf(review: Review, slug: string, topicId: string): ReviewEntry | null {
  return review.topics[slug]?.[topicId] ?? null;
}

function withEntry(review: Review, slug: string, topicId: string, entry: ReviewEntry): Review {
  return { version: REVIEW_VERSION, topics: { ...review.topics, [slug]: { ...review.topics[slug], [topicId]: entry } } };
}

/** Starts a topic's history at `now`, unless it has one: a topic marked Done again keeps its history. */
export function enterReview(review: Review, slug: string, topicId: string, now: Date): Review {
  return entryOf(review, slug, topicId) ? review : withEntry(review, slug, topicId, { enteredAt: now.toISOString(), answers: [] });
}

/** Records an answer; the oldest go once a topic has more than it keeps. */
export function recordAnswer(review: Review, slug: string, topicId: string, rating: Rating, now: Date): Review {
  const entry = entryOf(review, slug, topicId) ?? { enteredAt: now.toISOString(), answers: [] };
  return withEntry(review, slug, topicId, { ...entry, answers: [...entry.answers, { at: now.toISOString(), rating }].slice(-MAX_ANSWERS) });
}

/** Whether a topic is in review: Done, with a history. */
export function isInReview(progress: Progress, review: Review, slug: string, topicId: string): boolean {
  return statusOf(progress, slug, topicId) === "done" && entryOf(review, slug, topicId) !== null;
}

/**
 * Gives every Done topic without a history one that starts now: topics marked Done by an import, a
 * shared link or a release before reviews. The same object when there is none to add.
 */
export function enterDoneTopics(progress: Progress, review: Review, steps: readonly StepOutline[], now: Date): Review {
  let entered = review;
  for (const step of steps) {
    for (const topic of step.topics) {
      if (statusOf(progress, step.slug, topic.id) === "done") entered = enterReview(entered, step.slug, topic.id, now);
    }
  }
  return entered;
}

/** Histories from `incoming` written over the learner's, topic by topic; other topics keep theirs. */
export function mergeReview(review: Review, incoming: Review): Review {
  let merged = review;
  for (const [slug, topics] of Object.entries(incoming.topics)) {
    for (const [topicId, entry] of Object.entries(topics)) merged = withEntry(merged, slug, topicId, entry);
  }
  return merged;
}

/** How many topics of `steps` have a history, in review or kept until they are Done again. */
export function countHistories(review: Review, steps: readonly StepOutline[]): number {
  return steps.reduce((sum, step) => sum + step.topics.filter((topic) => entryOf(review, step.slug, topic.id)).length, 0);
}

/** Whether there is any history at all, including of topics the content no longer has. */
export function hasAnyReview(review: Review): boolean {
  return Object.values(review.topics).some((topics) => Object.keys(topics).length > 0);
}
