// The browser's copy of the learner's progress: localStorage under one versioned key, synced
// across tabs by the storage event. Every read tolerates bad data; every write tolerates failure.
import { createExternalStore } from "../browser/external-store";
import { pageStorageKeys } from "../browser/storage-keys";
import { EMPTY_PROGRESS, parseProgressJson } from "./progress";
import { reportSaveFailed } from "./save-failed";
import type { Progress } from "./schema";

let cached: { raw: string | null; progress: Progress } | null = null;
/** Progress kept in memory when the browser refuses to store it (private mode, full quota). */
let unsaved: Progress | null = null;

function readStored(): string | null {
  try {
    return window.localStorage.getItem(pageStorageKeys().progress);
  } catch {
    return null;
  }
}

/** The learner's own progress. Returns the same object until the stored value changes. */
function readProgress(): Progress {
  if (unsaved) return unsaved;
  const raw = readStored();
  if (cached?.raw !== raw) cached = { raw, progress: parseProgressJson(raw) ?? EMPTY_PROGRESS };
  return cached.progress;
}

export const progressStore = createExternalStore({
  read: readProgress,
  serverValue: EMPTY_PROGRESS,
  watch(changed) {
    // Another tab saved progress (or cleared storage: key null).
    const onStorage = (event: StorageEvent) => {
      if (event.key === pageStorageKeys().progress || event.key === null) changed();
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  },
});

/** The learner's own progress now, for event handlers. */
export function getProgress(): Progress {
  return readProgress();
}

/** Before stored data we cannot read is first overwritten, keep a copy so it is never lost (best effort: it may not fit). */
function keepUnreadableAside() {
  const raw = readStored();
  // What was last read, and read well, needs no second look.
  if (!raw || (raw === cached?.raw && cached.progress !== EMPTY_PROGRESS) || parseProgressJson(raw)) return;
  try {
    window.localStorage.setItem(pageStorageKeys().unreadable, raw);
  } catch {
    // No room for the copy; saving the learner's new progress matters more.
  }
}

export function saveProgress(progress: Progress): void {
  keepUnreadableAside();
  try {
    const raw = JSON.stringify(progress);
    window.localStorage.setItem(pageStorageKeys().progress, raw);
    // What was just written is known to be valid: the next read need not parse it again.
    cached = { raw, progress };
    unsaved = null;
  } catch {
    unsaved = progress;
    reportSaveFailed();
  }
  progressStore.changed();
}
