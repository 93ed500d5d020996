import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants";
import { loadSiteCatalog } from "./lib/content/files";
import { standalonePages } from "./lib/i18n/standalone-pages";
import { securityHeaders } from "./lib/http/security-headers";
import { SERVICE_WORKER_PATH } from "./lib/pwa/paths";
import { syncConfig } from "./lib/sync/server/config";

// A function of the phase: the production server (scripts/server.mjs) loads this same file, compiled,
// from .next/standalone, where the build-only options have no use.
export default function nextConfig(phase: string): NextConfig {
  // The server reads sync's settings when it runs; a build says at once when they leave sync off.
  const sync = phase === PHASE_PRODUCTION_BUILD ? syncConfig() : null;
  if (sync && !sync.enabled) console.warn(`Sync is off: ${sync.reason}`);
  return {
    ...(phase === PHASE_PRODUCTION_BUILD && {
      // A self-contained server in .next/standalone for any Node host (see README, Deployment).
      output: "standalone",
      outputFileTracingIncludes: {
        "/**": [
          // The 404 page reads content/ and the catalog when rendered at request time.
          "./content/**/*",
          "./messages/**/*",
          // next() resolves (never loads) these build-time modules as it reads the config, and
          // tracing leaves them out; without them the server cannot start from .next/standalone.
          "./node_modules/next/dist/compiled/webpack/*.js",
          "./node_modules/next/dist/compiled/@babel/runtime/package.json",
        ],
      },
    }),
    // The global error page and the proxy's page have no layout to hand them the catalog: their words are inlined as the build starts.
    ...((phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER) && { env: { ROADMAP_STANDALONE_PAGES: standalonePages(loadSiteCatalog()) } }),
    // Messages reach browsers compiled (lib/content/catalog.ts), so browsers get intl-messageformat without its parser.
    turbopack: { resolveAlias: { "@formatjs/icu-messageformat-parser": { browser: "@formatjs/icu-messageformat-parser/no-parser.js" } } },
    poweredByHeader: false,
    reactStrictMode: true,
    async headers() {
      return [
        { source: "/:path*", headers: securityHeaders() },
        // Browsers look for a new service worker on every visit; no cache may keep an old one.
        { source: SERVICE_WORKER_PATH, headers: [{ key: "Cache-Control", value: "no-cache" }] },
      ];
    },
  };
}
