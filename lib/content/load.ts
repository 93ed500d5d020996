// With ./files.ts, the only code that reads content/. Pure Node (no React, no Next) so that
// scripts/content-check.ts and the unit tests run exactly what the site runs.
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { loadCatalog } from "./catalog";
import { ContentError } from "./errors";
import { firstLine, loadSite, loadSteps, type Parsed, parseYaml, readText, ROADMAP_DIR, SITE_FILE, STEPS_FILE, validate } from "./files";
import { boldLabels, DEFAULT_STEP_LABEL, parseMarkdown, renderNodes, splitArticle, textOf, type ArticleSection } from "./markdown";
import { directionOf, type Direction } from "../i18n/direction";
import { ArticleFrontmatterSchema, type Site, type StepData } from "./schema";

/** The roadmap folder holds exactly one Markdown file: the article. */
function findArticleFile(root: string): Parsed<string> {
  let names: string[];
  try {
    names = fs.readdirSync(path.join(root, ROADMAP_DIR)).filter((name) => name.endsWith(".md"));
  } catch {
    return { ok: false, problems: [`${ROADMAP_DIR}: folder not found`] };
  }
  if (names.length === 1 && names[0]) return { ok: true, value: `${ROADMAP_DIR}/${names[0]}` };
  const found = names.length ? `found ${names.join(", ")}` : "found none";
  return { ok: false, problems: [`${ROADMAP_DIR}: expected exactly one article (.md) file, ${found}`] };
}

/** A frontmatter image is shown only if the file exists under public/, so pages never show a broken image. */
function existingPublicImage(root: string, image: string | undefined): string | null {
  if (!image) return null;
  const publicDir = path.join(root, "public");
  const file = path.join(publicDir, image);
  return file.startsWith(publicDir + path.sep) && fs.existsSync(file) ? image : null;
}

function loadArticle(root: string, stepLabel: string, direction: Direction) {
  const located = findArticleFile(root);
  if (!located.ok) return located;
  const file = located.value;
  const text = readText(root, file);
  if (!text.ok) return text;

  let parsedFile: matter.GrayMatterFile<string>;
  try {
    // The same YAML parser as the step data, with the core schema: no implicit timestamps that
    // would turn 2024-13-45 into a date in 2025. Passing options also stops gray-matter's caching.
    parsedFile = matter(text.value, { engines: { yaml: (source) => parseYaml(source) as object } });
  } catch (error) {
    return { ok: false as const, problems: [`${file}: frontmatter: ${firstLine((error as Error).message)}`] };
  }
  const frontmatter = validate(ArticleFrontmatterSchema, parsedFile.data, file, ["frontmatter"]);
  if (!frontmatter.ok) return frontmatter;

  const { title, description, author, category, date, image, permalink } = frontmatter.value;
  // Jekyll's `:title` is the post's file name without its extension.
  const slug = permalink.replaceAll(":title", path.basename(file, ".md")).split("/").filter(Boolean).at(-1) ?? "";
  const body = parseMarkdown(parsedFile.content);
  const { intro, sections } = splitArticle(body, stepLabel);
  return {
    ok: true as const,
    value: {
      meta: {
        file,
        title,
        description,
        author,
        category,
        date: date.toISOString(),
        slug,
        permalink: `/blog/${slug}`,
        image: existingPublicImage(root, image),
        introHtml: renderNodes(intro, direction),
      },
      sections,
      /** Plain text of the introduction, for checking what it names. */
      introText: textOf(intro),
    },
  };
}

/** Whether `text` has `name` as a whole word or phrase, in any case. */
function mentions(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu").test(text);
}

/**
 * What the article says of one step: its section and its introduction, where it names things for the
 * whole roadmap. A claim about a step (this resource, this title) is checked here, not anywhere in the article.
 */
interface StepText {
  text: string;
  labels: string[];
  heading: string;
}

/** Resources said to be named by the article must be named in the step's section or the introduction, by the name given. */
function checkNamedResources(articleFile: string, step: StepData, stepIndex: number, stepText: StepText): string[] {
  return step.topics.flatMap((topic, topicIndex) =>
    topic.resources.flatMap((resource, resourceIndex) =>
      resource.source === "article" && !mentions(stepText.text, resource.named)
        ? [`${STEPS_FILE}: steps[${stepIndex}].topics[${topicIndex}].resources[${resourceIndex}].named: "${resource.named}" is not in the article's introduction or its section "${stepText.heading}" in ${articleFile}; mark the resource "source: suggestion" or correct the name`]
        : [],
    ),
  );
}

