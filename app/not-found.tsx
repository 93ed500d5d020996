import type { Metadata } from "next";
import { getRoadmap } from "@/lib/content";
import { StepLinkList } from "@/components/roadmap/step-link-list";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  const { steps } = getRoadmap();
  return (
    <div className="not-found">
      <p className="eyebrow">404</p>
      <h1>This page isn’t on the roadmap</h1>
      <p>The link may be mistyped or out of date. Pick up from one of the {steps.length} steps:</p>
      <StepLinkList steps={steps} />
      <p>
        <a href="/">Back to the roadmap overview</a>
      </p>
    </div>
  );
}
