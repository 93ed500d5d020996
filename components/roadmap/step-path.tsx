import Link from "next/link";
import { ProgressMeter } from "@/components/progress/progress-meter";
import type { Step } from "@/lib/content";
import { countOf } from "@/lib/plural";
import { toStepTopics } from "@/lib/progress/progress";
import { stepPath } from "@/lib/site";

/** The five steps as an ordered path, each linking to its permalink. */
export function StepPath({ steps }: { steps: Step[] }) {
  return (
    <ol className="step-path">
      {steps.map((step) => (
        <li key={step.slug} className="step-path__item">
          <span className="step-path__number" aria-hidden="true">
            {step.number}
          </span>
          <article className="step-card" aria-labelledby={`step-${step.slug}`}>
            <h2 id={`step-${step.slug}`} className="step-card__title">
              <Link href={stepPath(step.slug)}>
                <span className="visually-hidden">Step {step.number}: </span>
                {step.title}
              </Link>
            </h2>
            <p className="step-card__summary">{step.summary}</p>
            <p className="step-card__meta">
              <span className="step-card__count">{countOf(step.topics.length, "topic")}</span>
              <span aria-hidden="true"> · </span>
              {step.topics.map((topic) => topic.title).join(", ")}
            </p>
            <ProgressMeter steps={[toStepTopics(step)]} label={`Step ${step.number} progress`} />
          </article>
        </li>
      ))}
    </ol>
  );
}
