import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SaveFailedNotice } from "@/components/progress/save-failed-notice";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { getRoadmap } from "@/lib/content";
import { SITE_NAME, SITE_TAGLINE } from "@/lib/site";
import { getSiteUrl } from "@/lib/site-url";
import { THEME_SCRIPT } from "@/lib/theme/theme";
import "./globals.css";

// Pages are prerendered at build time. Revalidating daily makes Next send
// "s-maxage=86400, stale-while-revalidate=…", which lets a CDN serve them and refresh in the background.
export const revalidate = 86400;

export const metadata: Metadata = {
  metadataBase: getSiteUrl(),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_TAGLINE,
  applicationName: SITE_NAME,
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#10121a" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const { article } = getRoadmap();
  return (
    // The head script sets data-theme before React hydrates, so the attribute may differ from the server's.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        <noscript>
          <style>{".js-only{display:none!important}"}</style>
        </noscript>
      </head>
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader articlePath={article.permalink} />
        <main id="main" className="page" tabIndex={-1}>
          <SaveFailedNotice />
          {children}
        </main>
        <SiteFooter article={article} />
      </body>
    </html>
  );
}
