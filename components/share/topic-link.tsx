"use client";

import { useState, type MouseEvent } from "react";
import { useTranslations } from "@/components/i18n/messages-provider";

/**
 * The topic's #deep link. Without JavaScript it is a plain anchor; with it, a click also copies the
 * absolute link and says so.
 */
export function TopicLink({ topicId, topicTitle }: { topicId: string; topicTitle: string }) {
  const [status, setStatus] = useState("");
  const t = useTranslations("share");

  async function copy(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    const url = new URL(`#${topicId}`, window.location.href).href;
    window.history.replaceState(null, "", url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t("linkCopied"));
    } catch {
      setStatus(t("topicLinkInAddressBar"));
    }
  }

  return (
    <span className="topic-link">
      <a href={`#${topicId}`} className="topic-link__anchor" onClick={copy} onBlur={() => setStatus("")} title={t("copyTopicLinkTitle")}>
        <span aria-hidden="true">#</span>
        <span className="visually-hidden">{t("copyTopicLink", { topic: topicTitle })}</span>
      </a>
      <span role="status" className="topic-link__status">
        {status}
      </span>
    </span>
  );
}
