// The one shape of browser state: a small store read through useSyncExternalStore. Progress, the
// shared view and the theme are each one of these, so components never keep module-level state
// or copy derived state into a store from an effect.
import { useSyncExternalStore } from "react";

export interface ExternalStore<T> {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => T;
  getServerSnapshot: () => T;
}

interface ExternalStoreOptions<T> {
  /** The current value. Must return the same object until it changes: React compares snapshots with Object.is. */
  read: () => T;
  /** What server rendering and hydration see, so the first client render matches the HTML. */
  serverValue: T;
  /**
   * Watches outside sources (another tab's storage writes, URL changes) while anyone is subscribed:
   * calls `changed` when they change, and returns a function that stops watching.
   */
  watch?: (changed: () => void) => () => void;
}

export function createExternalStore<T>({ read, serverValue, watch }: ExternalStoreOptions<T>): ExternalStore<T> & { changed: () => void } {
  const listeners = new Set<() => void>();
  let stopWatching: (() => void) | undefined;
  const changed = () => {
    for (const listener of [...listeners]) listener();
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) stopWatching = watch?.(changed);
      return () => {
        listeners.delete(listener);
        if (listeners.size) return;
        stopWatching?.();
        stopWatching = undefined;
      };
    },
    getSnapshot: read,
    getServerSnapshot: () => serverValue,
    changed,
  };
}

/**
 * A store's value, or the part of it that `select` picks: then the component re-renders only when
 * that part changes (select must return the same value for the same state, e.g. a string).
 */
export function useExternalStore<T>(store: ExternalStore<T>): T;
export function useExternalStore<T, S>(store: ExternalStore<T>, select: (value: T) => S): S;
export function useExternalStore<T, S>(store: ExternalStore<T>, select?: (value: T) => S): T | S {
  return useSyncExternalStore<T | S>(
    store.subscribe,
    select ? () => select(store.getSnapshot()) : store.getSnapshot,
    select ? () => select(store.getServerSnapshot()) : store.getServerSnapshot,
  );
}

/** False during server rendering and hydration, true after: for what only the browser knows. */
const hydratedStore = createExternalStore({ read: () => true, serverValue: false });

export function useHydrated(): boolean {
  return useExternalStore(hydratedStore);
}
