/** Where the learner reviews the topics that are due. */
export const REVIEW_PATH = "/review";

/** The permanent URL of a step. */
export function stepPath(slug: string): string {
  return `/steps/${slug}`;
}

/** A topic's deep link on its step page. */
export function topicPath(slug: string, topicId: string): string {
  return `${stepPath(slug)}#${topicId}`;
}
