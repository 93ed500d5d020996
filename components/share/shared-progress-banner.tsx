"use client";

import { useTranslations } from "@/components/i18n/messages-provider";
import type { MessageKey } from "@/lib/i18n/messages";
import { useSharedView } from "@/lib/progress/hooks";
import { countMarked, countStatuses, describeCounts, type StepOutline } from "@/lib/progress/progress";
import type { ShareDecodeResult } from "@/lib/share/share-code";
import { leaveSharedView } from "@/lib/share/shared-view";
import { getProgress, saveProgress } from "@/lib/progress/store";

type LinkProblem = Extract<ShareDecodeResult, { ok: false }>["reason"];

const PROBLEMS: Record<LinkProblem, MessageKey<"share">> = { "other-content": "linkOtherContent", malformed: "linkMalformed" };

/**
 * Shows progress from a share link read-only, clearly marked as someone else's, with an explicit
 * choice to adopt it. A damaged link gets a short notice and the learner's own progress.
 */
export function SharedProgressBanner({ steps }: { steps: StepOutline[] }) {
  const result = useSharedView();
  const t = useTranslations("share");
  const tProgress = useTranslations("progress");
  if (!result) return null;
  if (!result.ok) {
    return (
      <div className="notice notice--warning" role="status">
        <p>{t(PROBLEMS[result.reason])}</p>
        <button type="button" className="button button--quiet" onClick={leaveSharedView}>
          {t("dismiss")}
        </button>
      </div>
    );
  }

  const shared = result.progress;
  async function adopt() {
    const own = countStatuses(await getProgress(), steps);
    const replace = countMarked(own) === 0 || window.confirm(t("confirmAdopt", { counts: describeCounts(tProgress, own) }));
    if (!replace) return;
    saveProgress(shared);
    leaveSharedView();
  }

  return (
    <section className="notice notice--shared" aria-labelledby="shared-progress-title">
      <h2 id="shared-progress-title" className="notice__title">
        {t("viewingTitle")}
      </h2>
      <p>{t("theirProgress", { counts: describeCounts(tProgress, countStatuses(shared, steps)) })}</p>
      {result.unmatched > 0 && (
        <p>{t("unmatched", { count: result.unmatched })}</p>
      )}
      <p className="notice__actions">
        <button type="button" className="button" onClick={adopt}>
          {t("adopt")}
        </button>
        <button type="button" className="button button--quiet" onClick={leaveSharedView}>
          {t("backToOwn")}
        </button>
      </p>
    </section>
  );
}
