// The learner's notes: plain text per topic, keyed by step slug and topic id like statuses.
import { NOTE_MAX_LENGTH, NOTES_VERSION } from "./limits";
import type { Notes } from "./schema";

export const EMPTY_NOTES: Notes = Object.freeze({ version: NOTES_VERSION, notes: Object.freeze({}) }) as Notes;

export function noteOf(notes: Notes, slug: string, topicId: string): string {
  return notes.notes[slug]?.[topicId] ?? "";
}

/** Whether a topic has a note worth showing: anything but white space. */
export function hasNote(notes: Notes, slug: string, topicId: string): boolean {
  return noteOf(notes, slug, topicId).trim() !== "";
}

/** Sets one topic's note; an empty note is stored as nothing. */
export function setNote(notes: Notes, slug: string, topicId: string, text: string): Notes {
  const step: Record<string, string> = { ...notes.notes[slug] };
  if (text) step[topicId] = text.slice(0, NOTE_MAX_LENGTH);
  else delete step[topicId];
  const all = { ...notes.notes, [slug]: step };
  if (!Object.keys(step).length) delete all[slug];
  return { version: NOTES_VERSION, notes: all };
}

/** Notes of `incoming` written over `notes`, topic by topic: a topic with a note only in `notes` keeps it, and an empty note never deletes one. */
export function mergeNotes(notes: Notes, incoming: Notes): Notes {
  let merged = notes;
  for (const [slug, topics] of Object.entries(incoming.notes)) {
    for (const [topicId, text] of Object.entries(topics)) if (text) merged = setNote(merged, slug, topicId, text);
  }
  return merged;
}

/** How many of the learner's notes on topics of `steps` merging `incoming` would replace with other text. */
export function countReplacedNotes(notes: Notes, incoming: Notes, steps: readonly { slug: string; topics: readonly { id: string }[] }[]): number {
  return steps.reduce(
    (sum, step) =>
      sum +
      step.topics.filter((topic) => {
        const own = noteOf(notes, step.slug, topic.id);
        const theirs = noteOf(incoming, step.slug, topic.id);
        return own.trim() !== "" && theirs !== "" && theirs !== own;
      }).length,
    0,
  );
}

/** How many topics of `steps` have a note: notes of topics the content no longer has are kept but not counted. */
export function countNotes(notes: Notes, steps: readonly { slug: string; topics: readonly { id: string }[] }[]): number {
  return steps.reduce((sum, step) => sum + step.topics.filter((topic) => hasNote(notes, step.slug, topic.id)).length, 0);
}

/** Whether there is any note at all, including on topics the content no longer has. */
export function hasAnyNote(notes: Notes): boolean {
  return Object.values(notes.notes).some((step) => Object.keys(step).length > 0);
}
