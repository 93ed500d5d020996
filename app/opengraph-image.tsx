import { OG_IMAGE_SIZE, OG_IMAGE_TYPE, renderPreviewCard } from "@/components/og/preview-card";
import { getRoadmap, getSite } from "@/lib/content";
import { getTranslator } from "@/lib/i18n/server";

export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_TYPE;
export const alt = getSite().previewAlt.overview;

export default function Image() {
  const { site, article, steps } = getRoadmap();
  const t = getTranslator("preview");
  return renderPreviewCard({
    siteName: site.name,
    eyebrow: t("overviewEyebrow", { label: site.label, steps: steps.length }),
    title: article.title,
    subtitle: t("overviewSubtitle"),
    totalSteps: steps.length,
  });
}
