import { notFound } from "next/navigation";
import { OG_IMAGE_SIZE, OG_IMAGE_TYPE, renderPreviewCard } from "@/components/og/preview-card";
import { getRoadmap, getSite, getStep } from "@/lib/content";
import { getTranslator } from "@/lib/i18n/server";

export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_TYPE;
export const alt = getSite().previewAlt.step;

// Only the steps' images exist: any other slug is a 404 that no cache keeps.
export const dynamicParams = false;

export function generateStaticParams() {
  return getRoadmap().steps.map((step) => ({ slug: step.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const step = getStep((await params).slug);
  if (!step) notFound();
  const { site, steps } = getRoadmap();
  const totalSteps = steps.length;
  return renderPreviewCard({
    siteName: site.name,
    eyebrow: getTranslator("preview")("stepEyebrow", { number: step.number, total: totalSteps }),
    title: step.title,
    chips: step.topics.map((topic) => topic.title),
    totalSteps,
    currentStep: step.number,
  });
}
