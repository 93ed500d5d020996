import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { UpdatePrompt } from "@/components/pwa/update-prompt";
import { SaveFailedNotice } from "@/components/progress/save-failed-notice";
import { SiteFooter } from "@/components/site/site-footer";
import { ClientNavigation } from "@/components/site/client-navigation";
import { SiteHeader } from "@/components/site/site-header";
import { SyncStarter } from "@/components/sync/sync-starter";
import { storageKeys } from "@/lib/browser/storage-keys";
import { getRoadmap, getSite } from "@/lib/content";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { titleTemplate } from "@/lib/seo/metadata";
import { getSiteUrl } from "@/lib/site/site-url";
import { syncConfig } from "@/lib/sync/server/config";
import { PAGE_BACKGROUND } from "@/lib/theme/colors";
import { themeScript } from "@/lib/theme/theme";
import { inter } from "./font";
import "./globals.css";

export function generateMetadata(): Metadata {
  const { name, tagline } = getSite();
  return {
    metadataBase: getSiteUrl(),
    title: { default: name, template: titleTemplate(name) },
    description: tagline,
    applicationName: name,
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: PAGE_BACKGROUND.light },
    { media: "(prefers-color-scheme: dark)", color: PAGE_BACKGROUND.dark },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const { site, article } = getRoadmap();
  const { locale, direction } = getLocale();
  const t = getTranslator("chrome");
  return (
    // The head script sets data-theme before React hydrates, so the attribute may differ from the server's.
    <html lang={locale} dir={direction} className={inter.variable} data-storage-namespace={site.storageNamespace} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript(storageKeys(site.storageNamespace).theme) }} />
        <noscript>
          <style>{".js-only{display:none!important}"}</style>
        </noscript>
      </head>
      <body>
        <a href="#main" className="skip-link">
          {t("skipToContent")}
        </a>
        <SiteHeader siteName={site.name} articlePath={article.permalink} />
        <main id="main" className="page" tabIndex={-1}>
          <SaveFailedNotice />
          {/* app/error.tsx, a client component, renders in place of a page that fails. */}
          <ClientMessages namespaces={["errors"]}>{children}</ClientMessages>
        </main>
        <SiteFooter article={article} />
        <ClientNavigation />
        <UpdatePrompt />
        {syncConfig().enabled && <SyncStarter />}
      </body>
    </html>
  );
}
