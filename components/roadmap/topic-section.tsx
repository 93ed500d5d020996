import { TopicNotes } from "@/components/notes/topic-notes";
import { TopicStatusControl } from "@/components/progress/topic-status-control";
import { TopicLink } from "@/components/share/topic-link";
import type { Topic } from "@/lib/content";
import { formatHours } from "@/lib/site/format";

function hostOf(url: string) {
  return new URL(url).hostname.replace(/^www\./, "");
}

/** One topic of a step; its id is the topic id, so `/steps/<slug>#<id>` deep-links to it. */
export function TopicSection({ topic, stepSlug }: { topic: Topic; stepSlug: string }) {
  // Topic ids never contain "--", so this id cannot clash with another topic's.
  const headingId = `${topic.id}--title`;
  return (
    <section id={topic.id} className="topic">
      <div className="topic__head">
        <h3 id={headingId} className="topic__title">
          {topic.title}
        </h3>
        {topic.titleSource === "ours" && (
          <span className="topic__ours">
            Our title<span className="visually-hidden">: the article has no name of its own for this topic</span>
          </span>
        )}
        <TopicLink topicId={topic.id} topicTitle={topic.title} />
      </div>
      <TopicStatusControl stepSlug={stepSlug} topicId={topic.id} labelledBy={headingId} />
      <p className="topic__description">{topic.description}</p>
      {topic.hours !== undefined && <p className="topic__estimate">{formatHours(topic.hours)}</p>}
      {topic.resources.length > 0 && (
        <ul className="resources" aria-label={`Resources for ${topic.title}`}>
          {topic.resources.map((resource) => (
            <li key={resource.url} className="resource">
              <a href={resource.url} className="resource__link" rel="noopener">
                {resource.title}
              </a>
              <span className="resource__meta">
                <span className={`resource__kind resource__kind--${resource.kind}`}>{resource.kind}</span> {hostOf(resource.url)}
                {resource.source === "suggestion" && (
                  <span className="resource__suggested">
                    Suggested<span className="visually-hidden"> by this roadmap, not named in the article</span>
                  </span>
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
