// schema.org JSON-LD for search engines, built from validated content.
import type { Article, Step } from "../content";
import { stepPath } from "../site/paths";
import { absoluteUrl } from "../site/site-url";

type StepLike = Pick<Step, "slug" | "number" | "title" | "summary">;
type ArticleLike = Pick<Article, "title" | "description" | "author" | "date" | "permalink" | "image">;

/** The roadmap as a HowTo of ordered steps, each with its permalink. */
export function roadmapJsonLd(article: ArticleLike, steps: readonly StepLike[]) {
  return {
    "@context": "https://schema.org",
    "@type": "HowTo",
    name: article.title,
    description: article.description,
    url: absoluteUrl("/"),
    step: steps.map((step) => ({
      "@type": "HowToStep",
      position: step.number,
      name: step.title,
      text: step.summary,
      url: absoluteUrl(stepPath(step.slug)),
    })),
  };
}

/** Roadmap › Step N, the step named as its page names it ("Step 1: …" in the site's language). */
export function stepBreadcrumbJsonLd(step: StepLike, siteName: string, stepName: string) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: [
      { "@type": "ListItem", position: 1, name: siteName, item: absoluteUrl("/") },
      { "@type": "ListItem", position: 2, name: stepName, item: absoluteUrl(stepPath(step.slug)) },
    ],
  };
}

export function articleJsonLd(article: ArticleLike) {
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: article.title,
    description: article.description,
    author: { "@type": "Person", name: article.author },
    datePublished: article.date,
    url: absoluteUrl(article.permalink),
    mainEntityOfPage: absoluteUrl(article.permalink),
    ...(article.image ? { image: absoluteUrl(article.image) } : {}),
  };
}

/**
 * JSON for inside a <script> element: "<" is escaped so content such as "</script>" cannot end
 * the element, and the line separators JavaScript once rejected are escaped too.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
