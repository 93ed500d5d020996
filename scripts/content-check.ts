// Validates content/ exactly as the site does, without building it: `npm run content:check`.
import { ContentError } from "../lib/content/errors";
import { loadRoadmap } from "../lib/content/load";
import { countOf } from "../lib/site/format";

try {
  const { article, steps } = loadRoadmap();
  const topics = steps.reduce((sum, step) => sum + step.topics.length, 0);
  console.log(`Content OK: "${article.title}", ${countOf(steps.length, "step")}, ${countOf(topics, "topic")}.`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
