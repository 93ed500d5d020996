// The cross-engine tests reach the production server through this proxy. It passes everything on
// as it is, but for one change: each HTML page gets the error recorder (./harness.ts) first in its
// <head>. It can also go down and come back, which is how a test takes the site offline for an
// engine whose automation protocol has no offline switch.
import http from "node:http";
import type { Socket } from "node:net";
import { HARNESS_SCRIPT } from "./harness";

export interface TestProxy {
  origin: string;
  /** Refuses every connection, open ones included, as a site that cannot be reached. */
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startProxy(upstream: string, port: number): Promise<TestProxy> {
  const sockets = new Set<Socket>();
  const server = http.createServer((request, response) => {
    const headers = { ...request.headers, host: new URL(upstream).host, "accept-encoding": "identity" };
    const forwarded = http.request(new URL(request.url ?? "/", upstream), { method: request.method, headers }, (answer) => {
      const isHtml = String(answer.headers["content-type"] ?? "").startsWith("text/html") && request.method === "GET";
      if (!isHtml) {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        return;
      }
      const chunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => chunks.push(chunk));
      answer.on("end", () => {
        const body = Buffer.from(Buffer.concat(chunks).toString("utf8").replace(/<head>/, `<head>${HARNESS_SCRIPT}`));
        response.writeHead(answer.statusCode ?? 502, { ...answer.headers, "content-length": body.length });
        response.end(body);
      });
    });
    forwarded.on("error", () => {
      response.writeHead(502);
      response.end();
    });
    request.pipe(forwarded);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  const listen = () => new Promise<void>((resolve) => (server.listening ? resolve() : server.listen(port, "127.0.0.1", resolve)));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  await listen();
  return { origin: `http://127.0.0.1:${port}`, down: stop, up: listen, close: stop };
}
