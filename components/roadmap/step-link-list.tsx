import type { Step } from "@/lib/content";
import { getTranslator } from "@/lib/i18n/server";
import { stepPath } from "@/lib/site/paths";

/** Every step as a link: where a page that is not there sends the reader instead. */
export function StepLinkList({ steps }: { steps: Pick<Step, "slug" | "number" | "title">[] }) {
  const t = getTranslator("step");
  return (
    <ul className="not-found__steps">
      {steps.map((step) => (
        <li key={step.slug}>
          <a href={stepPath(step.slug)}>{t("stepTitle", { number: step.number, title: step.title })}</a>
        </li>
      ))}
    </ul>
  );
}
