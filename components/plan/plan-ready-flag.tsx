"use client";

import { useDocumentFlag } from "@/lib/browser/document-flag";
import { planReady } from "@/lib/plan/store";

/** Marks the page (<html data-plan-ready>) once the learner's stored plan is known. */
export function PlanReadyFlag() {
  useDocumentFlag("planReady", planReady);
  return null;
}
