"use client";

import { isEditableTarget } from "@/lib/browser/dom";
import { useRouter } from "next/navigation";
import { useLayoutEffect } from "react";

/** Left and right arrow keys go to the previous and next step, unless focus is in a text field. */
export function StepKeyboardNav({ previousHref, nextHref }: { previousHref: string | null; nextHref: string | null }) {
  const router = useRouter();
  // Attached as the page commits, not after it paints: an arrow pressed the moment a step appears
  // goes from that step, never from the one before.
  useLayoutEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || isEditableTarget(event.target)) return;
      const href = event.key === "ArrowLeft" ? previousHref : event.key === "ArrowRight" ? nextHref : null;
      if (!href) return;
      event.preventDefault();
      router.push(href);
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [router, previousHref, nextHref]);
  return null;
}
