import type { Article } from "@/lib/content";
import { getTranslator } from "@/lib/i18n/server";

export function SiteFooter({ article }: { article: Article }) {
  const t = getTranslator("chrome");
  return (
    <footer className="site-footer">
      <p>{t.rich("footer", { title: article.title, author: article.author, article: (chunks) => <a href={article.permalink}>{chunks}</a> })}</p>
    </footer>
  );
}
