"use client";

import { useTranslations } from "@/components/i18n/messages-provider";

// A friendly page instead of a stack trace; the details stay in the server log. Its messages come
// from the <ClientMessages namespaces={["errors"]}> around every page in app/layout.tsx.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="not-found">
      <h1>{t("title")}</h1>
      <p>{t("pageNotShown")}</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          {t("tryAgain")}
        </button>{" "}
        <a href="/">{t("backToRoadmap")}</a>
      </p>
    </div>
  );
}
