import type { Article } from "@/lib/content";
import { formatDate } from "@/lib/site/format";

export function ArticleByline({ article }: { article: Article }) {
  return (
    <p className="byline">
      By <span className="byline__author">{article.author}</span>
      <span aria-hidden="true"> · </span>
      <time dateTime={article.date}>{formatDate(article.date)}</time>
      <span aria-hidden="true"> · </span>
      <span className="byline__category">{article.category}</span>
    </p>
  );
}
