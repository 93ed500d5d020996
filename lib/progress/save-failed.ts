// Whether the browser refused to save progress, so the page can say so once. Its own module, free of
// the progress schema, because the layout shows the notice on every page, including those that never
// read progress.
import { createExternalStore, useExternalStore } from "../browser/external-store";

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
