// @ts-check
// `npm start`: the production server. Next.js's request handler, started through its documented
// custom-server API (next() and getRequestHandler()), behind an in-memory cache of the prerendered
// responses (page-cache.mjs). Copied into .next/standalone by prepare-standalone.mjs, so that folder
// alone is the deployable server. PORT and HOSTNAME work as for Next's own standalone server.
import "./require-node.mjs";
import http from "node:http";
import { fileURLToPath } from "node:url";
import { createPageCache } from "./page-cache.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const port = Number.parseInt(process.env.PORT ?? "", 10) || 3000;
const hostname = process.env.HOSTNAME || "0.0.0.0";

/**
 * The sync API's per-client rate limit reads the client's address from this header
 * (lib/sync/server/client-address.ts spells the same name). It is set from the socket on every
 * request, after deleting any a client sent, so that no client can choose its own.
 */
const CLIENT_ADDRESS_HEADER = "x-roadmap-client-address";

// Next.js and React read NODE_ENV as they load, so it is set before Next.js is imported. The sync
// store's default folder, .data, is in the folder the server was started in, not this one
// (lib/sync/server/config.ts), so that one is kept before changing into this.
Object.assign(process.env, { NODE_ENV: "production", SERVER_START_DIR: process.cwd() });
process.chdir(here);
const { default: next } = await import("next");

// It reads next.config.js from `here`: next.config.ts, bundled by prepare-standalone.mjs.
const app = next({ dev: false, dir: here, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const cache = createPageCache(here);
const server = http.createServer((request, response) => {
  delete request.headers[CLIENT_ADDRESS_HEADER];
  if (request.socket.remoteAddress) request.headers[CLIENT_ADDRESS_HEADER] = request.socket.remoteAddress;
  if (cache.answer(request, response)) return;
  handle(request, response).catch((/** @type {unknown} */ error) => {
    // Next.js answers its own errors; this is the last resort, so one bad request never ends the process.
    console.error(error);
    if (!response.headersSent) response.writeHead(500);
    response.end();
  });
});
// Next.js keeps the process alive after an uncaught exception; a server that cannot listen must exit.
server.on("error", (error) => {
  console.error(`Cannot listen on ${hostname}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => {
  console.log(`▲ Ready on http://${hostname}:${port}`);
  // Until the cache is filled, and for anything it does not hold, Next.js answers.
  void cache.fill(`http://${hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname}:${port}`);
});

for (const signal of /** @type {const} */ (["SIGTERM", "SIGINT"])) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
