import { OG_IMAGE_SIZE, OG_IMAGE_TYPE, renderPreviewCard } from "@/components/og/preview-card";
import { getRoadmap, getSite } from "@/lib/content";
import { countOf } from "@/lib/site/format";

export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_TYPE;
export const alt = getSite().previewAlt.overview;

export default function Image() {
  const { site, article, steps } = getRoadmap();
  return renderPreviewCard({
    siteName: site.name,
    eyebrow: `${site.label} · ${countOf(steps.length, "step")}`,
    title: article.title,
    subtitle: "Work through it topic by topic, track your progress and share it. No account needed.",
    totalSteps: steps.length,
  });
}
