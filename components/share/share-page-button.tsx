"use client";

import { useState } from "react";
import { useHydrated } from "@/lib/browser/external-store";
import { shareOrCopy, type ShareOutcome } from "@/lib/share/share-or-copy";

const STATUS: Record<ShareOutcome, string> = {
  shared: "Shared",
  copied: "Link copied",
  cancelled: "",
  failed: "Couldn’t copy: copy the address from the address bar",
};

/** "Share" where the device has a share sheet, else "Copy link": either way the page's absolute permalink. */
export function SharePageButton({ path, title }: { path: string; title: string }) {
  // The server cannot know whether the device has a share sheet; the browser reads it after hydration.
  const canShare = useHydrated() && typeof navigator.share === "function";
  const [status, setStatus] = useState("");

  async function share() {
    setStatus("");
    setStatus(STATUS[await shareOrCopy(new URL(path, window.location.origin).href, title)]);
  }

  return (
    <span className="share-page js-only">
      <button type="button" className="button button--quiet" onClick={share}>
        {canShare ? "Share" : "Copy link"}
      </button>
      <span role="status" className="share-page__status">
        {status}
      </span>
    </span>
  );
}
