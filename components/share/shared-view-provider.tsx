"use client";

import { useMemo, type ReactNode } from "react";
import { useExternalStore } from "@/lib/browser/external-store";
import { SharedViewContext } from "@/lib/progress/hooks";
import type { StepOutline } from "@/lib/progress/progress";
import { decodeShareCode } from "@/lib/share/share-code";
import { sharedCodeStore } from "@/lib/share/shared-view";

/** Decodes the share link in the URL, if any, once for everything on the overview that displays progress. */
export function SharedViewProvider({ steps, children }: { steps: StepOutline[]; children: ReactNode }) {
  const code = useExternalStore(sharedCodeStore);
  const shared = useMemo(() => (code === null ? null : decodeShareCode(code, steps)), [code, steps]);
  return <SharedViewContext value={shared}>{children}</SharedViewContext>;
}
