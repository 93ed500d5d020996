// Notes edited on two devices before they synced: the texts not shown in the field, for the notes
// editor to show beside it (components/notes/topic-notes.tsx), and how the learner settles them.
// Filled by the sync client; empty, and free of it, when sync is off.
import { createExternalStore, useExternalStore } from "../browser/external-store";

const NONE: readonly string[] = Object.freeze([]);

let conflicts = new Map<string, readonly string[]>();
let settle: ((slug: string, topicId: string, text: string) => void) | null = null;

const keyOf = (slug: string, topicId: string) => `${slug}/${topicId}`;

export const noteConflictsStore = createExternalStore<ReadonlyMap<string, readonly string[]>>({
  read: () => conflicts,
  serverValue: new Map(),
});

/** From the sync client: every conflict there is now, and how to settle one. */
export function publishNoteConflicts(list: readonly { slug: string; topicId: string; otherTexts: readonly string[] }[], settleWith: typeof settle): void {
  settle = settleWith;
  const next = new Map(list.map(({ slug, topicId, otherTexts }) => [keyOf(slug, topicId), otherTexts]));
  const same = next.size === conflicts.size && [...next].every(([key, texts]) => conflicts.get(key)?.join("\0") === texts.join("\0"));
  if (same) return;
  conflicts = next;
  noteConflictsStore.changed();
}

/** The other devices' texts of one note. */
export function useNoteConflict(slug: string, topicId: string): readonly string[] {
  return useExternalStore(noteConflictsStore, (all) => all.get(keyOf(slug, topicId)) ?? NONE);
}

/** The learner's text for a note edited on two devices: it replaces every version, on every device. */
export function settleNoteConflict(slug: string, topicId: string, text: string): void {
  settle?.(slug, topicId, text);
}
