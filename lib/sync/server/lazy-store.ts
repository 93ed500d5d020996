// The store as the request handler sees it: opened on the first sync request (never as a module
// loads, so pages are served as before whatever the database's state), opened again a few seconds
// after a failure instead of remembering it for good, and tidied of expired vaults when it opens and
// then at most hourly, on the back of a request, which works on serverless hosts that run nothing
// between requests.
import { RETENTION_DAYS } from "../protocol";
import type { SyncStore } from "./store";

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_RETRY_DELAY_MS = 5000;
const DEFAULT_EXPIRE_EVERY_MS = 60 * 60 * 1000;

/** No store now; the handler answers 503 with this Retry-After. */
export class StoreUnavailableError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("The sync store is unavailable");
    this.name = "StoreUnavailableError";
  }
}

export interface LazyStore {
  /** The open store; throws StoreUnavailableError while it cannot be opened. */
  acquire(): Promise<SyncStore>;
  close(): Promise<void>;
}

function messageOf(error: unknown) {
  return error instanceof Error ? error.message : String(error);
}

export function createLazyStore(
  open: () => Promise<SyncStore>,
  { now = Date.now, retryDelayMs = DEFAULT_RETRY_DELAY_MS, expireEveryMs = DEFAULT_EXPIRE_EVERY_MS }: { now?: () => number; retryDelayMs?: number; expireEveryMs?: number } = {},
): LazyStore {
  /** The store being opened or open; null before the first request and after a failure. */
  let opening: Promise<SyncStore | null> | null = null;
  let retryAt = 0;
  let expiredAt = Number.NEGATIVE_INFINITY;

  function start(): Promise<SyncStore | null> {
    return open().then(
      (store) => store,
      (error: unknown) => {
        opening = null;
        retryAt = now() + retryDelayMs;
        console.error(`Sync store unavailable, trying again in ${Math.ceil(retryDelayMs / 1000)} s: ${messageOf(error)}`);
        return null;
      },
    );
  }

  async function expireIfDue(store: SyncStore) {
    const at = now();
    if (at - expiredAt < expireEveryMs) return;
    // Marked before the await, so that requests arriving meanwhile do not expire again.
    expiredAt = at;
    try {
      const count = await store.expire(new Date(at - RETENTION_DAYS * DAY_MS));
      if (count > 0) console.log(`Sync: deleted ${count} vault${count === 1 ? "" : "s"} untouched for ${RETENTION_DAYS} days`);
    } catch (error) {
      // The request goes on: the next hour tries again.
      console.error(`Sync could not delete expired vaults: ${messageOf(error)}`);
    }
  }

  return {
    async acquire() {
      if (!opening) {
        const wait = retryAt - now();
        if (wait > 0) throw new StoreUnavailableError(Math.ceil(wait / 1000));
        opening = start();
      }
      const store = await opening;
      if (!store) throw new StoreUnavailableError(Math.ceil(retryDelayMs / 1000));
      await expireIfDue(store);
      return store;
    },
    async close() {
      const store = await opening;
      opening = null;
      await store?.close();
    },
  };
}
