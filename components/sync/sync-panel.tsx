"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "@/components/i18n/messages-provider";
import { createExternalStore, useExternalStore } from "@/lib/browser/external-store";
import { QR_CODE_SIZE, qrCodeImage } from "@/lib/browser/qr-code";
import { dismissSyncArrival, syncArrivalStore } from "@/lib/sync/arrival";
import type { Translator } from "@/lib/i18n/messages";
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

type SyncTranslator = Translator<"sync">;

function syncedAgo(t: SyncTranslator, at: number, now: number): string {
  const minutes = Math.floor((now - at) / 60_000);
  if (minutes < 1) return t("syncedJustNow");
  const relativeTime = new Intl.RelativeTimeFormat(t.locale, { numeric: "auto" });
  const hours = Math.floor(minutes / 60);
  const ago = minutes < 60 ? relativeTime.format(-minutes, "minute") : hours < 24 ? relativeTime.format(-hours, "hour") : relativeTime.format(-Math.floor(hours / 24), "day");
  return t("syncedAgo", { ago });
}

function describe(t: SyncTranslator, status: SyncStatus, now: number): string {
  switch (status.phase) {
    case "unknown":
    case "off":
      return "";
    case "starting":
    case "syncing":
      return t("syncing");
    case "synced":
      return syncedAgo(t, status.lastSyncedAt ?? now, now);
    case "offline":
      return t("offline");
    case "unreachable":
      return t("unreachable");
    case "paused":
      return `${t("paused")} ${t("nextTry", { seconds: Math.max(1, Math.ceil(((status.retryAt ?? now) - now) / 1000)) })}`;
    case "unreadable":
      return t("unreadable");
    case "unavailable":
      return t("unavailable");
    case "deleted-elsewhere":
      return t("deletedElsewhere");
    case "deleted":
      return t("deleted");
  }
}

/** Turning sync on, pairing by a link, and what sync is doing, for the overview's Sync region. */
export function SyncPanel() {
  const t = useTranslations("sync");
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
      setMessage(t("clientFailed"));
    } finally {
      setBusy(false);
    }
  }

  async function copyLink() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setMessage(t("copied"));
    } catch {
      setMessage(t("copyByHand"));
    }
  }

  async function deleteSynced() {
    if (!window.confirm(t("confirmDelete"))) return;
    await run(async (client) => {
      if (!(await client.deleteSyncedData())) setMessage(t("deleteFailed"));
    });
  }

  return (
    <div className="sync__panel">
      {arrival && (
        <div className="notice sync__arrival" ref={prompt} tabIndex={-1} role="group" aria-label={t("arrivalName")}>
          {"key" in arrival ? (
            <>
              <p>
                {t("arrivalQuestion")}
                {on && ` ${t("arrivalReplaces")}`}
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
                  {t("syncThisBrowser")}
                </button>
                <button type="button" className="button button--quiet" onClick={dismissSyncArrival}>
                  {t("notNow")}
                </button>
              </div>
            </>
          ) : (
            <>
              <p>{t("damagedLink")}</p>
              <button type="button" className="button button--quiet" onClick={dismissSyncArrival}>
                {t("dismiss")}
              </button>
            </>
          )}
        </div>
      )}
      {!on && status.phase !== "starting" && status.phase !== "unknown" && (
        <button type="button" className="button button--quiet" disabled={busy} onClick={() => void run((client) => client.turnOnSync())}>
          {t("turnOn")}
        </button>
      )}
      {on && link && (
        <>
          <label className="share-progress__field">
            <span>{t("link")}</span>
            <input type="url" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
          </label>
          {qrCode?.link === link && (
            <figure className="share-progress__qr">
              {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made in the browser, nothing to optimise */}
              <img src={qrCode.image} width={QR_CODE_SIZE} height={QR_CODE_SIZE} alt={t("qrCodeAlt")} />
              <figcaption>{t("qrCodeCaption")}</figcaption>
            </figure>
          )}
          <div className="sync__buttons">
            <button type="button" className="button button--quiet" onClick={() => void copyLink()}>
              {t("copyLink")}
            </button>
            <button type="button" className="button button--quiet" onClick={() => void run((client) => client.syncNow())}>
              {t("syncNow")}
            </button>
            <button type="button" className="button button--quiet" onClick={() => void run(async (client) => client.stopSyncing())}>
              {t("stop")}
            </button>
            <button type="button" className="button button--quiet" disabled={busy} onClick={() => void deleteSynced()}>
              {t("delete")}
            </button>
          </div>
        </>
      )}
      <p role="status" className="sync__status">
        {describe(t, status, now)}
        {message && ` ${message}`}
      </p>
    </div>
  );
}
