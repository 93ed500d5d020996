// Per-process request ceilings (RATE_LIMITS in the protocol): a fixed window per key, counted in
// memory. Memory is bounded: windows are kept in the order they opened, so the ended ones are always
// at the front and are dropped as new keys arrive; at the ceiling the oldest window goes. Several
// processes each count on their own, which makes the ceilings per server, not per deployment.

export type RateDecision = { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one request for `key` at `nowMs` and says whether it is within the limit. */
  hit(key: string, nowMs: number): RateDecision;
}

/** Enough for every vault and client busy at once on a small server, at about 100 bytes each. */
const DEFAULT_MAX_KEYS = 10_000;

export function createRateLimiter({ limit, windowMs, maxKeys = DEFAULT_MAX_KEYS }: { limit: number; windowMs: number; maxKeys?: number }): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();

  function dropEnded(nowMs: number) {
    for (const [key, window] of windows) {
      if (window.start + windowMs > nowMs) break;
      windows.delete(key);
    }
  }

  return {
    hit(key, nowMs) {
      let window = windows.get(key);
      if (!window || window.start + windowMs <= nowMs) {
        // Deleted first so that the new window goes to the back, keeping the map in opening order.
        windows.delete(key);
        dropEnded(nowMs);
        if (windows.size >= maxKeys) {
          const oldest = windows.keys().next();
          if (!oldest.done) windows.delete(oldest.value);
        }
        window = { start: nowMs, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      if (window.count <= limit) return { ok: true };
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + windowMs - nowMs) / 1000)) };
    },
  };
}
