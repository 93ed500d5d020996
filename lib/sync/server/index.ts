// The sync server as this process runs it: the configuration read, and the handler and its store
// made, on the first sync request, so loading this module does nothing. Each backend is imported only
// when chosen, so that a server on SQLite never loads pg, nor one on PostgreSQL node:sqlite.
import "server-only";
import { syncConfig, type SyncConfig } from "./config";
import { createSyncHandler, syncOffResponse, type SyncHandler } from "./handler";
import { createLazyStore } from "./lazy-store";
import type { SyncStore } from "./store";

type Enabled = Extract<SyncConfig, { enabled: true }>;

async function openStore(config: Enabled): Promise<SyncStore> {
  if (config.backend === "postgres") {
    const { openPostgresStore } = await import("./postgres-store");
    return openPostgresStore({ connectionString: config.databaseUrl });
  }
  const { openSqliteStore } = await import("./sqlite-store");
  return openSqliteStore({ file: config.file });
}

let handler: SyncHandler | null = null;

function createHandler(): SyncHandler {
  const config = syncConfig();
  if (!config.enabled) {
    console.warn(`Sync is off: ${config.reason}`);
    return async () => syncOffResponse();
  }
  const store = createLazyStore(() => openStore(config));
  return createSyncHandler({ acquireStore: () => store.acquire(), trustProxy: config.trustProxy });
}

/** Answers one request to /api/sync/<vault id>. */
export function handleSyncRequest(request: Request, vaultId: string): Promise<Response> {
  handler ??= createHandler();
  return handler(request, vaultId);
}
