import "server-only";
import { cache } from "react";
import { loadRoadmap } from "./load";

export type { Article, Roadmap, Site, Step } from "./load";
export type { Resource, ResourceKind, Topic } from "./schema";

/** The validated roadmap; read once per request (and once per page at build time). */
export const getRoadmap = cache(() => loadRoadmap());

/** The roadmap's names and settings, from content/roadmap/site.yaml. */
export function getSite() {
  return getRoadmap().site;
}

export function getStep(slug: string) {
  return getRoadmap().steps.find((step) => step.slug === slug) ?? null;
}

export function getStepByNumber(number: number) {
  return getRoadmap().steps.find((step) => step.number === number) ?? null;
}

/** The steps before and after `slug`, for prev/next links. */
export function getStepNeighbours(slug: string) {
  const { steps } = getRoadmap();
  const index = steps.findIndex((step) => step.slug === slug);
  return { previous: steps[index - 1] ?? null, next: index >= 0 ? (steps[index + 1] ?? null) : null };
}
