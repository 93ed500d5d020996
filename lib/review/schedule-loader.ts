// The scheduler (./scheduler.ts, with ts-fsrs) as a store that is empty until it is first needed:
// pages load it only once they have reviews to show or an answer to schedule.
import { createExternalStore, useExternalStore } from "../browser/external-store";

type Scheduler = typeof import("./scheduler");

let loaded: Scheduler | null = null;
let loading: Promise<Scheduler> | null = null;

const schedulerStore = createExternalStore<Scheduler | null>({ read: () => loaded, serverValue: null });

export function loadScheduler(): Promise<Scheduler> {
  // A failed load (offline before the scheduler was ever saved) is forgotten, so the next call tries again.
  loading ??= import("./scheduler").then(
    (module) => {
      loaded = module;
      schedulerStore.changed();
      return module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The scheduler once loaded, else null. */
export function useScheduler(): Scheduler | null {
  return useExternalStore(schedulerStore);
}
