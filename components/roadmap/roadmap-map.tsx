import { NoteIcon } from "@/components/notes/note-icon";
import { StepFinishDate } from "@/components/plan/step-finish-date";
import { ProgressMeter } from "@/components/progress/progress-meter";
import { StatusIcon } from "@/components/progress/status-icon";
import { TopicStatusLabel } from "@/components/progress/topic-status-label";
import type { Step } from "@/lib/content";
import { describeEstimate, hasEstimates, sumEstimates } from "@/lib/plan/estimates";
import { countOf } from "@/lib/site/format";
import { STATUS_LABELS, type StepOutline } from "@/lib/progress/progress";
import { TOPIC_STATUSES } from "@/lib/progress/statuses";
import { stepPath, topicPath } from "@/lib/site/paths";

/** What each mark on the map means; shown once above it. */
function StatusLegend() {
  return (
    <ul className="status-legend js-only" aria-label="Status marks">
      {TOPIC_STATUSES.map((status) => (
        <li key={status}>
          <StatusIcon status={status} />
          {STATUS_LABELS[status]}
        </li>
      ))}
      <li>
        <span className="topic-node__due" aria-hidden="true" />
        Due for review
      </li>
      <li>
        <NoteIcon />
        Has notes
      </li>
    </ul>
  );
}

/**
 * The whole path on one page: the steps as stations on a line, each with its topics as marked
 * nodes that deep-link to the topic. Every link is server-rendered; statuses appear once scripts run.
 * `outline` is the same steps as plain data for the client components, passed as one object.
 */
export function RoadmapMap({ steps, outline }: { steps: Step[]; outline: StepOutline[] }) {
  const planned = hasEstimates(steps);
  return (
    <>
      <StatusLegend />
      <ol className="roadmap-map">
        {steps.map((step, index) => {
          const estimate = describeEstimate(sumEstimates(step.topics));
          return (
            <li key={step.slug} className="station">
              <span className="station__number" aria-hidden="true">
                {step.number}
              </span>
              <article className="step-card" aria-labelledby={`step-${step.slug}`}>
                <div className="step-card__body">
                  <h2 id={`step-${step.slug}`} className="step-card__title">
                    <a href={stepPath(step.slug)}>
                      <span className="visually-hidden">Step {step.number}: </span>
                      {step.title}
                    </a>
                  </h2>
                  <p className="step-card__summary">{step.summary}</p>
                  <p className="step-card__count">
                    {countOf(step.topics.length, "topic")}
                    {estimate && ` · ${estimate}`}
                    {planned && <StepFinishDate slug={step.slug} />}
                  </p>
                  <ProgressMeter steps={[outline[index]!]} label={`Step ${step.number} progress`} />
                </div>
                <ul className="topic-nodes" aria-label={`Topics of step ${step.number}`}>
                  {step.topics.map((topic) => (
                    <li key={topic.id}>
                      <a href={topicPath(step.slug, topic.id)} className="topic-node">
                        <TopicStatusLabel stepSlug={step.slug} topicId={topic.id} title={topic.title} />
                      </a>
                    </li>
                  ))}
                </ul>
              </article>
            </li>
          );
        })}
      </ol>
    </>
  );
}
