import type { Metadata } from "next";
import { ReviewSession, type ReviewTopic } from "@/components/review/review-session";
import { getRoadmap } from "@/lib/content";
import { toStepOutline } from "@/lib/progress/progress";

// The learner's own reviews: nothing here for a search engine.
export const metadata: Metadata = { title: "Review", robots: { index: false } };

/** REVIEW_PATH (lib/site/paths.ts): the topics due for review, one at a time. */
export default function ReviewPage() {
  const { steps } = getRoadmap();
  const topics: ReviewTopic[] = steps.flatMap((step) =>
    step.topics.map((topic) => ({
      slug: step.slug,
      topicId: topic.id,
      title: topic.title,
      step: `Step ${step.number}: ${step.title}`,
      description: topic.description,
      resources: topic.resources.map((resource) => ({ title: resource.title, url: resource.url, suggested: resource.source === "suggestion" })),
    })),
  );
  return (
    <>
      <header className="review-header">
        <p className="eyebrow">Spaced review</p>
        <h1>Review</h1>
        <p className="review-header__intro">
          A topic you mark Done comes back here a few days later, then at longer and longer intervals as you remember it (FSRS, the scheduler modern
          flash-card tools use). Your answers decide when; a topic’s status stays as you set it. It all stays in this browser.
        </p>
      </header>
      <noscript>
        <p>Reviews need JavaScript: they are worked out from what this browser keeps.</p>
      </noscript>
      <ReviewSession steps={steps.map(toStepOutline)} topics={topics} />
    </>
  );
}
