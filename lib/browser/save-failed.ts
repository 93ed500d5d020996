// Whether the browser refused to save the learner's data (progress, notes, the plan), so the page can
// say so once. Its own module, free of any schema, because the layout shows the notice on every page,
// including those that never read stored data.
import { createExternalStore, useExternalStore } from "./external-store";

let saveFailed = false;

export const saveFailedStore = createExternalStore({ read: () => saveFailed, serverValue: false });

export function reportSaveFailed(): void {
  if (saveFailed) return;
  saveFailed = true;
  saveFailedStore.changed();
}

export function useSaveFailed() {
  return useExternalStore(saveFailedStore);
}
