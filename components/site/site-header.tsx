import { ClientMessages } from "@/components/i18n/client-messages";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { getTranslator } from "@/lib/i18n/server";

export function SiteHeader({ siteName, articlePath }: { siteName: string; articlePath: string }) {
  const t = getTranslator("chrome");
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a href="/" className="site-header__brand">
          {siteName}
        </a>
        <nav aria-label={t("siteNavigation")}>
          <ul className="site-header__links">
            <li>
              <a href="/">{t("roadmapLink")}</a>
            </li>
            <li>
              <a href={articlePath}>{t("articleLink")}</a>
            </li>
          </ul>
        </nav>
        <ClientMessages namespaces={["theme"]}>
          <ThemeToggle />
        </ClientMessages>
      </div>
    </header>
  );
}
