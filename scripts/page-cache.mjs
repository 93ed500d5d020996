// @ts-check
// An in-memory cache of the prerendered responses, answered without entering Next.js: the same
// status, headers and bytes Next.js sends, compressed once at start-up instead of on every request.
// It is what a CDN in front would do, for a Node host that has none. Anything it does not hold
// exactly (other paths, query strings, RSC and prefetch requests, other methods) goes to Next.js.
// A route that declares `revalidate` is held only that long: then Next.js answers it (revalidating
// it as it does) while the cache asks for the page afresh.
import http from "node:http";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Logged once every response is cached and compressed; until then Next.js answers (gzip only). */
export const PAGE_CACHE_READY = "✓ Page cache ready:";

/** The same, as a pattern for a test runner to wait for in the server's output. */
export const PAGE_CACHE_READY_PATTERN = new RegExp(PAGE_CACHE_READY.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

/** Headers that describe one transfer rather than the resource: never replayed from the cache. */
const TRANSFER_HEADERS = new Set(["connection", "content-encoding", "content-length", "date", "keep-alive", "transfer-encoding"]);

/** Requests the client-side router makes for RSC data instead of HTML. */
const ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action"];

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg\+xml)/i;

/** A link-preview image's URL carries a hash of the image (/opengraph-image?1a2b…): at that URL it never changes. */
const IMMUTABLE = "public, max-age=31536000, immutable";

/** How long one response may take to arrive while the cache fills, before it is left to Next.js. */
export const FETCH_TIMEOUT_MS = 10_000;

/**
 * @typedef {{ headers: Record<string, string | string[]>, etag: string | undefined, bodies: { identity: Buffer, gzip?: Buffer, br?: Buffer } }} Entry
 * @typedef {{ path: string, revalidateSeconds: number | null }} CacheablePath  revalidateSeconds: null for the life of the build
 */

/**
 * Compresses a body for the cache, off the main thread (zlib's thread pool), at the highest levels:
 * it happens once per file, not per request.
 * @param {Buffer} body
 */
async function compress(body) {
  const [gzipped, brotli] = await Promise.all([
    gzipAsync(body, { level: constants.Z_BEST_COMPRESSION }),
    brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  ]);
  return { gzip: gzipped, br: brotli };
}

/**
 * Makes a cache entry from a complete, uncompressed 200 response, with its compressed forms when
 * its type is worth compressing.
 * @param {Record<string, string | string[] | undefined>} headers
 * @param {Buffer} body
 * @returns {Promise<Entry>}
 */
export async function createEntry(headers, body) {
  /** @type {Record<string, string | string[]>} */
  const kept = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !TRANSFER_HEADERS.has(name.toLowerCase())) kept[name.toLowerCase()] = value;
  }
  const compressible = COMPRESSIBLE.test(String(kept["content-type"] ?? ""));
  // The body sent depends on Accept-Encoding, so every answer must say so to caches in between.
  if (compressible) kept.vary = withVary(kept.vary, "Accept-Encoding");
  return {
    headers: kept,
    etag: typeof kept.etag === "string" ? kept.etag : undefined,
    bodies: compressible ? { identity: body, ...(await compress(body)) } : { identity: body },
  };
}

/**
 * A Vary header that names `name`, keeping what it named already.
 * @param {string | string[] | undefined} vary
 * @param {string} name
 */
export function withVary(vary, name) {
  const names = (Array.isArray(vary) ? vary.join(",") : (vary ?? "")).split(",").map((part) => part.trim()).filter(Boolean);
  return names.some((part) => part.toLowerCase() === name.toLowerCase()) ? names.join(", ") : [...names, name].join(", ");
}

/**
 * The best encoding the client accepts among those the entry has.
 * @param {string | undefined} acceptEncoding
 * @param {Entry["bodies"]} bodies
 * @returns {"br" | "gzip" | "identity"}
 */
