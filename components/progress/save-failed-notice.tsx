import { ClientMessages } from "@/components/i18n/client-messages";
import { SaveFailedWarning } from "./save-failed-warning";

/** The warning every page shows if this browser will not keep progress, with the one message it needs. */
export function SaveFailedNotice() {
  return (
    <ClientMessages namespaces={["saveFailed"]}>
      <SaveFailedWarning />
    </ClientMessages>
  );
}
