"use client";

import { useEffect, useState } from "react";
import { useSaveFailed } from "@/lib/browser/save-failed";
import { progressReady } from "@/lib/progress/store";
import { registerServiceWorker, type ServiceWorkerUpdate } from "@/lib/pwa/register";

/**
 * Registers the service worker that keeps the roadmap offline, and offers a new build once one
 * has arrived. It never reloads by itself: the learner chooses when.
 */
export function UpdatePrompt() {
  const [update, setUpdate] = useState<ServiceWorkerUpdate | null>(null);
  // When the browser refuses to store progress, it lives only in this tab: a reload would lose it.
  const progressOnlyInThisTab = useSaveFailed();

  useEffect(() => registerServiceWorker(setUpdate), []);

  async function reload() {
    if (progressOnlyInThisTab && !window.confirm("This browser isn’t saving your progress, so reloading loses your changes. Reload anyway?")) return;
    // A status chosen a moment ago is saved before the page goes.
    await progressReady();
    await update?.apply();
  }

  return (
    <div role="status" className="notice-region update-region">
      {update && (
        <div className="notice update-prompt">
          <p>A new version is available.</p>
          {progressOnlyInThisTab && <p>Export your progress from the overview first: this browser isn’t saving it.</p>}
          <button type="button" className="button" onClick={reload}>
            Reload
          </button>
        </div>
      )}
    </div>
  );
}
