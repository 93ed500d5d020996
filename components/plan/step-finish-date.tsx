import { ClientMessages } from "@/components/i18n/client-messages";
import { ProjectedStepFinish } from "./projected-step-finish";

/** A step card's finish date at the learner's pace, with the plan's words. */
export function StepFinishDate({ slug }: { slug: string }) {
  return (
    <ClientMessages namespaces={["plan"]}>
      <ProjectedStepFinish slug={slug} />
    </ClientMessages>
  );
}
