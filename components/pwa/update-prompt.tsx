"use client";

import { useEffect, useState } from "react";
import { progressReady } from "@/lib/progress/store";
import { registerServiceWorker, type ServiceWorkerUpdate } from "@/lib/pwa/register";

/**
 * Registers the service worker that keeps the roadmap offline, and offers a new build once one
 * has arrived. It never reloads by itself: the learner chooses when.
 */
export function UpdatePrompt() {
  const [update, setUpdate] = useState<ServiceWorkerUpdate | null>(null);

  useEffect(() => registerServiceWorker(setUpdate), []);

  async function reload() {
    // A status chosen a moment ago is saved before the page goes.
    await progressReady();
    await update?.apply();
  }

  return (
    <div role="status" className="notice-region update-region">
      {update && (
        <div className="notice update-prompt">
          <p>A new version is available.</p>
          <button type="button" className="button" onClick={reload}>
            Reload
          </button>
        </div>
      )}
    </div>
  );
}
