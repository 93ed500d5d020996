// The browser's copy of the learner's notes: one stored document (lib/browser/stored-document.ts)
// under <namespace>:notes. Its zod parser (./parse) loads only when there are notes stored.
import { useExternalStore } from "../browser/external-store";
import { createStoredDocument } from "../browser/stored-document";
import { EMPTY_NOTES, hasNote, mergeNotes, noteOf, setNote } from "./notes";
import type { Notes } from "./schema";

const notes = createStoredDocument<Notes>({
  name: "notes",
  empty: EMPTY_NOTES,
  loadParser: () => import("./parse").then((module) => module.parseNotesJson),
});

export const notesStore = notes.store;

/** Resolves once the learner's stored notes are known: at once when none are stored. */
export const notesReady = notes.ready;

export const getNotes = notes.get;

const noteKey = (slug: string, topicId: string) => `${slug}/${topicId}`;

/** Sets one topic's note; resolves to whether the browser stored it (if not, it lives on in this tab). */
export function saveNote(slug: string, topicId: string, text: string): Promise<boolean> {
  return notes.update((current) => setNote(current, slug, topicId, text), noteKey(slug, topicId));
}

/** Writes imported notes over the learner's, topic by topic (lib/notes/notes.ts, mergeNotes). */
export function importNotes(incoming: Notes): Promise<boolean> {
  return notes.update((current) => mergeNotes(current, incoming));
}

/** All notes; a component using it re-renders on any change. */
export function useNotes(): Notes {
  return useExternalStore(notesStore);
}

/** Whether one topic's note is not saved: the browser refused it, and it lives on in this tab only (never so on the server or at hydration: nothing was refused yet). */
export function useNoteUnsaved(slug: string, topicId: string): boolean {
  return useExternalStore(notesStore, () => notes.isUnsaved(noteKey(slug, topicId)));
}

/** One topic's note: a component using it re-renders only when that note changes. */
export function useNote(slug: string, topicId: string): string {
  return useExternalStore(notesStore, (all) => noteOf(all, slug, topicId));
}

/** Whether one topic has a note. */
export function useHasNote(slug: string, topicId: string): boolean {
  return useExternalStore(notesStore, (all) => hasNote(all, slug, topicId));
}

/** What sync (lib/sync/client) reads and writes beneath the store. */
export const syncedNotes = notes.synced;
