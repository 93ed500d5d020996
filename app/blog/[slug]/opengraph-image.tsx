import { OG_IMAGE_SIZE, OG_IMAGE_TYPE, renderPreviewCard } from "@/components/og/preview-card";
import { getRoadmap, getSite } from "@/lib/content";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/site/format";

export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_TYPE;
export const alt = getSite().previewAlt.article;

export function generateStaticParams() {
  return [{ slug: getRoadmap().article.slug }];
}

export default function Image() {
  const { site, article, steps } = getRoadmap();
  const t = getTranslator("preview");
  return renderPreviewCard({
    siteName: site.name,
    eyebrow: t("articleEyebrow", { author: article.author, date: formatDate(article.date, t.locale) }),
    title: article.title,
    subtitle: article.description,
    totalSteps: steps.length,
  });
}
