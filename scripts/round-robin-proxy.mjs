// @ts-check
// A load balancer in front of several app servers, for the sync end-to-end tests
// (playwright.sync-pg.config.ts): each request goes to the next server in turn, so two requests in a
// row, from one browser or two, reach different processes sharing one database. It forwards requests
// and answers as they are, streamed, Host and all; it adds no X-Forwarded-For (the app trusts none
// unless TRUST_PROXY is set) and drops only the hop-by-hop headers, which belong to each connection.
//   node scripts/round-robin-proxy.mjs <port> <upstream origin>...
import http from "node:http";
import { fileURLToPath } from "node:url";

// RFC 9110, section 7.6.1: headers for one connection, not to be passed on.
const HOP_BY_HOP = ["connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade"];

/** @param {http.IncomingHttpHeaders} headers */
function endToEnd(headers) {
  const named = String(headers.connection ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase());
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.includes(name) && !named.includes(name)));
}

/**
 * Starts the proxy on 127.0.0.1:`port`; resolves with it listening.
 * @param {number} port 0 for any free port
 * @param {string[]} upstreams origins, "http://127.0.0.1:3251"
 * @returns {Promise<http.Server>}
 */
export function startRoundRobinProxy(port, upstreams) {
  if (upstreams.length === 0) throw new Error("round-robin-proxy: give at least one upstream origin");
  let turn = 0;
  const server = http.createServer((request, response) => {
    const upstream = /** @type {string} */ (upstreams[turn++ % upstreams.length]);
    const forwarded = http.request(new URL(request.url ?? "/", upstream), { method: request.method, headers: endToEnd(request.headers) }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.statusMessage, endToEnd(answer.headers));
      answer.pipe(response);
    });
    forwarded.on("error", (error) => {
      // An upstream that answers before reading the whole body (a 413) may then reset the connection:
      // its answer is already passed on, and the client's connection, kept alive, must stay usable.
      if (response.writableFinished) return;
      if (response.headersSent) return response.destroy(error);
      response.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
      response.end(`round-robin-proxy: ${upstream} did not answer: ${error.message}\n`);
    });
    // A client that goes away mid-answer takes its upstream request with it.
    response.on("close", () => {
      if (!response.writableFinished) forwarded.destroy();
    });
    request.pipe(forwarded);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [port, ...upstreams] = process.argv.slice(2);
  if (!port || upstreams.length === 0) {
    console.error("Usage: node scripts/round-robin-proxy.mjs <port> <upstream origin>...");
    process.exit(2);
  }
  await startRoundRobinProxy(Number(port), upstreams).catch((/** @type {Error} */ error) => {
    console.error(`round-robin-proxy: cannot listen on 127.0.0.1:${port}: ${error.message}`);
    process.exit(1);
  });
  console.log(`Round-robin proxy on http://127.0.0.1:${port} to ${upstreams.join(", ")}`);
}
