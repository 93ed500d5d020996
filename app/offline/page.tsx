import type { Metadata } from "next";
import { StepLinkList } from "@/components/roadmap/step-link-list";
import { getRoadmap } from "@/lib/content";
import { getTranslator } from "@/lib/i18n/server";

export function generateMetadata(): Metadata {
  return { title: getTranslator("metadata")("offlineTitle"), robots: { index: false } };
}

/**
 * OFFLINE_PATH (lib/pwa/paths.ts): what the service worker shows, without a connection, for a page
 * this device has not saved. Every page linked here is saved on the first visit to any page, so each of them opens offline.
 * Prerendered at build and precached as built (serwist.config.mjs), so it is in the site's language like every other page.
 */
export default function Offline() {
  const { steps, article } = getRoadmap();
  const t = getTranslator("offline");
  return (
    <div className="not-found">
      <p className="eyebrow">{t("eyebrow")}</p>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <StepLinkList steps={steps} />
      <p>
        {t.rich("links", {
          title: article.title,
          overview: (chunks) => <a href="/">{chunks}</a>,
          article: (chunks) => <a href={article.permalink}>{chunks}</a>,
        })}
      </p>
    </div>
  );
}
