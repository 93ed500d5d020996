import { OG_IMAGE_SIZE, OG_IMAGE_TYPE, renderPreviewCard } from "@/components/og/preview-card";
import { getRoadmap } from "@/lib/content";
import { formatDate } from "@/lib/site";

export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_TYPE;
export const alt = "The article behind the AI & ML career roadmap";

export function generateStaticParams() {
  return [{ slug: getRoadmap().article.slug }];
}

export default function Image() {
  const { article, steps } = getRoadmap();
  return renderPreviewCard({
    eyebrow: `Article · ${article.author} · ${formatDate(article.date)}`,
    title: article.title,
    subtitle: article.description,
    totalSteps: steps.length,
  });
}
