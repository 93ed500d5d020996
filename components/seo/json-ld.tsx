import { serializeJsonLd } from "@/lib/seo/structured-data";

/** Structured data for search engines; serializeJsonLd makes content safe inside the script element. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
