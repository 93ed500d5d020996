// The sync client: loaded only once sync is on in this browser or a sync link is opened. It keeps
// the learner's four documents and the server's encrypted copy converging:
//
//   1. pull: GET the vault (If-None-Match the version last seen), open it with the key;
//   2. merge, in one task: what changed here since the last sync is stamped into the replica
//      (absorbDocuments), the server's replica merged in, and the merged documents written back
//      beneath the stores, which components then show as any change;
//   3. push: if the server lacks anything, PUT the sealed replica If-Match that version; a 412
//      means another device wrote first, so pull, merge and push again.
//
// It runs on load, on focus, on `online`, on Sync now, every 30 s while visible, and within 2 s
// of a local change. Anything that fails leaves local data as it is.
import { onLocalChange } from "../../browser/local-changes";
import { pageStorageKeys, pageStorageNamespace } from "../../browser/storage-keys";
import { NOTE_MAX_LENGTH } from "../../notes/limits";
import { syncedNotes } from "../../notes/store";
import { syncedPlan } from "../../plan/store";
import { syncedProgress } from "../../progress/store";
import { syncedReview } from "../../review/store";
import { createClock, laterStamp } from "../hlc";
import { publishNoteConflicts } from "../note-conflicts";
import { SYNC_PARAM } from "../link";
import { SYNC_API_PATH, SyncEnvelopeSchema, SyncErrorSchema, versionOfTag, versionTag } from "../protocol";
import { absorbDocuments, canonicalJson, documentsOf, EMPTY_REPLICA, latestStamp, mergeReplicas, noteConflicts, resolveNote, type LearnerDocuments } from "../replica";
import type { Replica } from "../replica-schema";
import { publishSyncStatus, type SyncStatus } from "../status";
import { open, seal } from "./crypto";
import { deriveVaultKeys, isSyncKey, newDeviceId, newSyncKey, type VaultKeys } from "./keys";
import { readSyncState, writeSyncState, type ActiveSyncState } from "./state";

const PULL_EVERY_MS = 30_000;
/** A local change waits this long for more before it is pushed, and never longer than PUSH_WITHIN_MS. */
const PUSH_DEBOUNCE_MS = 700;
const PUSH_WITHIN_MS = 2_000;
/** Attempts of one sync when other devices keep writing first (412). */
const MAX_ATTEMPTS = 5;
const MAX_RETRY_MS = 60_000;

/** Stamps from this tab: the device's id and the tab's, so two tabs of one browser never make the same stamp. */
const tabId = Math.random().toString(36).slice(2, 8) || "tab";

interface Running {
  syncKey: string;
  keys: VaultKeys;
  /** What the server holds, as last pulled or pushed: its version and the replica's canonical JSON. */
  server: { version: number; canonical: string } | null;
  /** A key made here a moment ago: no vault can exist yet, so the first sync creates it without asking. */
  fresh: boolean;
  stop: () => void;
}

let running: Running | null = null;
let cycle: Promise<void> | null = null;
let cycleAgain = false;
/** Set when Reset or Import replaced the statuses here, until the next merge records it. */
let statusesReplaced = false;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
/** The server asked (Retry-After) not to be asked again before this time. */
let notBefore = 0;
let failures = 0;
let lastStatus: SyncStatus = { phase: "off" };

function publish(status: Omit<SyncStatus, "link">) {
  lastStatus = { ...status, ...(running && { link: linkOf(running.syncKey) }) };
  publishSyncStatus(lastStatus, running !== null);
}

function linkOf(syncKey: string): string {
  return `${window.location.origin}/#${SYNC_PARAM}=${syncKey}`;
}

const vaultUrl = (keys: VaultKeys) => `${SYNC_API_PATH}/${keys.vaultId}`;

/** The documents as known right now; null while one waits for its parser. */
function readDocuments(): LearnerDocuments | null {
  const [progress, notes, plan, review] = [syncedProgress.peek(), syncedNotes.peek(), syncedPlan.peek(), syncedReview.peek()];
  return progress && notes && plan && review ? { progress, notes, plan, review } : null;
}

async function documentsReady(): Promise<LearnerDocuments> {
  for (;;) {
    await Promise.all([syncedProgress, syncedNotes, syncedPlan, syncedReview].map((document) => document.ready()));
    const known = readDocuments();
    if (known) return known;
  }
}

/**
 * Step 2, all in one task so no keystroke or other write falls between reading and writing: the
 * local changes stamped, the server's replica (if any) merged in, the merged documents written.
 */
