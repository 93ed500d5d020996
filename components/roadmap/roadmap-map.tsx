import { NoteIcon } from "@/components/notes/note-icon";
import { StepFinishDate } from "@/components/plan/step-finish-date";
import { ProgressMeter } from "@/components/progress/progress-meter";
import { StatusIcon } from "@/components/progress/status-icon";
import { TopicStatusLabel } from "@/components/progress/topic-status-label";
import type { Step } from "@/lib/content";
import { describeEstimate, hasEstimates, sumEstimates } from "@/lib/plan/estimates";
import { getTranslator } from "@/lib/i18n/server";
import { statusLabel, type StepOutline } from "@/lib/progress/progress";
import { TOPIC_STATUSES } from "@/lib/progress/statuses";
import { stepPath, topicPath } from "@/lib/site/paths";

/** What each mark on the map means; shown once above it. */
function StatusLegend() {
  const t = getTranslator("map");
  const tProgress = getTranslator("progress");
  return (
    <ul className="status-legend js-only" aria-label={t("statusMarks")}>
      {TOPIC_STATUSES.map((status) => (
        <li key={status}>
          <StatusIcon status={status} />
          {statusLabel(tProgress, status)}
        </li>
      ))}
      <li>
        <span className="topic-node__due" aria-hidden="true" />
        {t("dueForReview")}
      </li>
      <li>
        <NoteIcon />
        {t("hasNotes")}
      </li>
    </ul>
  );
}

/**
 * The whole path on one page: the steps as stations on a line, each with its topics as marked
 * nodes that deep-link to the topic. Every link is server-rendered; statuses appear once scripts run.
 * `outline` is the same steps as plain data for the client components, passed as one object. Those
 * components take the "progress" messages from the page.
 */
export function RoadmapMap({ steps, outline }: { steps: Step[]; outline: StepOutline[] }) {
  const planned = hasEstimates(steps);
  const t = getTranslator("map");
  const tProgress = getTranslator("progress");
  const tUnits = getTranslator("units");
  return (
    <>
      <StatusLegend />
      <ol className="roadmap-map">
        {steps.map((step, index) => {
          const estimate = describeEstimate(sumEstimates(step.topics), tUnits);
          return (
            <li key={step.slug} className="station">
              <span className="station__number" aria-hidden="true">
                {step.number}
              </span>
              <article className="step-card" aria-labelledby={`step-${step.slug}`}>
                <div className="step-card__body">
                  <h2 id={`step-${step.slug}`} className="step-card__title">
                    <a href={stepPath(step.slug)}>
                      {t.rich("stepTitle", { number: step.number, title: step.title, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> })}
                    </a>
                  </h2>
                  <p className="step-card__summary">{step.summary}</p>
                  <p className="step-card__count">
                    {estimate ? t("topicsAndEstimate", { topics: step.topics.length, estimate }) : tUnits("topics", { count: step.topics.length })}
                    {planned && <StepFinishDate slug={step.slug} />}
                  </p>
                  <ProgressMeter steps={[outline[index]!]} label={tProgress("stepProgressLabel", { number: step.number })} />
                </div>
                <ul className="topic-nodes" aria-label={t("topicsOfStep", { number: step.number })}>
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
