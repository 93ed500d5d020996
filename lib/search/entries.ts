import type { Step } from "../content";
import { topicPath } from "../site/paths";

type SearchableStep = Pick<Step, "slug" | "number" | "title" | "topics">;

/** Where the search box loads the entries from (app/search-index.json/route.ts). */
export const SEARCH_INDEX_PATH = "/search-index.json";

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

/** A few short things to search for, from the content: the shortest resource name of each of the first steps. */
export function searchExamples(steps: readonly Pick<Step, "topics">[], count = 3): string[] {
  return steps.slice(0, count).flatMap((step) => {
    const names = step.topics.flatMap((topic) => topic.resources.map((resource) => resource.title));
    const shortest = names.reduce<string | undefined>((best, name) => (best === undefined || name.length < best.length ? name : best), undefined);
    return shortest ? [shortest] : [];
  });
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
