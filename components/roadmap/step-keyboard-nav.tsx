"use client";

import { isEditableTarget } from "@/lib/browser/dom";
import { useLayoutEffect } from "react";

/** The arrow that points forward is → in a left-to-right language and ← in a right-to-left one. */
const LINK_FOR_KEY: Record<"ltr" | "rtl", Record<string, "prev" | "next">> = {
  ltr: { ArrowLeft: "prev", ArrowRight: "next" },
  rtl: { ArrowLeft: "next", ArrowRight: "prev" },
};

/**
 * Left and right arrow keys follow the step's previous and next links (rel=prev/next), in the
 * page's reading direction, unless focus is in a text field: as a click on them would, so the step
 * opens as any link opens it.
 */
export function StepKeyboardNav() {
  // Attached as the page commits, not after it paints: an arrow pressed the moment a step appears
  // goes from that step, never from the one before.
  useLayoutEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || isEditableTarget(event.target)) return;
      const rel = LINK_FOR_KEY[document.documentElement.dir === "rtl" ? "rtl" : "ltr"][event.key];
      const link = rel && document.querySelector<HTMLAnchorElement>(`a[rel="${rel}"]`);
      if (!link) return;
      event.preventDefault();
      link.click();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
  return null;
}
