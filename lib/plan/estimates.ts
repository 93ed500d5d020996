// Time estimates: the hours the content gives topics (steps.yaml, optional), summed for a step, for
// the whole roadmap, or for what the learner has left. A topic without an estimate is counted apart,
// never as zero hours, so a sum is never presented as more complete than it is.
import { statusOf, type StepOutline } from "../progress/progress";
import type { Progress } from "../progress/schema";
import type { Translator } from "../i18n/messages";

type Estimated = Pick<StepOutline["topics"][number], "hours">;

export interface Estimate {
  /** The sum of the estimated topics' hours. */
  hours: number;
  /** Topics counted that have no estimate. */
  unestimated: number;
}

export function sumEstimates(topics: readonly Estimated[]): Estimate {
  return topics.reduce<Estimate>(
    (sum, topic) => (topic.hours === undefined ? { ...sum, unestimated: sum.unestimated + 1 } : { ...sum, hours: sum.hours + topic.hours }),
    { hours: 0, unestimated: 0 },
  );
}

/** Whether the content estimates any topic: without estimates there are no hours, pace or plan to show. */
export function hasEstimates(steps: readonly { topics: readonly Estimated[] }[]): boolean {
  return steps.some((step) => step.topics.some((topic) => topic.hours !== undefined));
}

/** A topic the learner still has to learn: neither Done nor Skipped. */
export function isLeft(progress: Progress, slug: string, topicId: string): boolean {
  const status = statusOf(progress, slug, topicId);
  return status !== "done" && status !== "skipped";
}

/** The estimate of every topic still to learn. */
export function hoursLeft(progress: Progress, steps: readonly StepOutline[]): Estimate {
  return sumEstimates(steps.flatMap((step) => step.topics.filter((topic) => isLeft(progress, step.slug, topic.id))));
}

/** "about 40 h", "about 10 h + 1 topic without an estimate"; null when nothing is estimated. */
export function describeEstimate({ hours, unestimated }: Estimate, t: Translator<"units">): string | null {
  return hours === 0 ? null : t("estimate", { hours, unestimated });
}
