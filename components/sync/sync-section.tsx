import { ClientMessages } from "@/components/i18n/client-messages";
import { getTranslator } from "@/lib/i18n/server";
import { SyncPanel } from "./sync-panel";

/** The overview's Sync region: what sync does and does not reveal, and its controls. */
export function SyncSection() {
  const t = getTranslator("sync");
  return (
    <section className="panel sync js-only" aria-labelledby="sync-title" id="sync">
      <h2 id="sync-title" className="panel__title">
        {t("title")}
      </h2>
      <p className="sync__about">{t("about")}</p>
      <p className="sync__about">{t.rich("warning", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <ClientMessages namespaces={["sync"]}>
        <SyncPanel />
      </ClientMessages>
    </section>
  );
}
