// The service worker, bundled by `serwist build` (serwist.config.mjs) after `next build`, when
// every page has been prerendered: the precache manifest it injects lists them all.
import { defaultCache } from "@serwist/next/worker";
import { NetworkFirst, Serwist, type PrecacheEntry, type RouteMatchCallback, type SerwistGlobalConfig } from "serwist";
import { OFFLINE_PATH } from "../lib/pwa/paths";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const precacheEntries = (self.__SW_MANIFEST ?? []).map((entry) => (typeof entry === "string" ? { url: entry, revision: null } : entry));

/** The prerendered pages: precached entries that are neither files nor the offline page. */
const pages = precacheEntries.filter(({ url }) => !url.startsWith("/_next/") && !/\.\w+$/.test(url) && url !== OFFLINE_PATH);

// What the client router fetches to move between pages (React Server Component data: a request
// with an `RSC: 1` header). A page's data is the same whatever page it is requested from, so it is
// kept under the page's path, saved for every page at install, and named after this build's pages
// so that a new build never mixes its data with the old one's.
const ROUTER_DATA_PREFIX = "router-data-";
const routerDataCache = ROUTER_DATA_PREFIX + hash(pages.map(({ url, revision }) => `${url}@${revision}`).join());
const isRouterNavigation: RouteMatchCallback = ({ request, sameOrigin }) =>
  sameOrigin && request.headers.get("RSC") === "1" && request.headers.get("Next-Router-Prefetch") !== "1";
const byPath = {
  cacheKeyWillBeUsed: async ({ request }: { request: Request }) => new URL(request.url).pathname,
};

const serwist = new Serwist({
  // Every prerendered page, the static chunks, the manifest and its icons, the search index, each
  // with a revision from this build's bytes: an update replaces what changed and deletes the rest.
  precacheEntries,
  precacheOptions: { cleanupOutdatedCaches: true },
  // A new build waits until the learner chooses to reload (components/pwa/update-prompt.tsx),
  // which sends SKIP_WAITING; the very first one takes charge of open pages at once.
  skipWaiting: false,
  clientsClaim: true,
  runtimeCaching: [{ matcher: isRouterNavigation, handler: new NetworkFirst({ cacheName: routerDataCache, plugins: [byPath] }) }, ...defaultCache],
  fallbacks: {
    entries: [{ url: OFFLINE_PATH, matcher: ({ request }) => request.destination === "document" }],
  },
});

async function saveRouterData(): Promise<void> {
  const cache = await caches.open(routerDataCache);
  await Promise.all(
    pages.map(async ({ url }) => {
      // The server answers a bare `RSC: 1` request with a redirect to its cache-busting URL, which
      // fetch follows. Saved as a fresh response: a redirected one would tell the router that the
      // page moved, and it would drop the #topic of the link being followed.
      const response = await fetch(url, { headers: { RSC: "1" }, cache: "no-cache" });
      if (!response.ok || !response.headers.get("Content-Type")?.startsWith("text/x-component")) return;
      const { status, statusText, headers } = response;
      await cache.put(url, new Response(await response.blob(), { status, statusText, headers }));
    }),
  );
}

async function deleteOldRouterData(): Promise<void> {
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(ROUTER_DATA_PREFIX) && name !== routerDataCache).map((name) => caches.delete(name)));
}

/** A short, stable name for a list of revisions (FNV-1a). */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) value = Math.imul(value ^ text.charCodeAt(index), 0x01000193);
  return (value >>> 0).toString(36);
}

self.addEventListener("install", (event) => event.waitUntil(saveRouterData()));
self.addEventListener("activate", (event) => event.waitUntil(deleteOldRouterData()));
serwist.addEventListeners();
