// The browser's copy of the learner's plan: one stored document (lib/browser/stored-document.ts)
// under <namespace>:plan. Its zod parser (./parse) loads only when a plan is stored.
import { useExternalStore } from "../browser/external-store";
import { createStoredDocument } from "../browser/stored-document";
import { DEFAULT_PLAN } from "./plan";
import type { Plan } from "./schema";

const plan = createStoredDocument<Plan>({
  name: "plan",
  empty: DEFAULT_PLAN,
  loadParser: () => import("./parse").then((module) => module.parsePlanJson),
});

export const planStore = plan.store;
export const planReady = plan.ready;
export const getPlan = plan.get;
export const updatePlan = plan.update;
export const savePlan = plan.save;

export function usePlan(): Plan {
  return useExternalStore(planStore);
}

/** What sync (lib/sync/client) reads and writes beneath the store. */
export const syncedPlan = plan.synced;
