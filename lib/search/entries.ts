import type { Step } from "../content";
import { topicPath } from "../site/paths";

type SearchableStep = Pick<Step, "slug" | "number" | "title" | "topics">;

/** One search result candidate per topic, with what it can be found by. Plain data for a client component. */
export function buildSearchEntries(steps: readonly SearchableStep[]) {
  return steps.flatMap((step) =>
    step.topics.map((topic) => ({
      href: topicPath(step.slug, topic.id),
      title: topic.title,
      step: `Step ${step.number}: ${step.title}`,
      description: topic.description,
      resources: topic.resources.map((resource) => ({ title: resource.title, suggested: resource.source === "suggestion" })),
    })),
  );
}

export type SearchEntry = ReturnType<typeof buildSearchEntries>[number];

export interface SearchResult {
  entry: SearchEntry;
  /** Resources whose titles match, shown under the topic. */
  matchedResources: SearchEntry["resources"];
}

/** Topics whose title, description, step or resources contain every word of the query, case-insensitively. */
export function searchEntries(entries: readonly SearchEntry[], query: string): SearchResult[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  return entries.flatMap((entry) => {
    const haystack = [entry.title, entry.description, entry.step, ...entry.resources.map((resource) => resource.title)].join("\n").toLowerCase();
    if (!words.every((word) => haystack.includes(word))) return [];
    const matchedResources = entry.resources.filter(({ title }) => words.some((word) => title.toLowerCase().includes(word)));
    return [{ entry, matchedResources }];
  });
}
