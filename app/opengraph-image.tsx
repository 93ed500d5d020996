import { OG_IMAGE_SIZE, OG_IMAGE_TYPE, renderPreviewCard } from "@/components/og/preview-card";
import { getRoadmap } from "@/lib/content";

export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_TYPE;
export const alt = "The AI & ML career roadmap: five steps";

export default function Image() {
  const { article, steps } = getRoadmap();
  return renderPreviewCard({
    eyebrow: `Career roadmap · ${steps.length} steps`,
    title: article.title,
    subtitle: "Work through it topic by topic, track your progress and share it. No account needed.",
    totalSteps: steps.length,
  });
}
