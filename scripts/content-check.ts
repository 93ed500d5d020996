// Validates content/ exactly as the site does, without building it, and every catalog in messages/
// against English's: `npm run content:check`.
import { availableLocales, compareCatalog, readCatalog, REFERENCE_LOCALE } from "../lib/content/catalog";
import { ContentError } from "../lib/content/errors";
import { loadRoadmap } from "../lib/content/load";

/** Problems in the catalogs the site does not use (the site's own is checked by loadRoadmap). */
function catalogProblems(root: string): string[] {
  const reference = readCatalog(root, REFERENCE_LOCALE);
  if (!reference.ok) return reference.problems;
  return availableLocales(root).flatMap((locale) => {
    const catalog = readCatalog(root, locale);
    return catalog.ok ? compareCatalog(locale, catalog.value, reference.value) : catalog.problems;
  });
}

try {
  const { article, steps, catalog } = loadRoadmap();
  const topics = steps.reduce((sum, step) => sum + step.topics.length, 0);
  const problems = catalogProblems(process.cwd());
  if (problems.length) throw new ContentError(problems);
  console.log(`Content OK: "${article.title}" (${catalog.locale}), steps: ${steps.length}, topics: ${topics}; catalogs: ${availableLocales(process.cwd()).join(", ")}.`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
