import { ClientMessages } from "@/components/i18n/client-messages";
import { StudyPlanForm, type StudyPlanProps } from "./study-plan-form";

/** The plan panel, with its words, the hours' and the calendar file's: the file is written in the browser. */
export function StudyPlan(props: StudyPlanProps) {
  return (
    <ClientMessages namespaces={["plan", "calendar", "units"]}>
      <StudyPlanForm {...props} />
    </ClientMessages>
  );
}
