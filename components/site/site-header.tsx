import { ThemeToggle } from "@/components/theme/theme-toggle";

export function SiteHeader({ siteName, articlePath }: { siteName: string; articlePath: string }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a href="/" className="site-header__brand">
          {siteName}
        </a>
        <nav aria-label="Site">
          <ul className="site-header__links">
            <li>
              <a href="/">Roadmap</a>
            </li>
            <li>
              <a href={articlePath}>Article</a>
            </li>
          </ul>
        </nav>
        <ThemeToggle />
      </div>
    </header>
  );
}
