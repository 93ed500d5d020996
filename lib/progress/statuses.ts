// The statuses a topic can have, and the version of stored progress: plain constants, so code that
// only shows progress never loads the schema that validates it.

export const PROGRESS_VERSION = 3;

/** Every status a topic can have, in the order the controls show them. Not started is the default. */
export const TOPIC_STATUSES = ["not-started", "learning", "done", "skipped"] as const;
export type TopicStatus = (typeof TOPIC_STATUSES)[number];

/** The statuses that are stored: a topic not started has no entry. */
export const STORED_STATUSES = ["learning", "done", "skipped"] as const satisfies readonly TopicStatus[];
export type StoredStatus = (typeof STORED_STATUSES)[number];
