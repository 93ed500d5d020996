import type { Step, Topic } from "../content";
import type { MessageKey, Translator } from "../i18n/messages";
import type { Progress } from "./schema";
import { PROGRESS_VERSION, type StoredStatus, TOPIC_STATUSES, type TopicStatus } from "./statuses";

/** Each status's name in the catalog's "progress" messages. */
export const STATUS_MESSAGE_KEYS = { "not-started": "notStarted", learning: "learning", done: "done", skipped: "skipped" } as const satisfies Record<TopicStatus, MessageKey<"progress">>;

/** A status as the controls and the map name it: "Not started", "Learning", "Done", "Skipped". */
export function statusLabel(t: Translator<"progress">, status: TopicStatus): string {
  return t(STATUS_MESSAGE_KEYS[status]);
}


export function isTopicStatus(value: string): value is TopicStatus {
  return (TOPIC_STATUSES as readonly string[]).includes(value);
}

/**
 * One step as progress and the plan need it: its slug, and its topics' ids, titles and estimated
 * hours (where the content gives them), in content order. Plain data for client components.
 */
export type StepOutline = Pick<Step, "slug"> & { topics: Pick<Topic, "id" | "title" | "hours">[] };

export function toStepOutline(step: StepOutline): StepOutline {
  return { slug: step.slug, topics: step.topics.map(({ id, title, hours }) => (hours === undefined ? { id, title } : { id, title, hours })) };
}

export const EMPTY_PROGRESS: Progress = Object.freeze({ version: PROGRESS_VERSION, statuses: Object.freeze({}) }) as Progress;

export function statusOf(progress: Progress, slug: string, topicId: string): TopicStatus {
  return progress.statuses[slug]?.[topicId] ?? "not-started";
}

export function setTopicStatus(progress: Progress, slug: string, topicId: string, status: TopicStatus): Progress {
  const step: Record<string, StoredStatus> = { ...progress.statuses[slug] };
  if (status === "not-started") delete step[topicId];
  else step[topicId] = status;
  const statuses = { ...progress.statuses, [slug]: step };
  if (!Object.keys(step).length) delete statuses[slug];
  return { version: PROGRESS_VERSION, statuses };
}

/** Whether any topic has a status at all, including topics the content no longer has. */
export function hasAnyStatus(progress: Progress): boolean {
  return Object.values(progress.statuses).some((step) => Object.keys(step).length > 0);
}

export interface StatusCounts {
  done: number;
  learning: number;
  skipped: number;
  /** Topics in the content, skipped ones included. */
  topics: number;
}

/** Counts the statuses of topics that still exist in the content; statuses of removed topics are kept but not counted. */
export function countStatuses(progress: Progress, steps: readonly StepOutline[]): StatusCounts {
  const counts: StatusCounts = { done: 0, learning: 0, skipped: 0, topics: 0 };
  for (const step of steps) {
    for (const topic of step.topics) {
      counts.topics++;
      const status = statusOf(progress, step.slug, topic.id);
      if (status !== "not-started") counts[status]++;
    }
  }
  return counts;
}

/** Skipped topics leave the total: "N of M topics done" counts what the learner means to learn. */
export function topicsToLearn(counts: StatusCounts): number {
  return counts.topics - counts.skipped;
}

export function countMarked(counts: StatusCounts): number {
  return counts.done + counts.learning + counts.skipped;
}

/** "1 of 4 topics done · 2 learning · 1 skipped", leaving out what is zero. */
export function describeCounts(t: Translator<"progress">, counts: StatusCounts): string {
  return t("counts", { done: counts.done, topics: topicsToLearn(counts), learning: counts.learning, skipped: counts.skipped });
}

export interface NextTopic {
  slug: string;
  topic: Pick<Topic, "id" | "title">;
}

/** What to work on next: the first topic marked Learning in content order, else the first Not started; null when every topic is Done or Skipped. */
export function nextTopic(progress: Progress, steps: readonly StepOutline[]): NextTopic | null {
  const all = steps.flatMap((step) => step.topics.map((topic) => ({ slug: step.slug, topic, status: statusOf(progress, step.slug, topic.id) })));
  const next = all.find(({ status }) => status === "learning") ?? all.find(({ status }) => status === "not-started");
  return next ? { slug: next.slug, topic: next.topic } : null;
}
