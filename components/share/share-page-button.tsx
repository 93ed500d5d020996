"use client";

import { useState } from "react";
import { shareOrCopy, type ShareOutcome } from "@/lib/share";
import { useBrowserValue } from "@/lib/use-browser-value";

const STATUS: Record<ShareOutcome, string> = {
  shared: "Shared",
  copied: "Link copied",
  cancelled: "",
  failed: "Couldn’t copy: copy the address from the address bar",
};

const hasWebShare = () => typeof navigator.share === "function";

/** "Share" where the device has a share sheet, else "Copy link": either way the page's absolute permalink. */
export function SharePageButton({ path, title }: { path: string; title: string }) {
  const canShare = useBrowserValue(hasWebShare, false);
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
