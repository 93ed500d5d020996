// @ts-check
// An in-memory cache of the prerendered responses, answered without entering Next.js: the same
// status, headers and bytes Next.js sends, compressed once at start-up instead of on every request.
// It is what a CDN in front would do, for a Node host that has none. Anything it does not hold
// exactly (other paths, query strings, RSC and prefetch requests, other methods) goes to Next.js.
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Logged once every response is cached and compressed; until then Next.js answers (gzip only). */
export const PAGE_CACHE_READY = "✓ Page cache ready:";

/** Headers that describe one transfer rather than the resource: never replayed from the cache. */
const TRANSFER_HEADERS = new Set(["connection", "content-encoding", "content-length", "date", "keep-alive", "transfer-encoding"]);

/** Requests the client-side router makes for RSC data instead of HTML. */
const ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action"];

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg\+xml)/i;

/**
 * @typedef {{ headers: Record<string, string | string[]>, etag: string | undefined, bodies: { identity: Buffer, gzip?: Buffer, br?: Buffer } }} Entry
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
  return {
    headers: kept,
    etag: typeof kept.etag === "string" ? kept.etag : undefined,
    bodies: COMPRESSIBLE.test(String(kept["content-type"] ?? "")) ? { identity: body, ...(await compress(body)) } : { identity: body },
  };
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
 * The cache key for a request it may answer, else null.
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} request
 */
export function cacheKey(request) {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (!request.url || request.url.includes("?")) return null;
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
