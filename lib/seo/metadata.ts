import type { Metadata } from "next";
import { getSite } from "../content";
import { getLocale, getTranslator } from "../i18n/server";
import { openGraphLocale } from "./open-graph-locale";

interface PageMetadataOptions {
  /** The page's own title; the layout's template adds the site name unless `absoluteTitle`. */
  title: string;
  absoluteTitle?: boolean;
  description: string;
  /** The page's canonical path; made absolute with the layout's metadataBase. */
  path: string;
  article?: { publishedTime: string; author: string; section: string };
}

/** The layout's title template: Next puts each page's own title in place of "%s". */
export function titleTemplate(siteName: string): string {
  return getTranslator("metadata")("pageTitle", { page: "%s", siteName });
}

/**
 * Title, description, canonical URL, Open Graph and Twitter card for one page. Next merges metadata
 * shallowly, so each page states its openGraph and twitter objects whole. The og:image comes from
 * the route's opengraph-image file.
 */
export function pageMetadata({ title, absoluteTitle, description, path, article }: PageMetadataOptions): Metadata {
  const siteName = getSite().name;
  const fullTitle = absoluteTitle ? title : getTranslator("metadata")("pageTitle", { page: title, siteName });
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: path },
    openGraph: {
      title: fullTitle,
      description,
      url: path,
      siteName,
      locale: openGraphLocale(getLocale().locale),
      ...(article
        ? { type: "article", publishedTime: article.publishedTime, authors: [article.author], section: article.section }
        : { type: "website" }),
    },
    twitter: { card: "summary_large_image", title: fullTitle, description },
  };
}
