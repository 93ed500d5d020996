import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// The sync end-to-end tests (npm run test:sync-pg) as a deployment with more than one server runs
// them: two production servers (`npm run build` first) sharing one PostgreSQL database, behind a
// proxy that sends each request to the next server in turn (scripts/round-robin-proxy.mjs).
// Ports: the proxy, which the browsers open, on SYNC_E2E_PORT (default 3250); the servers on the
// two ports after it (3251, 3252).
const DATABASE_URL = process.env.TEST_DATABASE_URL;
if (!DATABASE_URL) {
  throw new Error("TEST_DATABASE_URL is not set: the sync tests need a PostgreSQL database (postgres://user:password@127.0.0.1:5432/name).");
}

const PROXY_PORT = Number(process.env.SYNC_E2E_PORT ?? 3250);
const SERVER_PORTS = [PROXY_PORT + 1, PROXY_PORT + 2];
const origin = (port: number) => `http://127.0.0.1:${port}`;

// Each server starts as the main suite starts its one (playwright.config.ts), on its own port.
const server = base.webServer;
if (!server || Array.isArray(server)) throw new Error("playwright.config.ts is expected to start one server");

export default defineConfig({
  ...base,
  testMatch: "**/sync*.spec.ts",
  // e2e/sync-reliability.spec.ts starts, kills and reconfigures servers of its own: the main suite runs it.
  testIgnore: ["**/sync-reliability.spec.ts"],
  use: { ...base.use, baseURL: origin(PROXY_PORT) },
  webServer: [
    ...SERVER_PORTS.map((port) => ({ ...server, url: origin(port), env: { ...server.env, PORT: String(port), DATABASE_URL } })),
    {
      command: `node scripts/round-robin-proxy.mjs ${PROXY_PORT} ${SERVER_PORTS.map(origin).join(" ")}`,
      url: origin(PROXY_PORT),
      reuseExistingServer: false,
      timeout: 10_000,
    },
  ],
});
