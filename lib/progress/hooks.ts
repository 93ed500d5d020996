import { useSyncExternalStore } from "react";
import { useBrowserValue } from "../use-browser-value";
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

/** False during server rendering and hydration, true after: for controls that need JavaScript. */
export function useHydrated() {
  return useBrowserValue(() => true, false);
}

export function useViewingShared() {
  return useSyncExternalStore(subscribe, isViewingShared, () => false);
}