export function chooseEncoding(acceptEncoding, bodies) {
  const accepted = new Map(
    (acceptEncoding ?? "").split(",").map((part) => {
      const [name = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
      return [name, q ? Number(q.slice(2)) : 1];
    }),
  );
  const acceptable = (/** @type {string} */ name) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (bodies.br && acceptable("br")) return "br";
  if (bodies.gzip && acceptable("gzip")) return "gzip";
  return "identity";
}

/**
 * Whether If-None-Match names the entry's ETag (weak comparison, as for GET).
 * @param {string | undefined} ifNoneMatch
 * @param {string | undefined} etag
 */
export function etagMatches(ifNoneMatch, etag) {
  if (!ifNoneMatch || !etag) return false;
  const bare = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/**
 * The cache key for a request it may answer, else null: the path and query exactly as requested,
 * so any query the cache was not filled with (?_rsc=…, ?utm_…) goes to Next.js.
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} request
 */
export function cacheKey(request) {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (!request.url) return null;
  if (ROUTER_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  return request.url;
}

/**
 * Answers a request from the entry: 304 for a matching ETag, else the body in the best encoding.
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 * @param {Entry} entry
 */
export function respond(request, response, entry) {
  if (etagMatches(request.headers["if-none-match"], entry.etag)) {
    response.writeHead(304, entry.headers);
    response.end();
    return;
  }
  const encoding = chooseEncoding(request.headers["accept-encoding"], entry.bodies);
  const body = entry.bodies[encoding] ?? entry.bodies.identity;
  response.writeHead(200, {
    ...entry.headers,
    ...(encoding === "identity" ? {} : { "content-encoding": encoding }),
    "content-length": body.length,
  });
  response.end(request.method === "HEAD" ? undefined : body);
}

/**
 * Paths Next.js prerendered at build time (from its own manifest), each with the `revalidate` its
 * route declares, and its static files, which never change within a build.
 * @param {string} dir the standalone server's folder
 * @returns {CacheablePath[]}
 */
export function cacheablePaths(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, ".next/prerender-manifest.json"), "utf8"));
  if (!manifest || typeof manifest.routes !== "object") throw new Error(".next/prerender-manifest.json has no routes");
  const pages = Object.entries(manifest.routes)
    .filter(([path]) => !path.startsWith("/_"))
    .map(([path, route]) => {
      const seconds = route?.initialRevalidateSeconds;
      return { path, revalidateSeconds: typeof seconds === "number" && seconds > 0 ? seconds : null };
    });
  const staticDir = join(dir, ".next/static");
  const files = readdirSync(staticDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => ({ path: `/_next/static/${relative(staticDir, join(entry.parentPath, entry.name)).split(sep).join("/")}`, revalidateSeconds: null }));
  return [...pages, ...files];
}

/**
 * One uncompressed response from the running server, or why there is none: another status, an
 * error, or no answer within the timeout.
 * @param {string} origin
 * @param {string} path
 * @param {number} timeoutMs
 * @returns {Promise<{ headers: http.IncomingHttpHeaders, body: Buffer } | { skipped: string }>}
 */
function fetchIdentity(origin, path, timeoutMs) {
  return new Promise((resolve) => {
    const request = http.get(new URL(path, origin), { headers: { "accept-encoding": "identity" }, timeout: timeoutMs }, (response) => {
      const chunks = /** @type {Buffer[]} */ ([]);
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve(response.statusCode === 200 ? { headers: response.headers, body: Buffer.concat(chunks) } : { skipped: `status ${response.statusCode}` }));
      response.on("error", (error) => resolve({ skipped: error.message }));
    });
    request.on("timeout", () => request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    // A path that cannot be fetched is simply left to Next.js.
    request.on("error", (error) => resolve({ skipped: error.message }));
  });
}

/**
 * The link-preview image URLs (og:image, twitter:image) a page names, as paths with their hash query.
 * @param {string} html
 */
export function previewImagePaths(html) {
  return [...html.matchAll(/<meta (?:property="og:image"|name="twitter:image") content="([^"]+)"/g)].flatMap(([, url]) => {
    if (!url || !URL.canParse(url)) return [];
    const { pathname, search } = new URL(url.replaceAll("&amp;", "&"));
    return search ? [pathname + search] : [];
  });
}

/**
 * The cache in front of Next.js's handler.
 * @param {string} dir the standalone server's folder, holding .next/
 * @param {{ now?: () => number, timeoutMs?: number }} [options] the clock, and how long each response may take while filling
 */
