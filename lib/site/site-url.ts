// The one place that reads environment variables (documented in the README). Server-only: values are
// baked into the prerendered pages at build time.

type Env = Partial<Record<"SITE_URL" | "VERCEL_ENV" | "VERCEL_PROJECT_PRODUCTION_URL" | "VERCEL_BRANCH_URL" | "VERCEL_URL" | "PORT", string | undefined>> & NodeJS.Dict<string>;

let warned = false;

/** A production build without SITE_URL bakes localhost into canonical URLs and previews: say so, once. */
function warnAboutLocalhost(url: string) {
  if (warned || process.env.NODE_ENV !== "production") return;
  warned = true;
  console.warn(`SITE_URL is not set: canonical URLs, link previews and the sitemap will point to ${url}. Set SITE_URL before \`npm run build\` when deploying.`);
}

/**
 * The public origin for absolute URLs (canonical links, Open Graph, sitemap): SITE_URL if set, else
 * Vercel's own URL for this deployment, else http://localhost:$PORT for local runs.
 */
export function getSiteUrl(env: Env = process.env): URL {
  const vercelHost = env.VERCEL_ENV === "production" ? env.VERCEL_PROJECT_PRODUCTION_URL : (env.VERCEL_BRANCH_URL ?? env.VERCEL_URL);
  const raw = env.SITE_URL?.trim() || (vercelHost ? `https://${vercelHost}` : `http://localhost:${env.PORT ?? 3000}`);
  if (!env.SITE_URL && !vercelHost) warnAboutLocalhost(raw);
  if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol)) {
    throw new Error(`SITE_URL: "${raw}" is not an http(s) URL; set it to the site's public origin, e.g. https://roadmap.example.com`);
  }
  return new URL(new URL(raw).origin);
}

export function absoluteUrl(path: string, env?: Env): string {
  return new URL(path, getSiteUrl(env)).href;
}