/** Topic titles said to be the article's must be one of the bold labels in the step's section. */
function checkTopicTitles(articleFile: string, step: StepData, stepIndex: number, stepText: StepText): string[] {
  return step.topics.flatMap((topic, topicIndex) =>
    topic.titleSource === "article" && !stepText.labels.includes(topic.title)
      ? [`${STEPS_FILE}: steps[${stepIndex}].topics[${topicIndex}].title: "${topic.title}" is not a bold label in the section "${stepText.heading}" of ${articleFile} (it has ${stepText.labels.map((label) => `"${label}"`).join(", ") || "none"}); use the article's label or mark the title "titleSource: ours"`]
      : [],
  );
}

/**
 * The article and the step data must describe the same steps, in the same order, with the same
 * titles; each step's topic titles and resources said to come from the article must be in its section.
 */
function crossCheck(articleFile: string, introText: string, steps: StepData[], sections: ArticleSection[], stepLabel: string): string[] {
  const problems: string[] = [];
  const stepNumbers = new Set(steps.map((step) => step.number));
  sections.forEach((section, index) => {
    const heading = `"${stepLabel} ${section.number}: ${section.title}"`;
    if (!stepNumbers.has(section.number)) problems.push(`${articleFile}: body: heading ${heading} has no step in ${STEPS_FILE}`);
    else if (sections.findIndex((other) => other.number === section.number) !== index) problems.push(`${articleFile}: body: heading ${heading} repeats step ${section.number}`);
    else if (index > 0 && sections[index - 1]!.number > section.number) problems.push(`${articleFile}: body: heading ${heading} is out of order`);
  });
  steps.forEach((step, index) => {
    const section = sections.find((candidate) => candidate.number === step.number);
    if (!section) {
      problems.push(`${articleFile}: body: no "### ${stepLabel} ${step.number}: ${step.title}" heading for ${STEPS_FILE} steps[${index}] ("${step.slug}")`);
      return;
    }
    if (section.title !== step.title) {
      // Not this step's section, most likely: what it names is no measure of the step's topics.
      problems.push(`${STEPS_FILE}: steps[${index}].title: "${step.title}" does not match the article's heading "${stepLabel} ${section.number}: ${section.title}" in ${articleFile}`);
      return;
    }
    const stepText = { text: `${introText}\n${textOf(section.nodes)}`, labels: boldLabels(section.nodes), heading: `${stepLabel} ${section.number}: ${section.title}` };
    problems.push(...checkTopicTitles(articleFile, step, index, stepText), ...checkNamedResources(articleFile, step, index, stepText));
  });
  return problems;
}

/** Reads, validates and renders all content under `root`; throws one ContentError listing every problem. */
export function loadRoadmap(root: string = process.cwd()) {
  const site = loadSite(root);
  const messages = site.ok ? loadCatalog(root, site.value.locale, `${SITE_FILE}: locale`) : null;
  const stepLabel = site.ok ? site.value.stepLabel : DEFAULT_STEP_LABEL;
  const direction = directionOf(site.ok ? site.value.locale : "en");
  const article = loadArticle(root, stepLabel, direction);
  const steps = loadSteps(root);
  const problems = [site, ...(messages ? [messages] : []), article, steps].flatMap((parsed) => (parsed.ok ? [] : parsed.problems));
  // The article's step headings start with site.yaml's stepLabel: with site.yaml unreadable they cannot be found.
  if (site.ok && article.ok && steps.ok) problems.push(...crossCheck(article.value.meta.file, article.value.introText, steps.value, article.value.sections, stepLabel));
  if (!site.ok || !messages?.ok || !article.ok || !steps.ok || problems.length) throw new ContentError(problems);

  const { meta, sections } = article.value;
  const { locale } = site.value;
  return {
    site: site.value,
    /** The interface's words in the site's locale, and which way it is written. */
    catalog: { locale, direction, messages: messages.value },
    article: meta,
    steps: steps.value.map((step) => ({ ...step, html: renderNodes(sections.find((section) => section.number === step.number)?.nodes ?? [], direction) })),
  };
}

export type Roadmap = ReturnType<typeof loadRoadmap>;
export type Article = Roadmap["article"];
export type Step = Roadmap["steps"][number];
export type { Site };
