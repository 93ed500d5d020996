"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "@/components/i18n/messages-provider";
import { useSaveFailed } from "@/lib/browser/save-failed";
import { progressReady } from "@/lib/progress/store";
import { registerServiceWorker, type ServiceWorkerUpdate } from "@/lib/pwa/register";

/**
 * Registers the service worker that keeps the roadmap offline, and offers a new build once one
 * has arrived. It never reloads by itself: the learner chooses when.
 */
export function UpdateOffer() {
  const [update, setUpdate] = useState<ServiceWorkerUpdate | null>(null);
  // When the browser refuses to store progress, it lives only in this tab: a reload would lose it.
  const progressOnlyInThisTab = useSaveFailed();
  const t = useTranslations("pwa");

  useEffect(() => registerServiceWorker(setUpdate), []);

  async function reload() {
    if (progressOnlyInThisTab && !window.confirm(t("confirmReload"))) return;
    // A status chosen a moment ago is saved before the page goes.
    await progressReady();
    await update?.apply();
  }

  return (
    <div role="status" className="notice-region update-region">
      {update && (
        <div className="notice update-prompt">
          <p>{t("newVersion")}</p>
          {progressOnlyInThisTab && <p>{t("exportFirst")}</p>}
          <button type="button" className="button" onClick={reload}>
            {t("reload")}
          </button>
        </div>
      )}
    </div>
  );
}
