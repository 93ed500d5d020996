// Used by test-example-roadmap.sh: fails if any page built from one roadmap shows a name from
// another (the shipped one), which would mean some code or copy still assumes that roadmap; and, when
// the two are in different languages, if any page shows or names (in an accessible name, an alt or a
// title) an English interface word where the site's own catalog says something else.
// Usage: tsx scripts/check-foreign-words.ts <project root of the other roadmap> <.next folder of the build>
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { readCatalog, REFERENCE_LOCALE } from "../lib/content/catalog";
import { loadRoadmap } from "../lib/content/load";

const [foreignRoot, nextDir] = process.argv.slice(2);
if (!foreignRoot || !nextDir) throw new Error("usage: check-foreign-words.ts <foreign project root> <.next folder>");

const { site, article, steps } = loadRoadmap(foreignRoot);
const names = [site.name, site.tagline, site.label, ...Object.values(site.previewAlt), article.title, article.author, ...steps.flatMap((step) => [step.title, ...step.topics.map((topic) => topic.title)])];

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

/**
 * English's words that the site's catalog does not share: each piece of text of an English message
 * (a word at least, not punctuation) that the same message in the site's language does not contain.
 */
function englishWords(locale: string): string[] {
  if (locale.split("-")[0] === REFERENCE_LOCALE) return [];
  const english = catalogOf(foreignRoot!, REFERENCE_LOCALE);
  const own = catalogOf(".", locale);
  const words = Object.entries(english).flatMap(([namespace, messages]) =>
    Object.entries(messages).flatMap(([key, message]) => {
      const translated = own[namespace]?.[key] ?? "";
      return literals(parse(message, { ignoreTag: false }))
        .map((piece) => piece.trim())
        .filter((piece) => /\p{L}{3}/u.test(piece) && !translated.includes(piece));
    }),
  );
  return [...new Set(words)];
}

const own = loadRoadmap(".");
const words = englishWords(own.site.locale);
// The site's own content may hold English names (a resource called "Good First Issue", a host like
// docs.github.com): they are taken out of a page's text before English interface words are looked for.
const ownNames = [
  ...own.steps.flatMap((step) => [step.title, step.summary, ...step.topics.flatMap((topic) => [topic.title, topic.description, ...topic.resources.flatMap((resource) => [resource.title, resource.url, new URL(resource.url).host])])]),
].sort((a, b) => b.length - a.length);
const withoutOwnNames = (text: string) => ownNames.reduce((rest, name) => rest.replaceAll(name, " "), text);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// A word is found only as a whole: "Done" in "Done." but not in "Donest".
const wordPattern = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, "u");
const patterns = words.map((word) => ({ word, pattern: wordPattern(word) }));

const appDir = path.join(nextDir, "server/app");
const pages = readdirSync(appDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(html|rsc|body|meta)$/.test(entry.name))
  .map((entry) => path.join(entry.parentPath, entry.name));

/** What a page shows and names: its text and the attributes that name things, not its scripts, styles or class names. */
function shownText(file: string, text: string): string {
  if (!file.endsWith(".html")) return text;
  const named = [...text.matchAll(/\s(?:aria-label|alt|title|placeholder|content)="([^"]*)"/g)].map((match) => match[1]);
  const visible = text.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, " ").replace(/<[^>]+>/g, " ");
  return withoutOwnNames(`${visible}\n${named.join("\n")}`);
}

const found = pages.flatMap((file) => {
  const text = readFileSync(file, "utf8").replaceAll("&amp;", "&").replaceAll("&#x27;", "'").replaceAll("&quot;", '"');
  const shown = shownText(file, text);
  return [
    ...names.filter((name) => text.includes(name)).map((name) => `${path.relative(nextDir, file)}: "${name}" (the other roadmap's)`),
    // Only a page's HTML tells what it shows from what is code: an RSC payload holds property names
    // too. _global-error.html is Next.js's own built-in error page, prerendered for static exports.
    ...(file.endsWith(".html") && path.basename(file) !== "_global-error.html" ? patterns : []).filter(({ pattern }) => pattern.test(shown)).map(({ word }) => `${path.relative(nextDir, file)}: "${word}" (English interface)`),
  ];
});
if (found.length) {
  console.error(`Pages show words that are not this site's:\n${found.join("\n")}`);
  process.exitCode = 1;
} else {
  console.log(`No page of ${pages.length} files shows any of the other roadmap's ${names.length} names${words.length ? `, or any of ${words.length} English interface words` : ""}.`);
}
