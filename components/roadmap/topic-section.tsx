import type { ReactNode } from "react";
import { TopicNotes } from "@/components/notes/topic-notes";
import { TopicStatusControl } from "@/components/progress/topic-status-control";
import { TopicLink } from "@/components/share/topic-link";
import type { ResourceKind, Topic } from "@/lib/content";
import type { MessageKey } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";

const KIND_LABELS: Record<ResourceKind, MessageKey<"step">> = {
  tool: "kindTool",
  docs: "kindDocs",
  course: "kindCourse",
  tutorial: "kindTutorial",
  platform: "kindPlatform",
  community: "kindCommunity",
};

function hostOf(url: string) {
  return new URL(url).hostname.replace(/^www\./, "");
}

/**
 * One topic of a step; its id is the topic id, so `/steps/<slug>#<id>` deep-links to it. Its status
 * control and link take the "progress" and "share" messages from the page.
 */
export function TopicSection({ topic, stepSlug }: { topic: Topic; stepSlug: string }) {
  const t = getTranslator("step");
  const tUnits = getTranslator("units");
  const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;
  // Topic ids never contain "--", so this id cannot clash with another topic's.
  const headingId = `${topic.id}--title`;
  return (
    <section id={topic.id} className="topic">
      <div className="topic__head">
        <h3 id={headingId} className="topic__title">
          {topic.title}
        </h3>
        {topic.titleSource === "ours" && (
          <span className="topic__ours">{t.rich("ourTitle", { hidden })}</span>
        )}
        <TopicLink topicId={topic.id} topicTitle={topic.title} />
      </div>
      <TopicStatusControl stepSlug={stepSlug} topicId={topic.id} labelledBy={headingId} />
      <p className="topic__description">{topic.description}</p>
      {topic.hours !== undefined && <p className="topic__estimate">{tUnits("aboutHours", { hours: topic.hours })}</p>}
      {topic.resources.length > 0 && (
        <ul className="resources" aria-label={t("resourcesFor", { topic: topic.title })}>
          {topic.resources.map((resource) => (
            <li key={resource.url} className="resource">
              {/* Isolated: a resource's name is often Latin-script ("NumPy") inside right-to-left text. */}
              <a href={resource.url} className="resource__link" rel="noopener">
                <bdi>{resource.title}</bdi>
              </a>
              <span className="resource__meta">
                <span className={`resource__kind resource__kind--${resource.kind}`}>{t(KIND_LABELS[resource.kind])}</span> <bdi>{hostOf(resource.url)}</bdi>
                {resource.source === "suggestion" && (
                  <span className="resource__suggested">{t.rich("suggested", { hidden })}</span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      <TopicNotes stepSlug={stepSlug} topicId={topic.id} topicTitle={topic.title} />
    </section>
  );
}
