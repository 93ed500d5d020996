import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
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
import { getTranslator } from "@/lib/i18n/server";
import { describeEstimate, sumEstimates } from "@/lib/plan/estimates";
import { pageMetadata } from "@/lib/seo/metadata";
import { toStepOutline } from "@/lib/progress/progress";
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
  const t = getTranslator("metadata");
  const topics = new Intl.ListFormat(t.locale, { type: "unit", style: "short" }).format(step.topics.map((topic) => topic.title));
  return pageMetadata({ title: t("stepTitle", { number: step.number, title: step.title }), description: t("stepDescription", { summary: step.summary, topics }), path: stepPath(step.slug) });
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
  const t = getTranslator("step");
  const tProgress = getTranslator("progress");
  const tUnits = getTranslator("units");
  const estimate = describeEstimate(sumEstimates(step.topics), tUnits);

  // The client components here (the meter, the continue link, each topic's status control and link) take these messages.
  return (
    <ClientMessages namespaces={["progress", "share"]}>
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <a href="/">{t("roadmap")}</a>
          </li>
          <li aria-current="page">{t("stepNumber", { number: step.number })}</li>
        </ol>
      </nav>
      <header className="step-header">
        <p className="eyebrow">{t("eyebrow", { number: step.number, total })}</p>
        <h1>{step.title}</h1>
        <p className="step-header__summary">{step.summary}</p>
        <p className="step-header__estimate">
          {estimate ? t("topicsAndEstimate", { topics: step.topics.length, estimate }) : tUnits("topics", { count: step.topics.length })}
        </p>
        <div className="step-header__bar">
          <ProgressMeter steps={outline} label={tProgress("stepProgressLabel", { number: step.number })} />
          <SharePageButton path={stepPath(step.slug)} title={t("stepTitle", { number: step.number, title: step.title })} />
        </div>
        <ContinueLink steps={outline} inPage completeMessage={t("complete")} />
      </header>
      <section aria-labelledby="article-heading" className="from-article">
        <h2 id="article-heading">{t("fromArticle")}</h2>
        <Prose html={step.html} />
      </section>
      <section aria-labelledby="topics-heading" className="topics">
        <h2 id="topics-heading">{t("topics")}</h2>
        <p className="topics__hint js-only">{t("hint")}</p>
        {step.topics.map((topic) => (
          <TopicSection key={topic.id} topic={topic} stepSlug={step.slug} />
        ))}
      </section>
      <StepNav previous={previous} next={next} />
      <JsonLd data={stepBreadcrumbJsonLd(step, getSite().name, t("stepTitle", { number: step.number, title: step.title }))} />
      <ProgressReadyFlag />
      <StepKeyboardNav />
    </ClientMessages>
  );
}
