// What the Sync region shows: whether sync is on in this browser and how the last attempt went.
// Its own small module, free of the sync client, so the region and the layout read it on every
// page while the client (lib/sync/client/engine.ts) loads only once sync is on.
import { createExternalStore } from "../browser/external-store";
import { pageStorageKeys } from "../browser/storage-keys";

export type SyncPhase =
  /** Not known yet: the server's render and hydration. */
  | "unknown"
  | "off"
  /** On, before the first attempt has answered. */
  | "starting"
  | "syncing"
  | "synced"
  | "offline"
  /** The server did not answer, or answered with an error. */
  | "unreachable"
  /** The server answered that its store is down (503), or that there were too many requests (429): it says when to come back. */
  | "paused"
  /** What the server holds does not decrypt or validate with this browser's key. */
  | "unreadable"
  /** This server does not offer sync (it answers 404 to a new vault). */
  | "unavailable"
  /** Another device deleted the synced data: sync is off here, the data stays. */
  | "deleted-elsewhere"
  /** This browser deleted the synced data. */
  | "deleted";

export interface SyncStatus {
  phase: SyncPhase;
  /** The sync link, while sync is on. */
  link?: string;
  /** When this browser last synced (ms since the epoch). */
  lastSyncedAt?: number;
  /** When the server said to try again (ms since the epoch). */
  retryAt?: number;
}

const UNKNOWN: SyncStatus = Object.freeze({ phase: "unknown" });

let status: SyncStatus | null = null;
/** Whether the sync client runs in this tab: then it says what is true, and watches the stored state itself. */
let clientRunning = false;

/** What the stored sync state says before the client loads: on, ended by another device, or off. */
export function storedSyncPhase(): "on" | "deleted-elsewhere" | "off" {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(pageStorageKeys().sync);
  } catch {
    return "off";
  }
  // A cheap look, not a parse: the client validates the state before it uses any of it.
  if (raw?.includes('"key"')) return "on";
  return raw?.includes('"ended"') ? "deleted-elsewhere" : "off";
}

export const syncStatusStore = createExternalStore<SyncStatus>({
  read: () => {
    if (status) return status;
    const stored = storedSyncPhase();
    return (status = { phase: stored === "on" ? "starting" : stored });
  },
  serverValue: UNKNOWN,
  watch(changed) {
    // Another tab turned sync on or off: until a client here takes it up, the stored state tells.
    const onStorage = (event: StorageEvent) => {
      if (clientRunning || (event.key !== pageStorageKeys().sync && event.key !== null)) return;
      status = null;
      changed();
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  },
});

/** From the sync client: what is true now, and whether it goes on running. */
export function publishSyncStatus(next: SyncStatus, running: boolean): void {
  status = next;
  clientRunning = running;
  syncStatusStore.changed();
}
