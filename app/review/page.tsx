import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ReviewSession, type ReviewTopic } from "@/components/review/review-session";
import { getRoadmap } from "@/lib/content";
import { getTranslator } from "@/lib/i18n/server";
import { toStepOutline } from "@/lib/progress/progress";

// The learner's own reviews: nothing here for a search engine.
export function generateMetadata(): Metadata {
  return { title: getTranslator("metadata")("reviewTitle"), robots: { index: false } };
}

/** REVIEW_PATH (lib/site/paths.ts): the topics due for review, one at a time. */
export default function ReviewPage() {
  const { steps } = getRoadmap();
  const t = getTranslator("review");
  const topics: ReviewTopic[] = steps.flatMap((step) =>
    step.topics.map((topic) => ({
      slug: step.slug,
      topicId: topic.id,
      title: topic.title,
      step: t("stepEyebrow", { step: step.number, title: step.title }),
      description: topic.description,
      resources: topic.resources.map((resource) => ({ title: resource.title, url: resource.url, suggested: resource.source === "suggestion" })),
    })),
  );
  return (
    <>
      <header className="review-header">
        <p className="eyebrow">{t("eyebrow")}</p>
        <h1>{t("title")}</h1>
        <p className="review-header__intro">{t("intro")}</p>
      </header>
      <noscript>
        <p>{t("needsJavaScript")}</p>
      </noscript>
      <ClientMessages namespaces={["review"]}>
        <ReviewSession steps={steps.map(toStepOutline)} topics={topics} />
      </ClientMessages>
    </>
  );
}
