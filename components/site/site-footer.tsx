import type { Article } from "@/lib/content";

export function SiteFooter({ article }: { article: Article }) {
  return (
    <footer className="site-footer">
      <p>
        Based on <a href={article.permalink}>“{article.title}”</a> by {article.author}. No account needed.
      </p>
    </footer>
  );
}
