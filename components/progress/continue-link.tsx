"use client";

import { useTranslations } from "@/components/i18n/messages-provider";
import { ArrowIcon } from "@/components/site/arrow-icon";
import { useProgress, useViewingShared } from "@/lib/progress/hooks";
import { nextTopic, type StepOutline } from "@/lib/progress/progress";
import { topicPath } from "@/lib/site/paths";

interface ContinueLinkProps {
  /** The steps it picks from: all of them on the overview, one on a step page. */
  steps: StepOutline[];
  /** On a step page the link is to a topic on the same page. */
  inPage?: boolean;
  /** Said instead when every topic is Done or Skipped. */
  completeMessage: string;
}

/**
 * "Continue: Calculus", to the first topic marked Learning, else the first Not started one. Hidden
 * while someone else's shared progress is on screen: it is the learner's own next step.
 */
export function ContinueLink({ steps, inPage = false, completeMessage }: ContinueLinkProps) {
  const progress = useProgress();
  const viewingShared = useViewingShared();
  const t = useTranslations("progress");
  if (viewingShared) return null;
  const next = nextTopic(progress, steps);
  return (
    <p className="continue js-only">
      {next ? (
        <a href={inPage ? `#${next.topic.id}` : topicPath(next.slug, next.topic.id)} className="continue__link">
          {t("continue", { topic: next.topic.title })}
          {" "}
          <ArrowIcon direction="right" />
        </a>
      ) : (
        <span className="continue__complete">{completeMessage}</span>
      )}
    </p>
  );
}
