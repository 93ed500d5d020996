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
      slug: step.slug,
      topicId: topic.id,
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
  /** Where the learner's own note on the topic matches: a short passage around the first match. */
  noteExcerpt: string | null;
}

const EXCERPT_BEFORE = 30;
const EXCERPT_AFTER = 70;

/** `text` (on one line) around `index`, cut between words where it can be, and marked with … where cut. */
function excerpt(text: string, index: number): string {
  let start = Math.max(0, index - EXCERPT_BEFORE);
  let end = Math.min(text.length, index + EXCERPT_AFTER);
  // Move each cut to the nearest space inside the passage, never past the match.
  const spaceAfterStart = text.indexOf(" ", start);
  if (start > 0 && spaceAfterStart >= 0 && spaceAfterStart < index) start = spaceAfterStart + 1;
  const spaceBeforeEnd = text.lastIndexOf(" ", end);
  if (end < text.length && spaceBeforeEnd > index) end = spaceBeforeEnd;
  return `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
}

/**
 * Topics whose title, description, step, resources or the learner's note on it (`noteOf`, from this
 * browser) contain every word of the query, case-insensitively.
 */
export function searchEntries(entries: readonly SearchEntry[], query: string, noteOf: (entry: SearchEntry) => string = () => ""): SearchResult[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  return entries.flatMap((entry) => {
    const note = noteOf(entry).replace(/\s+/g, " ").trim();
    const lowerNote = note.toLowerCase();
    const haystack = [entry.title, entry.description, entry.step, ...entry.resources.map((resource) => resource.title), lowerNote].join("\n").toLowerCase();
    if (!words.every((word) => haystack.includes(word))) return [];
    const matchedResources = entry.resources.filter(({ title }) => words.some((word) => title.toLowerCase().includes(word)));
    const inNote = words.map((word) => lowerNote.indexOf(word)).filter((index) => index >= 0);
    return [{ entry, matchedResources, noteExcerpt: inNote.length ? excerpt(note, Math.min(...inNote)) : null }];
  });
}