function mergeHere(state: ActiveSyncState, local: LearnerDocuments, remote: Replica | null): ActiveSyncState {
  const clock = createClock(`${state.deviceId}-${tabId}`, laterStamp(state.clock, latestStamp(state.replica)));
  let replica = absorbDocuments(state.replica, local, clock, state.deviceId, { statusesReplaced });
  statusesReplaced = false;
  if (remote) {
    replica = mergeReplicas(replica, remote);
    clock.observe(latestStamp(remote));
  }
  const merged = documentsOf(replica);
  replaceIfChanged(syncedProgress, merged.progress, local.progress);
  replaceIfChanged(syncedNotes, merged.notes, local.notes);
  replaceIfChanged(syncedPlan, merged.plan, local.plan);
  replaceIfChanged(syncedReview, merged.review, local.review);
  const next = { ...state, replica, clock: clock.latest };
  writeSyncState(next);
  publishNoteConflicts(noteConflicts(replica), settle);
  return next;
}

/** Writes a merged document beneath its store, where it differs from what the store holds. */
function replaceIfChanged<T>(document: { replace: (value: T) => Promise<boolean> }, merged: T, local: T) {
  if (canonicalJson(merged) !== canonicalJson(local)) void document.replace(merged);
}

/** The learner's one text for a note that two devices edited apart: every version gives way to it. */
function settle(slug: string, topicId: string, text: string) {
  const [state, local] = [readSyncState(), readDocuments()];
  if (!state || !local) return;
  // What changed here is taken in first, so that only this note differs from the documents afterwards.
  const absorbed = mergeHere(state, local, null);
  const clock = createClock(`${absorbed.deviceId}-${tabId}`, absorbed.clock);
  const replica = resolveNote(absorbed.replica, slug, topicId, text.slice(0, NOTE_MAX_LENGTH), clock, absorbed.deviceId);
  writeSyncState({ ...absorbed, replica, clock: clock.latest });
  void syncedNotes.replace(documentsOf(replica).notes);
  publishNoteConflicts(noteConflicts(replica), settle);
  schedulePush();
}

class Stop extends Error {}

/** A 404 from a server whose operator turned sync off: nothing was deleted, so this browser keeps its key and waits. */
async function stopIfSyncOff(response: Response): Promise<void> {
  const body = SyncErrorSchema.safeParse(await response.clone().json().catch(() => null));
  if (!body.success || body.data.error !== "sync-off") return;
  publish({ phase: "unavailable" });
  throw new Stop();
}

function retryAfterMs(response: Response): number {
  const seconds = Number.parseInt(response.headers.get("Retry-After") ?? "", 10);
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, 10 * 60_000) : 30_000;
}

/** Answers that end this attempt: the status says why, and when it is tried again. */
function stopOn(response: Response, lastSyncedAt: number | undefined): never {
  if (response.status === 429 || response.status === 503) {
    const wait = retryAfterMs(response);
    notBefore = Date.now() + wait;
    publish({ phase: "paused", retryAt: notBefore, lastSyncedAt });
    retryIn(wait);
  } else {
    publish({ phase: "unreachable", lastSyncedAt });
    retryIn(backoff());
  }
  throw new Stop();
}

function backoff(): number {
  failures += 1;
  return Math.min(5_000 * 2 ** (failures - 1), MAX_RETRY_MS);
}

function retryIn(ms: number) {
  clearTimeout(retryTimer);
  retryTimer = setTimeout(() => void syncNow(), ms);
}

