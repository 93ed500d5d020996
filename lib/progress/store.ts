// The browser's copy of the learner's progress: one stored document (lib/browser/stored-document.ts)
// under <namespace>:progress. Its zod parser (./parse) loads only when there is progress stored.
import { createStoredDocument } from "../browser/stored-document";
import { EMPTY_PROGRESS } from "./progress";
import type { Progress } from "./schema";

const progress = createStoredDocument<Progress>({
  name: "progress",
  empty: EMPTY_PROGRESS,
  loadParser: () => import("./parse").then((module) => module.parseProgressJson),
});

/** Until stored progress is known, components see no progress, as on the server; styles keep it hidden until progressReady(). */
export const progressStore = progress.store;

/** Resolves once the learner's stored progress is known: at once when nothing is stored. */
export const progressReady = progress.ready;

/** The learner's own progress, once known: for event handlers. */
export const getProgress = progress.get;

/** Changes the learner's progress, always starting from what is stored (waiting for it to be read if need be). */
export const updateProgress = progress.update;

/** Replaces the learner's progress. */
export const saveProgress = progress.save;

/** What sync (lib/sync/client) reads and writes beneath the store. */
export const syncedProgress = progress.synced;
