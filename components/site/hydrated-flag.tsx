"use client";

import { useEffect } from "react";

/**
 * Marks the page as hydrated (<html data-hydrated>) once every component works. Styles use it to
 * show what only the browser knows (progress, statuses, Continue) at the moment it is known,
 * without each of those components rendering twice to find out.
 */
export function HydratedFlag() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return null;
}
