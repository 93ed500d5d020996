import { z } from "zod";
import { topicShareKey } from "../hash/topic-share-key";

// Slugs and topic ids become URLs (/steps/<slug>#<id>) and progress keys, so they are kebab-case.
const kebabCase = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Must be kebab-case: lowercase letters, digits and single hyphens");

const text = z.string().trim().min(1, "Must not be empty");

/** tool: a tool or library's official site; docs: documentation; platform: where you do the work. */
export const RESOURCE_KINDS = ["tool", "docs", "course", "tutorial", "platform", "community"] as const;

const httpsUrl = z
  .url({ protocol: /^https$/, hostname: z.regexes.domain, error: "Invalid URL: must be an https:// address" })
  // The URL parser quietly encodes spaces and accepts credentials; neither belongs in a public link.
  .refine((url) => !URL.canParse(url) || !/\s/.test(url), "Invalid URL: contains whitespace")
  .refine((url) => !URL.canParse(url) || !new URL(url).username, "Invalid URL: must not contain a user name or password");

const resourceFields = {
  title: text.describe("The resource's name as shown on the step page."),
  url: httpsUrl.describe("Its https:// address."),
  kind: z.enum(RESOURCE_KINDS).describe("tool: a tool or library's official site; docs: documentation; course; tutorial; platform: where you do the work; community."),
};

/** A resource is either named by the article (and says by which name) or a suggestion of ours. */
export const ResourceSchema = z.discriminatedUnion("source", [
  z.strictObject({
    ...resourceFields,
    source: z.literal("article").describe("The article names this resource."),
    named: text.describe('The name the article gives it, as written there, e.g. "NumPy": the content check finds it in the article\'s section for this step or in its introduction.'),
  }),
  z.strictObject({
    ...resourceFields,
    source: z.literal("suggestion").describe("Not in the article: our suggestion, shown as such."),
  }),
]);

/** Reports the later duplicate of any key, at the path of the field that repeats. */
function uniqueBy<T>(items: readonly T[], key: (item: T) => string, field: string, ctx: z.RefinementCtx, prefix: PropertyKey[]) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) {
      ctx.addIssue({ code: "custom", path: [...prefix, index, field], message: `Duplicate ${field} "${value}"` });
    }
    seen.add(value);
  });
}

export const TopicSchema = z
  .strictObject({
    id: kebabCase.describe("Permanent: the topic's #deep link and the key of its stored status. Unique within the step."),
    title: text.describe('The topic\'s name: the article\'s bold label for it in the step\'s section ("**Linear Algebra**:"), unless titleSource says it is ours.'),
    titleSource: z
      .enum(["article", "ours"])
      .default("article")
      .describe("article (the default): the title is the article's label, and the content check finds it there. ours: the article has no label of its own for this topic; the step page marks the title as ours."),
    description: text.describe("One sentence: what to learn."),
    hours: z
      .number()
      .positive("Must be a positive number of hours")
      .max(10_000, "Must be at most 10000 hours")
      .optional()
      .describe("Optional: our estimate of the hours a beginner needs for this topic, shown as an estimate (about 20 h) and used for the learner's plan."),
    resources: z.array(ResourceSchema).describe("Where to learn it."),
  })
  .superRefine((topic, ctx) => uniqueBy(topic.resources, (resource) => resource.url, "url", ctx, ["resources"]));

export const StepSchema = z.strictObject({
  slug: kebabCase.describe("Permanent: the step's URL, /steps/<slug>. Unique."),
  number: z.int().positive().describe('1, 2, 3… in file order, matching the article\'s "### Step N:" heading.'),
  title: text.describe('Exactly the article\'s heading after "Step N:".'),
  summary: text.describe("One sentence, shown on the overview and in link previews."),
  topics: z.array(TopicSchema).min(1, "A step needs at least one topic"),
});

/**
 * Share links name each topic by a 22-bit hash of "<slug>/<id>". Two topics hashing alike (about one
 * chance in ten thousand for a roadmap of 30 topics) would share their status in links: refuse it.
 */
function checkShareKeys(steps: readonly z.infer<typeof StepSchema>[], ctx: z.RefinementCtx) {
  const seen = new Map<number, string>();
  steps.forEach((step, stepIndex) =>
    step.topics.forEach((topic, topicIndex) => {
      const key = topicShareKey(step.slug, topic.id);
      const other = seen.get(key);
      const name = `${step.slug}/${topic.id}`;
      if (other && other !== name) {
        ctx.addIssue({
          code: "custom",
          path: ["steps", stepIndex, "topics", topicIndex, "id"],
          message: `"${name}" has the same share-link key as "${other}"; choose another id for this new topic`,
        });
      }
      seen.set(key, name);
    }),
  );
}

