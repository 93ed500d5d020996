// @ts-check
// `npm start`: Next.js's own standalone server (PORT, HOSTNAME and the rest as documented), with
// its prerendered responses answered from memory by page-cache.mjs. Copied into .next/standalone
// by prepare-standalone.mjs, so that folder alone is the deployable server.
import http from "node:http";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { cacheKey, createEntry, PAGE_CACHE_READY, respond } from "./page-cache.mjs";

const require = createRequire(import.meta.url);
const here = fileURLToPath(new URL(".", import.meta.url));

/** @type {Map<string, import("./page-cache.mjs").Entry>} */
const cache = new Map();

/** Paths Next.js prerendered at build time (from its own manifest), and its static files. */
function cacheablePaths() {
  const manifest = JSON.parse(readFileSync(join(here, ".next/prerender-manifest.json"), "utf8"));
  const pages = Object.keys(manifest.routes).filter((path) => !path.startsWith("/_"));
  const staticDir = join(here, ".next/static");
  const files = readdirSync(staticDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/_next/static/${relative(staticDir, join(entry.parentPath, entry.name)).split(sep).join("/")}`);
  return [...pages, ...files];
}

/**
 * One uncompressed response from the running server; null if it is not a 200.
 * @param {import("node:net").AddressInfo} address
 * @param {string} path
 * @returns {Promise<{ headers: http.IncomingHttpHeaders, body: Buffer } | null>}
 */
function fetchFromNext(address, path) {
  const host = address.address === "0.0.0.0" || address.address === "::" ? "127.0.0.1" : address.address;
  return new Promise((resolve) => {
    http
      .get({ host, port: address.port, path, headers: { "accept-encoding": "identity" } }, (response) => {
        const chunks = /** @type {Buffer[]} */ ([]);
        response.on("data", (chunk) => chunks.push(chunk));
        response.on("end", () => resolve(response.statusCode === 200 ? { headers: response.headers, body: Buffer.concat(chunks) } : null));
      })
      // A path that cannot be fetched is simply left to Next.js.
      .on("error", () => resolve(null));
  });
}

/**
 * Asks the running server for each cacheable path once and keeps each 200 answer, compressed.
 * @param {import("node:net").AddressInfo} address
 */
async function fillCache(address) {
  for (const path of cacheablePaths()) {
    const response = await fetchFromNext(address, path);
    if (response) cache.set(path, await createEntry(response.headers, response.body));
  }
  console.log(`${PAGE_CACHE_READY} ${cache.size} responses in memory`);
}

// Next.js creates its HTTP server inside startServer(); wrap the one server it creates so the
// cache answers first. Only that first call is wrapped; the original is restored at once.
const createServer = http.createServer;
/**
 * @param {http.ServerOptions | http.RequestListener} optionsOrListener
 * @param {http.RequestListener} [maybeListener]
 */
function createCachedServer(optionsOrListener, maybeListener) {
  http.createServer = createServer;
  const options = typeof optionsOrListener === "function" ? {} : optionsOrListener;
  const nextListener = typeof optionsOrListener === "function" ? optionsOrListener : maybeListener;
  if (!nextListener) throw new Error("server.mjs: Next.js created its server without a request listener");
  const server = createServer(options, (request, response) => {
    const key = cacheKey(request);
    const entry = key === null ? undefined : cache.get(key);
    if (entry) respond(request, response, entry);
    else nextListener(request, response);
  });
  server.once("listening", () => {
    const address = server.address();
    if (address && typeof address === "object") void fillCache(address);
  });
  return server;
}
// @ts-expect-error: createServer's overloads cannot be restated in JSDoc; both call shapes are handled.
http.createServer = createCachedServer;

require(join(here, "server.js"));
