// Used by test-example-roadmap.sh: fails if any page built from one roadmap shows a name from
// another (the shipped one), which would mean some code or copy still assumes that roadmap.
// Usage: tsx scripts/check-foreign-words.ts <project root of the other roadmap> <.next folder of the build>
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadRoadmap } from "../lib/content/load";

const [foreignRoot, nextDir] = process.argv.slice(2);
if (!foreignRoot || !nextDir) throw new Error("usage: check-foreign-words.ts <foreign project root> <.next folder>");

const { site, article, steps } = loadRoadmap(foreignRoot);
const names = [site.name, site.tagline, site.label, ...Object.values(site.previewAlt), article.title, article.author, ...steps.flatMap((step) => [step.title, ...step.topics.map((topic) => topic.title)])];

const appDir = path.join(nextDir, "server/app");
const pages = readdirSync(appDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(html|rsc|body|meta)$/.test(entry.name))
  .map((entry) => path.join(entry.parentPath, entry.name));

const found = pages.flatMap((file) => {
  const text = readFileSync(file, "utf8").replaceAll("&amp;", "&");
  return names.filter((name) => text.includes(name)).map((name) => `${path.relative(nextDir, file)}: "${name}"`);
});
if (found.length) {
  console.error(`Pages show names of the other roadmap:\n${found.join("\n")}`);
  process.exitCode = 1;
} else {
  console.log(`No page of ${pages.length} files shows any of the other roadmap's ${names.length} names.`);
}
