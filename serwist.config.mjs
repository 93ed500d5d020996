// @ts-check
// Builds public/sw.js after `next build` (npm run build): Serwist's configurator mode, so the
// worker is built once every route has been prerendered and precaches them all (README, Offline).
import { readdirSync, readFileSync } from "node:fs";
import { serwist } from "@serwist/next/config";

const APP_OUTPUT = ".next/server/app/";
// A prerendered route handler's response is stored as <route>.body: the search index, the web app
// manifest and its icons, the favicon. Link-preview images, robots.txt and the sitemap are not
// needed offline.
const ROUTE_BODIES = `${APP_OUTPUT}**/*.body`;
const NOT_NEEDED_OFFLINE = [`${APP_OUTPUT}**/opengraph-image*`, `${APP_OUTPUT}**/opengraph-image*/**`, `${APP_OUTPUT}robots.txt.body`, `${APP_OUTPUT}sitemap.xml.body`];

/** Prerendered redirects (/steps/<number> → /steps/<slug>): the .html Next.js wrote for each, its path and its target. */
function prerenderedRedirects() {
  return readdirSync(APP_OUTPUT, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".meta"))
    .map((file) => ({ route: file.replace(/\.meta$/, ""), meta: JSON.parse(readFileSync(APP_OUTPUT + file, "utf8")) }))
    .filter(({ meta }) => meta.status >= 300 && meta.status < 400)
    .map(({ route, meta }) => ({ html: `${APP_OUTPUT}${route}.html`, path: `/${route}`, location: meta.headers.location }));
}

const redirects = prerenderedRedirects();

export default serwist({
  swSrc: "worker/sw.ts",
  swDest: "public/sw.js",
  globPatterns: [".next/static/**/*.{js,css,woff2,png,svg,ico,json}", ROUTE_BODIES],
  // Their targets are precached, they are not; the worker maps them (PRERENDERED_REDIRECTS).
  globIgnores: [...NOT_NEEDED_OFFLINE, ...redirects.map(({ html }) => html)],
  // Serwist maps .next/server/app/<route>.html to /<route>; a route body only needs its suffix off.
  manifestTransforms: [
    (entries) => ({
      manifest: entries.map((entry) => ({ ...entry, url: entry.url.replace(/\.body$/, "") })),
      warnings: [],
    }),
  ],
  // Whole pages count: the largest precached file is a page's HTML or a chunk, never media.
  maximumFileSizeToCacheInBytes: 1024 * 1024,
  esbuildOptions: { define: { PRERENDERED_REDIRECTS: JSON.stringify(Object.fromEntries(redirects.map(({ path, location }) => [path, location]))) } },
});
