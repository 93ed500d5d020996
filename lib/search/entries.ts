import type { Step } from "../content";
import { topicPath } from "../site/paths";

type SearchableStep = Pick<Step, "slug" | "number" | "title" | "topics">;

/** Where the search box loads the entries from (app/search-index.json/route.ts). */
export const SEARCH_INDEX_PATH = "/search-index.json";

/** One search result candidate per topic, with what it can be found by, and its step named as the pages name it. Plain data for a client component. */
export function buildSearchEntries(steps: readonly SearchableStep[], stepName: (step: SearchableStep) => string) {
  return steps.flatMap((step) =>
    step.topics.map((topic) => ({
      href: topicPath(step.slug, topic.id),
      slug: step.slug,
      topicId: topic.id,
      title: topic.title,
      step: stepName(step),
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
 * `text` as search compares it: lower case, without accents or other marks ("Código" → "codigo", and
 * Arabic without its short vowels), and where in `text` each of its code units came from.
 */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = "";
  const origin: number[] = [];
  let index = 0;
  for (const character of text) {
    const base = character.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    for (let unit = 0; unit < base.length; unit++) origin.push(index);
    folded += base;
    index += character.length;
  }
  return { folded, origin };
}

/**
 * Topics whose title, description, step, resources or the learner's note on it (`noteOf`, from this
 * browser) contain every word of the query, whatever their case and accents.
 */
export function searchEntries(entries: readonly SearchEntry[], query: string, noteOf: (entry: SearchEntry) => string = () => ""): SearchResult[] {
  const words = fold(query).folded.split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  return entries.flatMap((entry) => {
    const note = noteOf(entry).replace(/\s+/g, " ").trim();
    const foldedNote = fold(note);
    const haystack = fold([entry.title, entry.description, entry.step, ...entry.resources.map((resource) => resource.title)].join("\n")).folded;
    if (!words.every((word) => haystack.includes(word) || foldedNote.folded.includes(word))) return [];
    const matchedResources = entry.resources.filter(({ title }) => words.some((word) => fold(title).folded.includes(word)));
    const inNote = words.map((word) => foldedNote.folded.indexOf(word)).filter((index) => index >= 0);
    return [{ entry, matchedResources, noteExcerpt: inNote.length ? excerpt(note, foldedNote.origin[Math.min(...inNote)]!) : null }];
  });
}
