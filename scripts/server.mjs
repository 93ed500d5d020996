// @ts-check
// `npm start`: Next.js's own standalone server (PORT, HOSTNAME and the rest as documented), with
// its prerendered responses answered from memory by page-cache.mjs. Copied into .next/standalone
// by prepare-standalone.mjs, so that folder alone is the deployable server.
import http from "node:http";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cacheKey, createEntry, respond } from "./page-cache.mjs";

const require = createRequire(import.meta.url);
const here = new URL(".", import.meta.url).pathname;

/** @type {Map<string, import("./page-cache.mjs").Entry>} */
const cache = new Map();

/** Paths Next.js prerendered at build time, from its own manifest. */
function prerenderedPaths() {
  const manifest = JSON.parse(readFileSync(`${here}.next/prerender-manifest.json`, "utf8"));
  return Object.keys(manifest.routes).filter((path) => !path.startsWith("/_"));
}

/**
 * Asks the running server for each prerendered path, uncompressed, and keeps each 200 answer.
 * @param {import("node:net").AddressInfo} address
 */
async function fillCache(address) {
  const host = address.address === "0.0.0.0" || address.address === "::" ? "127.0.0.1" : address.address;
  for (const path of prerenderedPaths()) {
    await new Promise((resolve) => {
      http
        .get({ host, port: address.port, path, headers: { "accept-encoding": "identity" } }, (response) => {
          const chunks = /** @type {Buffer[]} */ ([]);
          response.on("data", (chunk) => chunks.push(chunk));
          response.on("end", () => {
            if (response.statusCode === 200) cache.set(path, createEntry(response.headers, Buffer.concat(chunks)));
            resolve(undefined);
          });
        })
        // A path that cannot be fetched is simply left to Next.js.
        .on("error", resolve);
    });
  }
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

require(`${here}server.js`);
