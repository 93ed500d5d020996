import Link from "next/link";
import type { Article } from "@/lib/content";

export function SiteFooter({ article }: { article: Article }) {
  return (
    <footer className="site-footer">
      <p>
        Based on <Link href={article.permalink}>“{article.title}”</Link> by {article.author}. No account needed.
      </p>
    </footer>
  );
}
