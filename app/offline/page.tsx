import type { Metadata } from "next";
import { StepLinkList } from "@/components/roadmap/step-link-list";
import { getRoadmap } from "@/lib/content";

export const metadata: Metadata = { title: "Offline", robots: { index: false } };

/**
 * OFFLINE_PATH (lib/pwa/paths.ts): what the service worker shows, without a connection, for a page
 * this device has not saved. Every page linked here is saved on the first visit to any page, so each of them opens offline.
 */
export default function Offline() {
  const { steps, article } = getRoadmap();
  return (
    <div className="not-found">
      <p className="eyebrow">Offline</p>
      <h1>This page needs a connection</h1>
      <p>You are offline, and this page isn’t saved on this device. The whole roadmap is, and your progress too:</p>
      <StepLinkList steps={steps} />
      <p>
        <a href="/">The roadmap overview</a> · <a href={article.permalink}>{article.title}</a>
      </p>
    </div>
  );
}
