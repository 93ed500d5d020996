// Used by test-example-roadmap.sh: fails if any page built from one roadmap shows a name from
// another (the shipped one), which would mean some code or copy still assumes that roadmap; and, when
// the two are in different languages, if any page shows or names (in an accessible name, an alt or a
// title) an English interface word where the site's own catalog says something else.
// Usage: tsx scripts/check-foreign-words.ts <project root of the other roadmap> <.next folder of the build>
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadRoadmap } from "../lib/content/load";
import { englishWordFinder } from "../lib/i18n/test-support/foreign-words";

const [foreignRoot, nextDir] = process.argv.slice(2);
if (!foreignRoot || !nextDir) throw new Error("usage: check-foreign-words.ts <foreign project root> <.next folder>");

const { site, article, steps } = loadRoadmap(foreignRoot);
const names = [site.name, site.tagline, site.label, ...Object.values(site.previewAlt), article.title, article.author, ...steps.flatMap((step) => [step.title, ...step.topics.map((topic) => topic.title)])];
const english = englishWordFinder(".");

const appDir = path.join(nextDir, "server/app");
const pages = readdirSync(appDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(html|rsc|body|meta)$/.test(entry.name))
  .map((entry) => path.join(entry.parentPath, entry.name));

/** What a page shows and names: its text and the attributes that name things, not its scripts, styles or class names. */
function shownText(file: string, text: string): string {
  if (!file.endsWith(".html")) return text;
  const named = [...text.matchAll(/\s(?:aria-label|alt|title|placeholder|content)="([^"]*)"/g)].map((match) => match[1]);
  const visible = text.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, " ").replace(/<[^>]+>/g, " ");
  return `${visible}\n${named.join("\n")}`;
}

const found = pages.flatMap((file) => {
  const text = readFileSync(file, "utf8").replaceAll("&amp;", "&").replaceAll("&#x27;", "'").replaceAll("&quot;", '"');
  const shown = shownText(file, text);
  return [
    ...names.filter((name) => text.includes(name)).map((name) => `${path.relative(nextDir, file)}: "${name}" (the other roadmap's)`),
    // Only a page's HTML tells what it shows from what is code: an RSC payload holds property names
    // too. _global-error.html is Next.js's own built-in error page, prerendered for static exports.
    ...(file.endsWith(".html") && path.basename(file) !== "_global-error.html" ? english.find(shown) : []).map((word) => `${path.relative(nextDir, file)}: "${word}" (English interface)`),
  ];
});
if (found.length) {
  console.error(`Pages show words that are not this site's:\n${found.join("\n")}`);
  process.exitCode = 1;
} else {
  console.log(`No page of ${pages.length} files shows any of the other roadmap's ${names.length} names${english.words.length ? `, or any of ${english.words.length} English interface words` : ""}.`);
}
