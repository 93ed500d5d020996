import Link from "next/link";
import { ThemeToggle } from "@/components/theme/theme-toggle";

export function SiteHeader({ siteName, articlePath }: { siteName: string; articlePath: string }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand">
          {siteName}
        </Link>
        <nav aria-label="Site">
          <ul className="site-header__links">
            <li>
              <Link href="/">Roadmap</Link>
            </li>
            <li>
              <Link href={articlePath}>Article</Link>
            </li>
          </ul>
        </nav>
        <ThemeToggle />
      </div>
    </header>
  );
}
