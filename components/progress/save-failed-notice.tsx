"use client";

import { useSaveFailed } from "@/lib/browser/save-failed";

/** Says once, politely, that this browser will not keep progress; the page keeps working. */
export function SaveFailedNotice() {
  const failed = useSaveFailed();
  return (
    <div role="status" className="notice-region">
      {failed && (
        <p className="notice notice--warning">
          This browser won’t let the roadmap save your progress and notes (private browsing or full storage). Your changes last until you close this tab; export
          them from the overview to keep them.
        </p>
      )}
    </div>
  );
}
