import type { Metadata } from "next";
import Link from "next/link";
import { ArticleByline } from "@/components/roadmap/article-byline";
import { ArticleImage } from "@/components/roadmap/article-image";
import { StepPath } from "@/components/roadmap/step-path";
import { getRoadmap } from "@/lib/content";

export function generateMetadata(): Metadata {
  const { article } = getRoadmap();
  return { title: { absolute: article.title }, description: article.description };
}

export default function OverviewPage() {
  const { article, steps } = getRoadmap();
  return (
    <>
      <header className="hero">
        <p className="eyebrow">{article.category} roadmap · {steps.length} steps</p>
        <h1 className="hero__title">{article.title}</h1>
        <p className="hero__description">{article.description}</p>
        <ArticleByline article={article} />
        <ArticleImage article={article} />
      </header>
      <section aria-label="The steps">
        <StepPath steps={steps} />
      </section>
      <p className="read-article">
        <Link href={article.permalink}>Read the full article</Link>
      </p>
    </>
  );
}
