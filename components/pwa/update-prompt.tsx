import { ClientMessages } from "@/components/i18n/client-messages";
import { UpdateOffer } from "./update-offer";

/** The offer of a new build, on every page, with the messages it needs. */
export function UpdatePrompt() {
  return (
    <ClientMessages namespaces={["pwa"]}>
      <UpdateOffer />
    </ClientMessages>
  );
}
