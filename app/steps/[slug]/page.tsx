import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ContinueLink } from "@/components/progress/continue-link";
import { ProgressMeter } from "@/components/progress/progress-meter";
import { ProgressReadyFlag } from "@/components/progress/progress-ready-flag";
import { Prose } from "@/components/roadmap/prose";
import { StepKeyboardNav } from "@/components/roadmap/step-keyboard-nav";
import { StepNav } from "@/components/roadmap/step-nav";
import { TopicSection } from "@/components/roadmap/topic-section";
import { JsonLd } from "@/components/seo/json-ld";
import { SharePageButton } from "@/components/share/share-page-button";
import { getRoadmap, getSite, getStep, getStepByNumber, getStepNeighbours } from "@/lib/content";
import { describeEstimate, sumEstimates } from "@/lib/plan/estimates";
import { pageMetadata } from "@/lib/seo/metadata";
import { toStepOutline } from "@/lib/progress/progress";
import { countOf } from "@/lib/site/format";
import { stepPath } from "@/lib/site/paths";
import { stepBreadcrumbJsonLd } from "@/lib/seo/structured-data";

// Only validated slugs (and the step numbers that redirect to them) exist: anything else is a real 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return getRoadmap().steps.flatMap((step) => [{ slug: step.slug }, { slug: String(step.number) }]);
}

type StepPageProps = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: StepPageProps): Promise<Metadata> {
  const step = getStep((await params).slug);
  if (!step) return {};
  const topics = step.topics.map((topic) => topic.title).join(", ");
  return pageMetadata({ title: `Step ${step.number}: ${step.title}`, description: `${step.summary} Topics: ${topics}.`, path: stepPath(step.slug) });
}

export default async function StepPage({ params }: StepPageProps) {
  const { slug } = await params;
  const step = getStep(slug);
  if (!step) {
    // /steps/1 … /steps/5 are permanent aliases of the slug permalinks.
    const numbered = /^\d+$/.test(slug) ? getStepByNumber(Number(slug)) : null;
    if (numbered) permanentRedirect(stepPath(numbered.slug));
    notFound();
  }
  const { previous, next } = getStepNeighbours(step.slug);
  const total = getRoadmap().steps.length;
  const outline = [toStepOutline(step)];
  const estimate = describeEstimate(sumEstimates(step.topics));

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <a href="/">Roadmap</a>
          </li>
          <li aria-current="page">Step {step.number}</li>
        </ol>
      </nav>
      <header className="step-header">
        <p className="eyebrow">
          Step {step.number} of {total}
        </p>
        <h1>{step.title}</h1>
        <p className="step-header__summary">{step.summary}</p>
        <p className="step-header__estimate">
          {countOf(step.topics.length, "topic")}
          {estimate && ` · ${estimate} (estimated for a beginner)`}
        </p>
        <div className="step-header__bar">
          <ProgressMeter steps={outline} label={`Step ${step.number} progress`} />
          <SharePageButton path={stepPath(step.slug)} title={`Step ${step.number}: ${step.title}`} />
        </div>
        <ContinueLink steps={outline} inPage completeMessage="Step complete: every topic is done or skipped." />
      </header>
      <section aria-labelledby="article-heading" className="from-article">
        <h2 id="article-heading">From the article</h2>
        <Prose html={step.html} />
      </section>
      <section aria-labelledby="topics-heading" className="topics">
        <h2 id="topics-heading">Topics</h2>
        <p className="topics__hint js-only">Mark each topic Learning while you work on it and Done when you have it; Skipped takes it out of the count. Titles marked Our title and resources marked Suggested are ours; the rest are the article’s words. Your progress and notes stay in this browser: no account needed.</p>
        {step.topics.map((topic) => (
          <TopicSection key={topic.id} topic={topic} stepSlug={step.slug} />
        ))}
      </section>
      <StepNav previous={previous} next={next} />
      <JsonLd data={stepBreadcrumbJsonLd(step, getSite().name)} />
      <ProgressReadyFlag />
      <StepKeyboardNav />
    </>
  );
}
