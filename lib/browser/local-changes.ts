// The one hook sync needs beneath the stores: each change this tab makes to a stored document is
// announced here, so the sync client (lib/sync/client) pushes it without any component knowing
// sync exists. Changes sync itself writes, and other tabs' writes, are not announced.

export type StoredDocumentName = "progress" | "notes" | "plan" | "review";

export interface LocalChange {
  name: StoredDocumentName;
  /** The whole document was replaced (Reset, Import), not one field of it changed. */
  wholeDocument: boolean;
}

const listeners = new Set<(change: LocalChange) => void>();

export function onLocalChange(listener: (change: LocalChange) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceLocalChange(change: LocalChange): void {
  for (const listener of [...listeners]) listener(change);
}
