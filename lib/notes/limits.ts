// The version of stored notes and how long a note may be: plain constants, so code that only shows
// notes never loads the schema that validates them.

export const NOTES_VERSION = 1;

/** The longest note a topic takes, in characters (UTF-16 code units, as a text field counts them). */
export const NOTE_MAX_LENGTH = 10_000;

/** From this length on, the field shows how many characters are used of the limit. */
export const NOTE_COUNT_FROM = 9_000;
