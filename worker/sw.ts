// The service worker, bundled by `serwist build` (serwist.config.mjs) after `next build`, when
// every page has been prerendered: the precache manifest it injects lists them all.
import { NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry, type RouteMatchCallback, type SerwistGlobalConfig } from "serwist";
import { fnv1a } from "../lib/hash/fnv1a";
import { OFFLINE_PATH } from "../lib/pwa/paths";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;
/** The prerendered redirects (/steps/<number> → /steps/<slug>), from serwist.config.mjs. */
declare const PRERENDERED_REDIRECTS: Record<string, string>;

const precacheEntries = (self.__SW_MANIFEST ?? []).map((entry) => (typeof entry === "string" ? { url: entry, revision: null } : entry));

/** The prerendered pages: precached entries that are neither files nor the offline page. */
const pages = precacheEntries.filter(({ url }) => !url.startsWith("/_next/") && !/\.\w+$/.test(url) && url !== OFFLINE_PATH);

// What the client router fetches to move between pages (React Server Component data: a request
// with an `RSC: 1` header). A page's data is the same whatever page it is requested from, so it is
// saved under the page's path for every page at install, in a cache named after this build's
// pages. The network is asked first (for 3 seconds) but never written to that cache: data from a
// newer build, deployed while this worker runs, would not fit this build's pages.
const ROUTER_DATA_PREFIX = "router-data-";
const routerDataCache = ROUTER_DATA_PREFIX + fnv1a(pages.map(({ url, revision }) => `${url}@${revision}`).join()).toString(36);
const isRouterNavigation: RouteMatchCallback = ({ request, sameOrigin }) =>
  sameOrigin && request.headers.get("RSC") === "1" && request.headers.get("Next-Router-Prefetch") !== "1";
const savedAtInstallOnly = {
  cacheKeyWillBeUsed: async ({ request }: { request: Request }) => new URL(request.url).pathname,
  cacheWillUpdate: async () => null,
};

const serwist = new Serwist({
  // Every prerendered page, the static chunks, the manifest and its icons, the search index, each
  // with a revision from this build's bytes. When a new worker activates, Serwist replaces the
  // entries whose revision changed, and cleanupOutdatedCaches drops caches of older Serwist versions.
  precacheEntries,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    // Pages link their icons with a version query (/icon.svg?icon.1a2b.svg); the bytes are the precached file's.
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^(icon|favicon)\./],
    // Old links reach the same saved pages offline: a trailing slash, a step by its number. Not
    // for a URL with a query: the router's data requests (?_rsc=…) must never get a page's HTML.
    urlManipulation: ({ url }) => {
      if (url.search) return [];
      const path = url.pathname.length > 1 ? url.pathname.replace(/\/$/, "") : url.pathname;
      return [new URL(PRERENDERED_REDIRECTS[path] ?? path, url.origin)];
    },
  },
  // A new build waits until the learner chooses to reload (components/pwa/update-prompt.tsx),
  // which sends SKIP_WAITING; the very first one takes charge of open pages at once.
  skipWaiting: false,
  clientsClaim: true,
  runtimeCaching: [
    { matcher: isRouterNavigation, handler: new NetworkFirst({ cacheName: routerDataCache, networkTimeoutSeconds: 3, plugins: [savedAtInstallOnly] }) },
    // Everything else comes from the network, as without a worker: nothing is kept beyond this build's precache.
    { matcher: ({ sameOrigin }) => sameOrigin, handler: new NetworkOnly() },
  ],
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

self.addEventListener("install", (event) => event.waitUntil(saveRouterData()));
self.addEventListener("activate", (event) => event.waitUntil(deleteOldRouterData()));
serwist.addEventListeners();
