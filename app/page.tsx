import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ArticleByline } from "@/components/roadmap/article-byline";
import { ArticleImage } from "@/components/roadmap/article-image";
import { ContinueLink } from "@/components/progress/continue-link";
import { ProgressActions } from "@/components/progress/progress-actions";
import { ProgressMeter } from "@/components/progress/progress-meter";
import { ProgressReadyFlag } from "@/components/progress/progress-ready-flag";
import { PlanProjectionProvider } from "@/components/plan/plan-projection-provider";
import { PlanReadyFlag } from "@/components/plan/plan-ready-flag";
import { ReviewDueLink } from "@/components/review/review-due-link";
import { ReviewScheduleProvider } from "@/components/review/review-schedule-provider";
import { StudyPlan } from "@/components/plan/study-plan";
import { ShareProgress } from "@/components/share/share-progress";
import { SyncSection } from "@/components/sync/sync-section";
import { SharedProgressBanner } from "@/components/share/shared-progress-banner";
import { SharedViewProvider } from "@/components/share/shared-view-provider";
import { RoadmapMap } from "@/components/roadmap/roadmap-map";
import { RoadmapSearch } from "@/components/search/roadmap-search";
import { JsonLd } from "@/components/seo/json-ld";
import { getRoadmap } from "@/lib/content";
import { getTranslator } from "@/lib/i18n/server";
import { hasEstimates } from "@/lib/plan/estimates";
import { pageMetadata } from "@/lib/seo/metadata";
import { toStepOutline } from "@/lib/progress/progress";
import { searchExamples } from "@/lib/search/entries";
import { roadmapJsonLd } from "@/lib/seo/structured-data";
import { syncConfig } from "@/lib/sync/server/config";

export function generateMetadata(): Metadata {
  const { site, article, steps } = getRoadmap();
  const t = getTranslator("metadata");
  return pageMetadata({
    title: t("overviewTitle", { siteName: site.name, articleTitle: article.title }),
    absoluteTitle: true,
    description: t("overviewDescription", { articleDescription: article.description, steps: steps.length }),
    path: "/",
  });
}

export default function OverviewPage() {
  const { site, article, steps } = getRoadmap();
  const outline = steps.map(toStepOutline);
  const planSteps = steps.map((step, index) => ({ ...outline[index]!, number: step.number, title: step.title }));
  const t = getTranslator("overview");
  return (
    <SharedViewProvider steps={outline}>
      <ReviewScheduleProvider steps={outline}>
        <PlanProjectionProvider steps={outline}>
          <header className="hero">
            <p className="eyebrow">{t("eyebrow", { label: site.label, steps: steps.length })}</p>
            <h1 className="hero__title">{article.title}</h1>
            <p className="hero__description">{article.description}</p>
            <ArticleByline article={article} />
            <ArticleImage article={article} />
          </header>
          <ClientMessages namespaces={["share", "progress"]}>
            <SharedProgressBanner steps={outline} />
          </ClientMessages>
          <section className="panel js-only" aria-labelledby="progress-title">
            <h2 id="progress-title" className="panel__title">
              {t("yourProgress")}
            </h2>
            <ClientMessages namespaces={["progress", "share", "backup"]}>
              <ProgressMeter steps={outline} label={t("progressLabel")} />
              <ContinueLink steps={outline} completeMessage={t("complete")} />
              <ReviewDueLink />
              <div className="panel__actions">
                <ShareProgress steps={outline} title={article.title} />
                <ProgressActions steps={outline} />
              </div>
            </ClientMessages>
          </section>
          {hasEstimates(steps) && (
            <section className="panel plan js-only" aria-labelledby="plan-title">
              <h2 id="plan-title" className="panel__title">
                {t("yourPlan")}
              </h2>
              <StudyPlan steps={planSteps} siteName={site.name} />
              <PlanReadyFlag />
            </section>
          )}
          <ClientMessages namespaces={["search"]}>
            <RoadmapSearch examples={searchExamples(steps)} />
          </ClientMessages>
          <section aria-label={t("learningMap")} className="map-section">
            <ClientMessages namespaces={["progress"]}>
              <RoadmapMap steps={steps} outline={outline} />
            </ClientMessages>
          </section>
          {syncConfig().enabled && <SyncSection />}
          <JsonLd data={roadmapJsonLd(article, steps)} />
          <ProgressReadyFlag />
          <p className="read-article">
            <a href={article.permalink}>{t("readArticle")}</a>
          </p>
        </PlanProjectionProvider>
      </ReviewScheduleProvider>
    </SharedViewProvider>
  );
}
