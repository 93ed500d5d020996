import { useSyncExternalStore } from "react";
import { getDisplayedProgress, getProgress, getServerProgress, hasSaveFailed, isViewingShared, subscribe } from "./store";

export function useProgress() {
  return useSyncExternalStore(subscribe, getProgress, getServerProgress);
}

export function useDisplayedProgress() {
  return useSyncExternalStore(subscribe, getDisplayedProgress, getServerProgress);
}

export function useSaveFailed() {
  return useSyncExternalStore(subscribe, hasSaveFailed, () => false);
}

const noSubscription = () => () => {};

/** False during server rendering and hydration, true after: for controls that need JavaScript. */
export function useHydrated() {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

export function useViewingShared() {
  return useSyncExternalStore(subscribe, isViewingShared, () => false);
}
