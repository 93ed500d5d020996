// Finds English interface words on a page of a site in another language: each piece of an English
// message's own text (a word at least, no argument) that the same message in the site's catalog does
// not contain. Used by scripts/check-foreign-words.ts on the built HTML, and by
// e2e/interface-language.spec.ts on what the browser shows once the learner uses the page.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { readCatalog, REFERENCE_LOCALE } from "../../content/catalog";
import { loadRoadmap } from "../../content/load";

/** The text of a message that is the message's own (no argument), piece by piece, at any depth. */
function literals(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.literal) return [element.value];
    if (element.type === TYPE.tag) return literals(element.children);
    if (element.type === TYPE.plural || element.type === TYPE.select) return Object.values(element.options).flatMap((option) => literals(option.value));
    return [];
  });
}

function catalogOf(root: string, locale: string) {
  const catalog = readCatalog(root, locale);
  if (!catalog.ok) throw new Error(catalog.problems.join("\n"));
  return catalog.value;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// A word is found only as a whole: "Done" in "Done." but not in "Donest".
const wordPattern = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, "u");

/**
 * For the site in `root`: its English interface words (none on an English site), and a function
 * naming those a text contains. The site's content may hold English names (a resource called "Good
 * First Issue", a host like docs.github.com): they are taken out of the text first.
 */
export function englishWordFinder(root = ".") {
  const { site, steps } = loadRoadmap(root);
  if (new Intl.Locale(site.locale).language === REFERENCE_LOCALE) return { words: [], find: (): string[] => [] };
  const english = catalogOf(root, REFERENCE_LOCALE);
  const own = catalogOf(root, site.locale);
  const words = [
    ...new Set(
      Object.entries(english).flatMap(([namespace, messages]) =>
        Object.entries(messages).flatMap(([key, message]) => {
          const translated = own[namespace]?.[key] ?? "";
          return literals(parse(message, { ignoreTag: false }))
            .map((piece) => piece.trim())
            .filter((piece) => /\p{L}{3}/u.test(piece) && !translated.includes(piece));
        }),
      ),
    ),
  ];
  const ownNames = steps
    .flatMap((step) => [step.title, step.summary, ...step.topics.flatMap((topic) => [topic.title, topic.description, ...topic.resources.flatMap((resource) => [resource.title, resource.url, new URL(resource.url).host])])])
    .sort((a, b) => b.length - a.length);
  const patterns = words.map((word) => ({ word, pattern: wordPattern(word) }));
  return {
    words,
    find(text: string): string[] {
      const rest = ownNames.reduce((remaining, name) => remaining.replaceAll(name, " "), text);
      return patterns.filter(({ pattern }) => pattern.test(rest)).map(({ word }) => word);
    },
  };
}
