import { ClientMessages } from "@/components/i18n/client-messages";
import { ReviewDueLine } from "./review-due-line";

/** The overview's line on reviews due, with the review page's words. */
export function ReviewDueLink() {
  return (
    <ClientMessages namespaces={["review"]}>
      <ReviewDueLine />
    </ClientMessages>
  );
}
