"use client";

import { useState } from "react";
import { useTranslations } from "@/components/i18n/messages-provider";
import { useHydrated } from "@/lib/browser/external-store";
import type { MessageKey } from "@/lib/i18n/messages";
import { shareOrCopy, type ShareOutcome } from "@/lib/share/share-or-copy";

/** What the button says it did; a share sheet closed without sharing says nothing. */
const STATUS: Record<ShareOutcome, MessageKey<"share"> | null> = {
  shared: "shared",
  copied: "linkCopied",
  cancelled: null,
  failed: "copyFailed",
};

/** "Share" where the device has a share sheet, else "Copy link": either way the page's absolute permalink. */
export function SharePageButton({ path, title }: { path: string; title: string }) {
  // The server cannot know whether the device has a share sheet; the browser reads it after hydration.
  const canShare = useHydrated() && typeof navigator.share === "function";
  const [status, setStatus] = useState<MessageKey<"share"> | null>(null);
  const t = useTranslations("share");

  async function share() {
    setStatus(null);
    setStatus(STATUS[await shareOrCopy(new URL(path, window.location.origin).href, title)]);
  }

  return (
    <span className="share-page js-only">
      <button type="button" className="button button--quiet" onClick={share}>
        {t(canShare ? "share" : "copyLink")}
      </button>
      <span role="status" className="share-page__status">
        {status && t(status)}
      </span>
    </span>
  );
}
