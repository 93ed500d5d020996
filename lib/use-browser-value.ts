import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * A value only the browser knows (a feature, or simply "hydrated"), as `serverValue` during server
 * rendering and hydration and as `read()` after, without a hydration mismatch.
 */
export function useBrowserValue<T>(read: () => T, serverValue: T): T {
  return useSyncExternalStore(noSubscription, read, () => serverValue);
}
