"use client";

import { useTranslations } from "@/components/i18n/messages-provider";
import { useSaveFailed } from "@/lib/browser/save-failed";

/** Says once, politely, that this browser will not keep progress; the page keeps working. */
export function SaveFailedWarning() {
  const failed = useSaveFailed();
  const t = useTranslations("saveFailed");
  return (
    <div role="status" className="notice-region">
      {failed && <p className="notice notice--warning">{t("notice")}</p>}
    </div>
  );
}
