"use client";

import { useEffect } from "react";
import { progressReady } from "@/lib/progress/store";

/**
 * Marks the page (<html data-progress-ready>) once it has hydrated and the learner's stored progress
 * is known. Styles show progress, statuses and Continue from then on, so nothing shows a wrong value
 * first and no component renders twice to find out.
 */
export function ProgressReadyFlag() {
  useEffect(() => {
    let mounted = true;
    void progressReady().then(() => {
      if (mounted) document.documentElement.dataset.progressReady = "";
    });
    return () => {
      mounted = false;
    };
  }, []);
  return null;
}
