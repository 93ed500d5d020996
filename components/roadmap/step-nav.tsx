import { ArrowIcon } from "@/components/site/arrow-icon";
import type { Step } from "@/lib/content";
import { getTranslator } from "@/lib/i18n/server";
import { stepPath } from "@/lib/site/paths";

interface StepNavProps {
  previous: Step | null;
  next: Step | null;
}

/** Previous / next links between steps (rel=prev/next) and the way back to the overview. */
export function StepNav({ previous, next }: StepNavProps) {
  const t = getTranslator("step");
  return (
    <nav className="step-nav" aria-label={t("stepsNavigation")}>
      {previous ? (
        <a href={stepPath(previous.slug)} rel="prev" className="step-nav__link step-nav__link--prev">
          <span className="step-nav__label">
            <ArrowIcon direction="left" /> {t("stepNumber", { number: previous.number })}
          </span>
          <span className="step-nav__title">{previous.title}</span>
        </a>
      ) : (
        <span />
      )}
      <a href="/" className="step-nav__overview">
        {t("allSteps")}
      </a>
      {next ? (
        <a href={stepPath(next.slug)} rel="next" className="step-nav__link step-nav__link--next">
          <span className="step-nav__label">
            {t("stepNumber", { number: next.number })} <ArrowIcon direction="right" />
          </span>
          <span className="step-nav__title">{next.title}</span>
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