export function createPageCache(dir, { now = Date.now, timeoutMs = FETCH_TIMEOUT_MS } = {}) {
  /** @type {Map<string, Entry>} */
  const entries = new Map();
  /** When each entry of a route that declares `revalidate` goes stale (ms since the epoch). */
  const staleAt = new Map();
  /** @type {Map<string, number>} */
  const revalidateSeconds = new Map();
  /** Where the running server is, once the fill has started. */
  let serverOrigin = "";
  /** Paths being asked for again, so that a burst of requests asks once. */
  const refreshing = new Set();

  /**
   * Asks Next.js for one path and keeps its answer if it is a 200; otherwise says why not.
   * @param {string} path
   * @returns {Promise<string | null>} why the path was skipped, or null
   */
  async function load(path) {
    const fetched = await fetchIdentity(serverOrigin, path, timeoutMs);
    if ("skipped" in fetched) return fetched.skipped;
    // Next.js serves a page past its revalidate once more while it regenerates it: not one to hold.
    if (fetched.headers["x-nextjs-cache"] === "STALE") return "stale while Next.js regenerates it";
    entries.set(path, await createEntry(fetched.headers, fetched.body));
    const seconds = revalidateSeconds.get(path);
    if (seconds) staleAt.set(path, now() + seconds * 1000);
    return null;
  }

  /**
   * Asks Next.js for a route's page again, in the background; says why if it cannot be held. A page
   * Next.js is still regenerating is asked for again on the next request for it.
   * @param {string} path
   */
  function refresh(path) {
    if (refreshing.has(path)) return;
    refreshing.add(path);
    load(path)
      .then((reason) => reason && !reason.startsWith("stale") && console.log(`Page cache left ${path} to Next.js: ${reason}`))
      .catch((/** @type {unknown} */ error) => console.error(`Page cache could not refresh ${path}: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => refreshing.delete(path));
  }

  /** Each preview image is also cached at its hashed URL, where it may be kept for a year. */
  function addHashedImages() {
    for (const entry of [...entries.values()]) {
      if (!String(entry.headers["content-type"]).startsWith("text/html")) continue;
      for (const path of previewImagePaths(entry.bodies.identity.toString("utf8"))) {
        const image = entries.get(path.slice(0, path.indexOf("?")));
        if (image) entries.set(path, { ...image, headers: { ...image.headers, "cache-control": IMMUTABLE } });
      }
    }
  }

  return {
    /**
     * Answers from memory if it can; false leaves the request to Next.js.
     * @param {http.IncomingMessage} request
     * @param {http.ServerResponse} response
     */
    answer(request, response) {
      const key = cacheKey(request);
      if (key === null) return false;
      const entry = entries.get(key);
      if (entry && (staleAt.get(key) ?? Infinity) > now()) {
        respond(request, response, entry);
        return true;
      }
      // A route past its revalidate, or not yet held again: Next.js answers (and revalidates) while the cache asks afresh.
      if (entry) {
        entries.delete(key);
        staleAt.delete(key);
      }
      if (revalidateSeconds.has(key)) refresh(key);
      return false;
    },

    /**
     * Asks the running server at `origin` for each prerendered response once and keeps each 200,
     * compressed. If anything goes wrong, says so once and leaves every request to Next.js.
     * @param {string} origin
     */
    async fill(origin) {
      serverOrigin = origin;
      try {
        const paths = cacheablePaths(dir);
        for (const { path, revalidateSeconds: seconds } of paths) if (seconds) revalidateSeconds.set(path, seconds);
        /** @type {string[]} */
        const skipped = [];
        for (const { path } of paths) {
          const reason = await load(path);
          if (reason) skipped.push(`${path} (${reason})`);
        }
        addHashedImages();
        const revalidated = revalidateSeconds.size ? `, ${revalidateSeconds.size} of them refreshed as their routes' revalidate says` : "";
        console.log(`${PAGE_CACHE_READY} ${entries.size} responses in memory${revalidated}`);
        if (skipped.length) console.log(`Page cache left ${skipped.length} to Next.js: ${skipped.join(", ")}`);
      } catch (error) {
        entries.clear();
        staleAt.clear();
        console.error(`Page cache not filled, so Next.js answers every request: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
