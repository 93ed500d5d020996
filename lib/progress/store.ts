// The browser's copy of the learner's progress: localStorage under one versioned key, synced
// across tabs by the storage event. Every read tolerates bad data; every write tolerates failure.
// Stored progress is validated with zod (./parse), which the browser loads only when there is
// something stored: a first visit never loads it.
import { createExternalStore } from "../browser/external-store";
import { pageStorageKeys } from "../browser/storage-keys";
import { EMPTY_PROGRESS } from "./progress";
import { reportSaveFailed } from "./save-failed";
import type { Progress } from "./schema";

type Parser = typeof import("./parse");
let parser: Parser | null = null;
let parserLoading: Promise<Parser> | null = null;

function loadParser(): Promise<Parser> {
  parserLoading ??= import("./parse").then((module) => (parser = module));
  return parserLoading;
}

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

/** The learner's own progress, the same object until the stored value changes; null while what is stored waits for its parser. */
function readKnown(): Progress | null {
  if (unsaved) return unsaved;
  const raw = readStored();
  if (cached?.raw === raw) return cached.progress;
  if (raw !== null && !parser) {
    void loadParser().then(() => progressStore.changed());
    return null;
  }
  cached = { raw, progress: (raw !== null && parser?.parseProgressJson(raw)) || EMPTY_PROGRESS };
  return cached.progress;
}

/** Until stored progress is known, components see no progress, as on the server; styles keep it hidden until progressReady(). */
export const progressStore = createExternalStore({
  read: () => readKnown() ?? EMPTY_PROGRESS,
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

/** Resolves once the learner's stored progress is known: at once when nothing is stored. */
export async function progressReady(): Promise<void> {
  while (readKnown() === null) await loadParser();
}

/** The learner's own progress, once known: for event handlers. */
export async function getProgress(): Promise<Progress> {
  await progressReady();
  return readKnown()!;
}

/** Before stored data we cannot read is first overwritten, keep a copy so it is never lost (best effort: it may not fit). */
function keepUnreadableAside() {
  const raw = readStored();
  // What was last read, and read well, needs no second look; anything else was read by the parser.
  if (!raw || (raw === cached?.raw && cached.progress !== EMPTY_PROGRESS) || parser?.parseProgressJson(raw)) return;
  try {
    window.localStorage.setItem(pageStorageKeys().unreadable, raw);
  } catch {
    // No room for the copy; saving the learner's new progress matters more.
  }
}

function write(progress: Progress): void {
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

/** Changes the learner's progress, always starting from what is stored (waiting for it to be read if need be). */
export function updateProgress(change: (progress: Progress) => Progress): void {
  const known = readKnown();
  if (known) write(change(known));
  else void getProgress().then((progress) => write(change(progress)));
}

/** Replaces the learner's progress. */
export function saveProgress(progress: Progress): void {
  updateProgress(() => progress);
}

/** Reads a progress file's text (any version this site ever wrote); null if it is not one. */
export async function parseProgressFile(text: string): Promise<Progress | null> {
  return (await loadParser()).parseProgressJson(text);
}
