import type { Metadata } from "next";
import { getRoadmap } from "@/lib/content";
import { stepPath } from "@/lib/site/paths";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  const { steps } = getRoadmap();
  return (
    <div className="not-found">
      <p className="eyebrow">404</p>
      <h1>This page isn’t on the roadmap</h1>
      <p>The link may be mistyped or out of date. Pick up from one of the {steps.length} steps:</p>
      <ul className="not-found__steps">
        {steps.map((step) => (
          <li key={step.slug}>
            <a href={stepPath(step.slug)}>
              Step {step.number}: {step.title}
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href="/">Back to the roadmap overview</a>
      </p>
    </div>
  );
}
