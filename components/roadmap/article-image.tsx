import type { Article } from "@/lib/content";

/** The frontmatter image, rendered only when the file exists under public/ (the loader checks). */
export function ArticleImage({ article }: { article: Article }) {
  if (!article.image) return null;
  // A plain img: the image is a local file of unknown dimensions, so next/image's sizing does not apply.
  // eslint-disable-next-line @next/next/no-img-element
  return <img src={article.image} alt="" className="article-image" />;
}