/** One sync: pull, merge, push, again after a 412. */
async function attempt(current: Running): Promise<void> {
  const headers = { Authorization: `Bearer ${current.keys.token}` };
  for (let tries = 0; tries < MAX_ATTEMPTS; tries += 1) {
    let state = readSyncState();
    if (!state || state.key !== current.syncKey) return end();
    const local = await documentsReady();
    state = readSyncState();
    if (!state || state.key !== current.syncKey) return end();

    const pulled = current.fresh
      ? new Response(null, { status: 404 })
      : await fetch(vaultUrl(current.keys), {
          headers: current.server ? { ...headers, "If-None-Match": versionTag(current.server.version) } : headers,
          cache: "no-store",
        });
    current.fresh = false;
    let remote: { version: number; replica: Replica } | null = null;
    if (pulled.status === 200) {
      const envelope = SyncEnvelopeSchema.safeParse(await pulled.json().catch(() => null));
      const replica = envelope.success ? await open(envelope.data, current.keys) : null;
      const version = versionOfTag(pulled.headers.get("ETag"));
      if (!replica || version === null) {
        // Tampered, truncated, another vault's, or not ours at all: nothing here changes, nothing is written over it.
        publish({ phase: "unreadable", lastSyncedAt: state.lastSyncedAt });
        throw new Stop();
      }
      remote = { version, replica };
    } else if (pulled.status === 304 && current.server) {
      remote = null;
    } else if (pulled.status === 404) {
      await stopIfSyncOff(pulled);
      if (state.serverVersion !== undefined) return endedElsewhere();
      current.server = null;
    } else {
      stopOn(pulled, state.lastSyncedAt);
    }

    // The documents may have changed while the pull was on its way: read them again, in the merge's own task.
    const merged = mergeHere(readSyncState() ?? state, readDocuments() ?? local, remote?.replica ?? null);
    if (remote) current.server = { version: remote.version, canonical: canonicalJson(remote.replica) };
    const canonical = canonicalJson(merged.replica);
    if (current.server && canonical === current.server.canonical) {
      return synced(current, current.server.version);
    }

    const pushed = await fetch(vaultUrl(current.keys), {
      method: "PUT",
      headers: { ...headers, "Content-Type": "application/json", ...(current.server ? { "If-Match": versionTag(current.server.version) } : { "If-None-Match": "*" }) },
      body: JSON.stringify(await seal(merged.replica, current.keys)),
    });
    if (pushed.status === 412) {
      // Another device wrote first: its version is pulled and merged on the next try.
      current.server = null;
      continue;
    }
    if (pushed.status === 404) {
      await stopIfSyncOff(pushed);
      if (current.server) return endedElsewhere();
      publish({ phase: "unavailable" });
      throw new Stop();
    }
    const version = versionOfTag(pushed.headers.get("ETag"));
    if (!pushed.ok || version === null) stopOn(pushed, merged.lastSyncedAt);
    current.server = { version, canonical };
    return synced(current, version);
  }
  publish({ phase: "unreachable", lastSyncedAt: readSyncState()?.lastSyncedAt });
  retryIn(backoff());
}

function synced(current: Running, version: number) {
  const lastSyncedAt = Date.now();
  const latest = readSyncState();
  if (latest?.key === current.syncKey) writeSyncState({ ...latest, serverVersion: version, lastSyncedAt });
  failures = 0;
  publish({ phase: "synced", lastSyncedAt });
}

/** Runs a sync, or one more after the one under way. */
export function syncNow(): Promise<void> {
  const current = running;
  if (!current) return Promise.resolve();
  if (cycle) {
    cycleAgain = true;
    return cycle;
  }
  if (Date.now() < notBefore) {
    // The server asked to wait: say so again, with the time left, rather than nothing.
    publish({ phase: "paused", retryAt: notBefore, lastSyncedAt: readSyncState()?.lastSyncedAt });
    return Promise.resolve();
  }
  clearTimeout(retryTimer);
  if (!navigator.onLine) {
    publish({ phase: "offline", lastSyncedAt: readSyncState()?.lastSyncedAt });
    return Promise.resolve();
  }
  if (lastStatus.phase !== "synced" || Date.now() - (lastStatus.lastSyncedAt ?? 0) > PULL_EVERY_MS) publish({ phase: "syncing", lastSyncedAt: lastStatus.lastSyncedAt });
  cycle = attempt(current)
    .catch((error: unknown) => {
      if (error instanceof Stop || running !== current) return;
      // fetch refused: offline, or the server is down.
      publish({ phase: navigator.onLine ? "unreachable" : "offline", lastSyncedAt: readSyncState()?.lastSyncedAt });
      if (navigator.onLine) retryIn(backoff());
    })
    .finally(() => {
      cycle = null;
      if (cycleAgain && running === current) {
        cycleAgain = false;
        void syncNow();
      }
    });
  return cycle;
}

let pushTimer: ReturnType<typeof setTimeout> | undefined;
let firstChangeAt: number | null = null;

function schedulePush() {
  const now = Date.now();
  firstChangeAt ??= now;
  clearTimeout(pushTimer);
  pushTimer = setTimeout(
    () => {
      firstChangeAt = null;
      void syncNow();
    },
    Math.max(0, Math.min(PUSH_DEBOUNCE_MS, firstChangeAt + PUSH_WITHIN_MS - now - 300)),
  );
}

