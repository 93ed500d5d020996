"use client";

import { useEffect, useRef, useState } from "react";
import { createExternalStore, useExternalStore } from "@/lib/browser/external-store";
import { QR_CODE_SIZE, qrCodeImage } from "@/lib/browser/qr-code";
import { dismissSyncArrival, syncArrivalStore } from "@/lib/sync/arrival";
import { syncStatusStore, type SyncStatus } from "@/lib/sync/status";

/** The sync client: it loads only once sync is turned on, or a sync link is to be used. */
const loadClient = () => import("@/lib/sync/client/engine");

/** The time, every 15 s while the panel is shown: "Synced 2 minutes ago" stays true. */
const clockStore = (() => {
  let now = 0;
  const store = createExternalStore({
    read: () => now || (now = Date.now()),
    serverValue: 0,
    watch(changed) {
      const timer = setInterval(() => {
        now = Date.now();
        changed();
      }, 15_000);
      return () => clearInterval(timer);
    },
  });
  return { ...store, refresh: () => ((now = Date.now()), store.changed()) };
})();

const relativeTime = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

function syncedAgo(at: number, now: number): string {
  const minutes = Math.floor((now - at) / 60_000);
  if (minutes < 1) return "Synced just now";
  if (minutes < 60) return `Synced ${relativeTime.format(-minutes, "minute")}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `Synced ${relativeTime.format(-hours, "hour")}`;
  return `Synced ${relativeTime.format(-Math.floor(hours / 24), "day")}`;
}

function describe(status: SyncStatus, now: number): string {
  const kept = "Your changes are kept in this browser and will sync when it answers.";
  switch (status.phase) {
    case "unknown":
    case "off":
      return "";
    case "starting":
    case "syncing":
      return "Syncing…";
    case "synced":
      return syncedAgo(status.lastSyncedAt ?? now, now);
    case "offline":
      return "You are offline: changes will sync when you are back online.";
    case "unreachable":
      return `Can’t reach the sync server. ${kept}`;
    case "paused": {
      const seconds = Math.max(1, Math.ceil(((status.retryAt ?? now) - now) / 1000));
      return `Sync is paused: the sync server is busy or can’t reach its storage. ${kept} Next try in about ${seconds} s.`;
    }
    case "unreadable":
      return "The synced data can’t be read with this link: it is damaged, or was changed by someone without the link. Nothing in this browser was changed, and nothing was sent.";
    case "unavailable":
      return "This server doesn’t offer sync. Your data stays in this browser.";
    case "deleted-elsewhere":
      return "Sync was turned off: the synced data was deleted from another device. Everything stays in this browser.";
    case "deleted":
      return "The synced data was deleted from the server. Everything stays in this browser; your other devices stop syncing.";
  }
}

/** Turning sync on, pairing by a link, and what sync is doing, for the overview's Sync region. */
export function SyncPanel() {
  const status = useExternalStore(syncStatusStore);
  const arrival = useExternalStore(syncArrivalStore);
  const [qrCode, setQrCode] = useState<{ link: string; image: string } | null>(null);
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const now = useExternalStore(clockStore);
  const prompt = useRef<HTMLDivElement>(null);
  const on = status.link !== undefined;

  // A sync link: the prompt takes focus, and the client starts loading for the answer.
  useEffect(() => {
    if (!arrival) return;
    prompt.current?.scrollIntoView({ block: "center" });
    prompt.current?.focus({ preventScroll: true });
    if ("key" in arrival) void loadClient();
  }, [arrival]);

  // A new status is described as of now, not as of the last tick.
  useEffect(() => clockStore.refresh(), [status]);

  const link = status.link;
  useEffect(() => {
    if (!link) return;
    let current = true;
    void qrCodeImage(link).then((image) => current && image && setQrCode({ link, image }));
    return () => {
      current = false;
    };
  }, [link]);

  async function run(action: (client: Awaited<ReturnType<typeof loadClient>>) => Promise<unknown>) {
    setBusy(true);
    setMessage("");
    try {
      await action(await loadClient());
    } catch {
      setMessage("That didn’t work: the sync code could not load. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  async function copyLink() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setMessage("Sync link copied.");
    } catch {
      setMessage("Select the link above and copy it.");
    }
  }

  async function deleteSynced() {
    if (!window.confirm("Delete the synced data from the server? Every device stops syncing. The data in each browser stays where it is.")) return;
    await run(async (client) => {
      if (!(await client.deleteSyncedData())) setMessage("The synced data could not be deleted: the server didn’t answer. Try again.");
    });
  }

  return (
    <div className="sync__panel">
      {arrival && (
        <div className="notice sync__arrival" ref={prompt} tabIndex={-1} role="group" aria-label="Sync link">
          {"key" in arrival ? (
            <>
              <p>
                You opened a sync link. Sync this browser with it? What you have here and the synced progress are merged: nothing either
                side has is lost.
                {on && " This browser syncs with another link now; it will sync with this one instead."}
              </p>
              <div className="sync__buttons">
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() =>
                    void run(async (client) => {
                      await client.joinSync(arrival.key);
                      dismissSyncArrival();
                    })
                  }
                >
                  Sync this browser
                </button>
                <button type="button" className="button button--quiet" onClick={dismissSyncArrival}>
                  Not now
                </button>
              </div>
            </>
          ) : (
            <>
              <p>This sync link is damaged or incomplete, so it can’t be used. Copy it again from the device that syncs.</p>
              <button type="button" className="button button--quiet" onClick={dismissSyncArrival}>
                Dismiss
              </button>
            </>
          )}
        </div>
      )}
      {!on && status.phase !== "starting" && status.phase !== "unknown" && (
        <button type="button" className="button button--quiet" disabled={busy} onClick={() => void run((client) => client.turnOnSync())}>
          Turn on sync
        </button>
      )}
      {on && link && (
        <>
          <label className="share-progress__field">
            <span>Sync link</span>
            <input type="url" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
          </label>
          {qrCode?.link === link && (
            <figure className="share-progress__qr">
              {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made in the browser, nothing to optimise */}
              <img src={qrCode.image} width={QR_CODE_SIZE} height={QR_CODE_SIZE} alt="QR code of the sync link" />
              <figcaption>Scan it with your phone, then press Sync this browser there.</figcaption>
            </figure>
          )}
          <div className="sync__buttons">
            <button type="button" className="button button--quiet" onClick={() => void copyLink()}>
              Copy sync link
            </button>
            <button type="button" className="button button--quiet" onClick={() => void run((client) => client.syncNow())}>
              Sync now
            </button>
            <button type="button" className="button button--quiet" onClick={() => void run(async (client) => client.stopSyncing())}>
              Stop syncing on this browser
            </button>
            <button type="button" className="button button--quiet" disabled={busy} onClick={() => void deleteSynced()}>
              Delete synced data from the server
            </button>
          </div>
        </>
      )}
      <p role="status" className="sync__status">
        {describe(status, now)}
        {message && ` ${message}`}
      </p>
    </div>
  );
}
