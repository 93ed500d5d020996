import type { Metadata } from "next";
import { getRoadmap } from "@/lib/content";
import { getTranslator } from "@/lib/i18n/server";
import { StepLinkList } from "@/components/roadmap/step-link-list";

export function generateMetadata(): Metadata {
  return { title: getTranslator("metadata")("notFoundTitle") };
}

export default function NotFound() {
  const { steps } = getRoadmap();
  const t = getTranslator("notFound");
  return (
    <div className="not-found">
      <p className="eyebrow">{t("eyebrow")}</p>
      <h1>{t("title")}</h1>
      <p>{t("intro", { steps: steps.length })}</p>
      <StepLinkList steps={steps} />
      <p>
        <a href="/">{t("backToOverview")}</a>
      </p>
    </div>
  );
}
