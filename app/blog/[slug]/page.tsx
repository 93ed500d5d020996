import type { Metadata } from "next";
import { ArticleByline } from "@/components/roadmap/article-byline";
import { ArticleImage } from "@/components/roadmap/article-image";
import { Prose } from "@/components/roadmap/prose";
import { JsonLd } from "@/components/seo/json-ld";
import { getRoadmap } from "@/lib/content";
import { getTranslator } from "@/lib/i18n/server";
import { pageMetadata } from "@/lib/seo/metadata";
import { stepPath } from "@/lib/site/paths";
import { articleJsonLd } from "@/lib/seo/structured-data";

// The article keeps its original blog permalink so that old shared links still work.
export const dynamicParams = false;

export function generateStaticParams() {
  return [{ slug: getRoadmap().article.slug }];
}

export function generateMetadata(): Metadata {
  const { article } = getRoadmap();
  return pageMetadata({
    title: article.title,
    description: article.description,
    path: article.permalink,
    article: { publishedTime: article.date, author: article.author, section: article.category },
  });
}

export default function ArticlePage() {
  const { article, steps } = getRoadmap();
  const t = getTranslator("article");
  const tStep = getTranslator("step");
  return (
    <article className="article">
      <header className="article__header">
        <p className="eyebrow">{article.category}</p>
        <h1>{article.title}</h1>
        <ArticleByline article={article} />
        <ArticleImage article={article} />
      </header>
      <Prose html={article.introHtml} />
      {steps.map((step) => (
        <section key={step.slug} aria-labelledby={`article-${step.slug}`} className="article__section">
          <h2 id={`article-${step.slug}`}>
            <a href={stepPath(step.slug)}>{tStep("stepTitle", { number: step.number, title: step.title })}</a>
          </h2>
          <Prose html={step.html} />
          <p className="article__step-link">
            <a href={stepPath(step.slug)}>{t("workThroughStep", { number: step.number, topics: step.topics.length })}</a>
          </p>
        </section>
      ))}
      <JsonLd data={articleJsonLd(article)} />
    </article>
  );
}
