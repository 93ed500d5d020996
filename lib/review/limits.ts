// The version of stored reviews and the answers a review takes: plain constants, so code that only
// shows reviews never loads the schema that validates them, nor the scheduler.

export const REVIEW_VERSION = 1;

/** The four answers to "how well do you remember it?", as flash-card tools ask it. */
export const RATINGS = ["again", "hard", "good", "easy"] as const;
export type Rating = (typeof RATINGS)[number];

/** The most answers kept per topic: years of reviews. */
export const MAX_ANSWERS = 500;
