import { PROGRESS_VERSION, type Progress, ProgressSchema, type ProgressV1, ProgressV1Schema } from "./schema";

/** One step as the progress code needs it: its slug and its topics' ids, in content order. */
export interface StepTopics {
  slug: string;
  topicIds: string[];
}

/** The plain data a client component needs to count a step's progress. */
export function toStepTopics(step: { slug: string; topics: readonly { id: string }[] }): StepTopics {
  return { slug: step.slug, topicIds: step.topics.map((topic) => topic.id) };
}

export const EMPTY_PROGRESS: Progress = Object.freeze({ version: PROGRESS_VERSION, done: Object.freeze({}) }) as Progress;

function migrateV1(old: ProgressV1): Progress {
  const done: Record<string, string[]> = {};
  for (const key of old.topics) {
    const [slug, topicId, ...rest] = key.split("/");
    if (!slug || !topicId || rest.length) continue;
    done[slug] = [...new Set([...(done[slug] ?? []), topicId])];
  }
  return { version: PROGRESS_VERSION, done };
}

/**
 * Reads progress from untrusted data (localStorage, an imported file). Never throws: anything
 * missing, corrupt, foreign or from a future version is null; an older version is migrated.
 */
export function parseProgress(data: unknown): Progress | null {
  const current = ProgressSchema.safeParse(data);
  if (current.success) return current.data;
  const v1 = ProgressV1Schema.safeParse(data);
  return v1.success ? migrateV1(v1.data) : null;
}

/** Like parseProgress, from JSON text. */
export function parseProgressJson(text: string | null): Progress | null {
  if (!text) return null;
  try {
    return parseProgress(JSON.parse(text));
  } catch {
    return null;
  }
}

export function isTopicDone(progress: Progress, slug: string, topicId: string): boolean {
  return progress.done[slug]?.includes(topicId) ?? false;
}

export function setTopicDone(progress: Progress, slug: string, topicId: string, done: boolean): Progress {
  const others = (progress.done[slug] ?? []).filter((id) => id !== topicId);
  return { version: PROGRESS_VERSION, done: { ...progress.done, [slug]: done ? [...others, topicId] : others } };
}

/** Ticked topics that still exist in the content; ticks for removed topics are kept but not counted. */
export function countDone(progress: Progress, step: StepTopics): number {
  const done = new Set(progress.done[step.slug]);
  return step.topicIds.filter((id) => done.has(id)).length;
}

/** Whether any topic is ticked at all, including topics the content no longer has. */
export function hasAnyTicks(progress: Progress): boolean {
  return Object.values(progress.done).some((ids) => ids.length > 0);
}

export function countAll(progress: Progress, steps: readonly StepTopics[]): { done: number; total: number } {
  return steps.reduce(
    (sum, step) => ({ done: sum.done + countDone(progress, step), total: sum.total + step.topicIds.length }),
    { done: 0, total: 0 },
  );
}