let starting: Promise<void> | null = null;

/** Starts syncing with the stored state, if there is one: idempotent, for every page. */
export function startSync(fresh = false): Promise<void> {
  starting ??= start(fresh).finally(() => (starting = null));
  return starting;
}

async function start(fresh = false): Promise<void> {
  const state = readSyncState();
  if (!state) {
    if (!running) publish({ phase: "off" });
    return;
  }
  if (running?.syncKey === state.key) return;
  running?.stop();
  const keys = await deriveVaultKeys(state.key, pageStorageNamespace());
  const current: Running = { syncKey: state.key, keys, server: null, fresh, stop: () => {} };
  const stops = [
    onLocalChange(({ name, wholeDocument }) => {
      if (name === "progress" && wholeDocument) statusesReplaced = true;
      schedulePush();
    }),
    listen(window, "focus", () => void syncNow()),
    listen(window, "online", () => void syncNow()),
    listen(window, "offline", () => publish({ phase: "offline", lastSyncedAt: readSyncState()?.lastSyncedAt })),
    listen(document, "visibilitychange", () => document.visibilityState === "visible" && void syncNow()),
    listen(window, "storage", (event) => {
      // Another tab stopped syncing, deleted the data, or paired with another link.
      if ((event as StorageEvent).key !== pageStorageKeys().sync) return;
      const stored = readSyncState();
      if (stored?.key !== current.syncKey) void restart();
    }),
  ];
  const interval = setInterval(() => document.visibilityState === "visible" && void syncNow(), PULL_EVERY_MS);
  current.stop = () => {
    for (const stop of stops) stop();
    clearInterval(interval);
    clearTimeout(retryTimer);
    clearTimeout(pushTimer);
  };
  running = current;
  publish({ phase: "starting", lastSyncedAt: state.lastSyncedAt });
  void syncNow();
}

function listen(target: EventTarget, type: string, handler: (event: Event) => void): () => void {
  target.addEventListener(type, handler);
  return () => target.removeEventListener(type, handler);
}

async function restart() {
  stopRunning();
  await startSync();
  if (!running) publish({ phase: readSyncStateEnded() ? "deleted-elsewhere" : "off" });
}

function readSyncStateEnded(): boolean {
  try {
    return window.localStorage.getItem(pageStorageKeys().sync)?.includes('"ended"') ?? false;
  } catch {
    return false;
  }
}

function stopRunning() {
  running?.stop();
  running = null;
  cycleAgain = false;
  publishNoteConflicts([], null);
}

function end() {
  stopRunning();
  publish({ phase: "off" });
}

/** Another device deleted the synced data: sync stops here, everything local stays. */
function endedElsewhere() {
  writeSyncState({ ended: "deleted-elsewhere", at: Date.now() });
  stopRunning();
  publish({ phase: "deleted-elsewhere" });
}

/** Turns sync on with a new key: this browser's data becomes the vault's first version. */
export async function turnOnSync(): Promise<void> {
  stopRunning();
  writeSyncState({ key: newSyncKey(), deviceId: readSyncState()?.deviceId ?? newDeviceId(), replica: EMPTY_REPLICA });
  await startSync(true);
  await cycle;
}

/** Joins the vault of a sync link: this browser's data and the synced data are merged, nothing lost. */
export async function joinSync(syncKey: string): Promise<void> {
  if (!isSyncKey(syncKey)) throw new Error("Not a sync key");
  const state = readSyncState();
  if (state?.key !== syncKey) {
    stopRunning();
    writeSyncState({ key: syncKey, deviceId: state?.deviceId ?? newDeviceId(), replica: EMPTY_REPLICA });
  }
  await startSync();
  await cycle;
}

/** Stops syncing this browser; its data stays, and so does the synced copy for other devices. */
export function stopSyncing(): void {
  writeSyncState(null);
  end();
}

/** Deletes the vault on the server; true once it is gone (or was already). Local data stays. */
export async function deleteSyncedData(): Promise<boolean> {
  const current = running;
  if (!current) return false;
  const response = await fetch(vaultUrl(current.keys), { method: "DELETE", headers: { Authorization: `Bearer ${current.keys.token}` } }).catch(() => null);
  if (!response || (response.status !== 204 && response.status !== 404)) return false;
  writeSyncState(null);
  stopRunning();
  publish({ phase: "deleted" });
  return true;
}
