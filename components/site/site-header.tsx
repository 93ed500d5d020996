import Link from "next/link";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { SITE_NAME } from "@/lib/site";

export function SiteHeader({ articlePath }: { articlePath: string }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand">
          {SITE_NAME}
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
