import type { Article } from "@/lib/content";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/site/format";

export function ArticleByline({ article }: { article: Article }) {
  const t = getTranslator("article");
  return (
    <p className="byline">
      {t.rich("byline", { author: article.author, name: (chunks) => <span className="byline__author">{chunks}</span> })}
      <span aria-hidden="true"> · </span>
      <time dateTime={article.date}>{formatDate(article.date, t.locale)}</time>
      <span aria-hidden="true"> · </span>
      <span className="byline__category">{article.category}</span>
    </p>
  );
}
