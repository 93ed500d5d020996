"use client";

import { useEffect } from "react";
import { useExternalStore } from "@/lib/browser/external-store";
import { syncStatusStore } from "@/lib/sync/status";

/**
 * On every page: once the stored state says sync is on here (or another tab turns it on), loads the
 * sync client and starts it. With sync off it loads nothing.
 */
export function SyncStarter() {
  const phase = useExternalStore(syncStatusStore, (status) => status.phase);
  useEffect(() => {
    if (phase === "starting") void import("@/lib/sync/client/engine").then((client) => client.startSync());
  }, [phase]);
  return null;
}
