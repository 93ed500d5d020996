// A sync link opened in this browser (<origin>/#sync=<key>): read from the address bar once, and
// taken out of it at once, so the key is not left in the history or on screen.
import { createExternalStore } from "../browser/external-store";
import { SYNC_PARAM } from "./link";

export type SyncArrival = { key: string } | { damaged: true };

const KEY_IN_FRAGMENT = new RegExp(`^#${SYNC_PARAM}=(.*)$`);
const KEY = /^[A-Za-z0-9_-]{32}$/;

/** undefined until the address bar is first read. */
let arrival: SyncArrival | null | undefined;

function takeFromAddressBar(): SyncArrival | null {
  const match = window.location.hash.match(KEY_IN_FRAGMENT);
  if (!match) return null;
  window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
  const key = match[1] ?? "";
  return KEY.test(key) ? { key } : { damaged: true };
}

export const syncArrivalStore = createExternalStore<SyncArrival | null>({
  read: () => (arrival === undefined ? (arrival = takeFromAddressBar()) : arrival),
  serverValue: null,
  watch(changed) {
    // A sync link pasted into the address bar of a page already open.
    const onHashChange = () => {
      const found = takeFromAddressBar();
      if (!found) return;
      arrival = found;
      changed();
    };
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  },
});

export function dismissSyncArrival(): void {
  arrival = null;
  syncArrivalStore.changed();
}
