"use client";

import { createTranslator } from "@/lib/i18n/messages";
import { readStandalonePages } from "@/lib/i18n/standalone-pages";

// next.config.ts inlines it at build time, from the site's catalog (see lib/i18n/standalone-pages.ts).
const page = readStandalonePages(process.env.ROADMAP_STANDALONE_PAGES);

// Replaces the root layout when it fails, so it brings its own html and body.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = createTranslator(page.lang, "errors", page.messages);
  return (
    <html lang={page.lang} dir={page.dir}>
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "4rem auto", padding: "0 1rem" }}>
        <main>
          <h1>{t("title")}</h1>
          <p>{t("siteNotShown")}</p>
          <p>
            <button type="button" onClick={reset}>
              {t("tryAgain")}
            </button>{" "}
            {/* A full page load on purpose: the app shell itself failed. */}
            <a href="/">{t("backToRoadmap")}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
