"use client";

import { useRef, useState } from "react";
import { useTranslations } from "@/components/i18n/messages-provider";
import type { MessageKey } from "@/lib/i18n/messages";
import { useViewingShared } from "@/lib/progress/hooks";
import type { StepOutline } from "@/lib/progress/progress";
import { encodeShareCode, SHARE_PARAM } from "@/lib/share/share-code";
import { getProgress } from "@/lib/progress/store";
import { shareOrCopy, type ShareOutcome } from "@/lib/share/share-or-copy";
import { QR_CODE_SIZE, qrCodeImage } from "@/lib/browser/qr-code";

/** What the button says it did; a share sheet closed without sharing says nothing. */
const STATUS: Record<ShareOutcome, MessageKey<"share"> | null> = {
  shared: "shared",
  copied: "progressCopied",
  cancelled: null,
  failed: "progressCopyFailed",
};

/** Makes a link that shows the learner's progress to anyone, with no account and no server. */
export function ShareProgress({ steps, title }: { steps: StepOutline[]; title: string }) {
  const viewingShared = useViewingShared();
  const [link, setLink] = useState<string | null>(null);
  const [qrCode, setQrCode] = useState<string | null>(null);
  const latestLink = useRef<string | null>(null);
  const [status, setStatus] = useState<MessageKey<"share"> | null>(null);
  const t = useTranslations("share");

  // It shares the learner's own progress, so it is hidden while someone else's is on screen.
  if (viewingShared) return null;

  async function share() {
    const url = `${window.location.origin}/#${SHARE_PARAM}=${encodeShareCode(await getProgress(), steps)}`;
    setLink(url);
    latestLink.current = url;
    setStatus(null);
    void showQrCode(url);
    setStatus(STATUS[await shareOrCopy(url, t("shareTitle", { title }))]);
  }

  /** The same link as a QR code, to open on a phone with its camera. Without one, the link above still works. */
  async function showQrCode(url: string) {
    setQrCode(null);
    const image = await qrCodeImage(url);
    // Two quick clicks: only the code of the newest link is shown.
    if (image && latestLink.current === url) setQrCode(image);
  }

  return (
    <div className="share-progress">
      <button type="button" className="button" onClick={share}>
        {t("shareProgress")}
      </button>
      {link && (
        <label className="share-progress__field">
          <span>{t("progressLink")}</span>
          <input type="url" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
      {link && qrCode && (
        <figure className="share-progress__qr">
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made in the browser, nothing to optimise */}
          <img src={qrCode} width={QR_CODE_SIZE} height={QR_CODE_SIZE} alt={t("qrCodeAlt")} />
          <figcaption>{t("qrCodeCaption")}</figcaption>
        </figure>
      )}
      <p role="status" className="share-progress__status">
        {status && t(status)}
      </p>
    </div>
  );
}
