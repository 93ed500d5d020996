// The browser's copy of the learner's progress: localStorage under one versioned key, synced
// across tabs by the storage event. Every read tolerates bad data; every write tolerates failure.
import { EMPTY_PROGRESS, parseProgressJson } from "./progress";
import type { Progress } from "./schema";

export const STORAGE_KEY = "ai-ml-roadmap:progress";
/** Where stored data we could not read is kept before it is first overwritten, so it is never lost. */
export const UNREADABLE_KEY = `${STORAGE_KEY}:unreadable`;

const listeners = new Set<() => void>();
let cached: { raw: string | null; progress: Progress } | null = null;
/** Progress kept in memory when the browser refuses to store it (private mode, full quota). */
let unsaved: Progress | null = null;
let saveFailed = false;
/** Someone else's progress, shown read-only from a share link; null shows the learner's own. */
let shared: Progress | null = null;

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function emit() {
  for (const listener of listeners) listener();
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/** The learner's own progress. Returns the same object until the stored value changes. */
export function getProgress(): Progress {
  if (unsaved) return unsaved;
  const raw = readStored();
  if (cached?.raw !== raw) cached = { raw, progress: parseProgressJson(raw) ?? EMPTY_PROGRESS };
  return cached.progress;
}

/** What progress displays show: shared progress while viewing a share link, else the learner's own. */
export function getDisplayedProgress(): Progress {
  return shared ?? getProgress();
}

export function getServerProgress(): Progress {
  return EMPTY_PROGRESS;
}

export function hasSaveFailed(): boolean {
  return saveFailed;
}

/** Before stored data we cannot read is first overwritten, keep a copy (best effort: it may not fit). */
function keepUnreadableAside() {
  const raw = readStored();
  if (!raw || parseProgressJson(raw)) return;
  try {
    window.localStorage.setItem(UNREADABLE_KEY, raw);
  } catch {
    // No room for the copy; saving the learner's new progress matters more.
  }
}

export function saveProgress(progress: Progress): void {
  keepUnreadableAside();
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
    unsaved = null;
  } catch {
    unsaved = progress;
    saveFailed = true;
  }
  emit();
}

export function showSharedProgress(progress: Progress | null): void {
  shared = progress;
  emit();
}

export function isViewingShared(): boolean {
  return shared !== null;
}
