"use client";

import { useDocumentFlag } from "@/lib/browser/document-flag";
import { planReady } from "@/lib/plan/store";
import { progressReady } from "@/lib/progress/store";

const planAndProgressReady = () => Promise.all([planReady(), progressReady()]);

/** Marks the page (<html data-plan-ready>) once the learner's stored plan, and the progress it counts, are known. */
export function PlanReadyFlag() {
  useDocumentFlag("planReady", planAndProgressReady);
  return null;
}