export const StepsFileSchema = z
  .strictObject({ steps: z.array(StepSchema).min(1, "The roadmap needs at least one step").describe("The roadmap's steps, in order.") })
  .superRefine(({ steps }, ctx) => {
    uniqueBy(steps, (step) => step.slug, "slug", ctx, ["steps"]);
    steps.forEach((step, index) => {
      if (step.number !== index + 1) {
        ctx.addIssue({
          code: "custom",
          path: ["steps", index, "number"],
          message: `Expected ${index + 1}: steps are numbered 1, 2, 3… in file order`,
        });
      }
      uniqueBy(step.topics, (topic) => topic.id, "id", ctx, ["steps", index, "topics"]);
    });
    checkShareKeys(steps, ctx);
  });

/** A BCP 47 language tag in its canonical spelling ("en", "pt-BR"), so it names one catalog file. */
const languageTag = z.string().superRefine((tag, ctx) => {
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(tag);
  } catch {
    ctx.addIssue({ code: "custom", message: `"${tag}" is not a BCP 47 language tag such as "en", "es" or "pt-BR"` });
    return;
  }
  if (canonical !== tag) ctx.addIssue({ code: "custom", message: `Write the language tag "${tag}" as "${canonical}"` });
});

export const SiteSchema = z
  .strictObject({
    locale: languageTag
      .default("en")
      .describe('The language of the roadmap and of the whole interface, a BCP 47 tag: "en" (the default), "es", "de", "pt-BR", "ar"… messages/<locale>.json must exist. It sets <html lang> and, for right-to-left scripts, dir="rtl".'),
    stepLabel: text
      .default("Step")
      .describe('The word before the number in the article\'s step headings, in the article\'s language: "Step" (the default) for "### Step 1: …", "Paso" for "### Paso 1: …".'),
    name: text.describe("The site's name: the header, page titles and link previews."),
    shortName: text
      .max(12)
      .describe("The name under the icon once installed on a phone or desktop (12 characters at most, or it is cut)."),
    label: text.describe('What kind of roadmap this is, shown above the title on the overview and its link preview, e.g. "Career roadmap".'),
    tagline: text.describe("One sentence: the site's default description."),
    storageNamespace: kebabCase.describe(
      "Prefix of the keys the site keeps in the browser (<namespace>:progress, :notes, :plan, :theme) and of downloaded files. Changing it loses every learner's progress and notes.",
    ),
    previewAlt: z
      .strictObject({
        overview: text.describe("Alt text of the overview's link-preview image."),
        step: text.describe("Alt text of a step's link-preview image."),
        article: text.describe("Alt text of the article's link-preview image."),
      })
      .describe("Alt texts of the link-preview images."),
  })
  .describe("The roadmap's names and settings (content/roadmap/site.yaml).");

export const ArticleFrontmatterSchema = z.object({
  title: text.describe("The article's title: the overview's heading."),
  description: text.describe("One or two sentences under the title and in link previews."),
  author: text,
  category: text.describe("Shown above the article's title."),
  // Frontmatter is parsed with the YAML 1.2 core schema, so dates arrive as the strings the author wrote.
  date: z
    .union([z.iso.datetime({ offset: true }), z.iso.date()], { error: "Invalid date: use an ISO 8601 date such as 2024-11-05T18:02:00Z" })
    .transform((date) => new Date(date))
    .describe("Publication date, ISO 8601: 2024-11-05 or 2024-11-05T18:02:00Z."),
  // Jekyll-style permalink; `:title` stands for the file name without its extension.
  permalink: z
    .string()
    .regex(/^\/blog\/[^/]+\/?$/, 'Must look like "/blog/:title/" or "/blog/<slug>/"')
    .describe('The article\'s URL: "/blog/:title/" (the file name) or "/blog/<slug>/".'),
  image: z.string().startsWith("/", 'Must be a path under public/, starting with "/"').optional().describe("A picture under public/; shown only if the file exists."),
  layout: z.string().optional().describe("Kept from the original blog; ignored."),
});

export type Resource = z.infer<typeof ResourceSchema>;
export type ResourceKind = Resource["kind"];
export type Topic = z.infer<typeof TopicSchema>;
export type StepData = z.infer<typeof StepSchema>;
export type Site = z.infer<typeof SiteSchema>;
export type ArticleFrontmatter = z.infer<typeof ArticleFrontmatterSchema>;
