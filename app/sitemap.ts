import type { MetadataRoute } from "next";
import { getRoadmap } from "@/lib/content";
import { stepPath } from "@/lib/site/paths";
import { absoluteUrl } from "@/lib/site/site-url";

export default function sitemap(): MetadataRoute.Sitemap {
  const { article, steps } = getRoadmap();
  const lastModified = article.date;
  return [
    { url: absoluteUrl("/"), lastModified, priority: 1 },
    ...steps.map((step) => ({ url: absoluteUrl(stepPath(step.slug)), lastModified, priority: 0.8 })),
    { url: absoluteUrl(article.permalink), lastModified, priority: 0.5 },
  ];
}
