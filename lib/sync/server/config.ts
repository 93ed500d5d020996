// The one place that reads the sync server's environment variables (documented in the README): whether
// sync is on, where vaults are kept, and whether a proxy in front tells the client's address. Pure, so
// next.config.ts can say at build time why sync is off, and tests can pass their own environment.
import path from "node:path";

type Env = Partial<Record<"SYNC" | "DATABASE_URL" | "SYNC_DATA_DIR" | "VERCEL" | "TRUST_PROXY" | "SERVER_START_DIR", string>> & NodeJS.Dict<string>;

export type SyncConfig =
  | { readonly enabled: true; readonly backend: "postgres"; readonly databaseUrl: string; readonly trustProxy: boolean }
  | { readonly enabled: true; readonly backend: "sqlite"; readonly file: string; readonly trustProxy: boolean }
  | { readonly enabled: false; readonly reason: string };

/** The SQLite file's name in its data folder. */
export const SQLITE_FILE_NAME = "sync.db";

function parseBoolean(name: string, value: string): boolean | string {
  if (/^(1|true)$/i.test(value)) return true;
  if (/^(0|false)$/i.test(value)) return false;
  return `${name} is "${value}"; set it to true or false.`;
}

/**
 * How this server syncs, or why it does not. A relative SYNC_DATA_DIR, and the default `.data`, are
 * resolved against the folder the server was started in: scripts/server.mjs changes into its own
 * folder before Next.js loads, so it passes the one it was started in as SERVER_START_DIR.
 */
export function syncConfig(env: Env = process.env): SyncConfig {
  const sync = env.SYNC?.trim() ?? "";
  if (/^off$/i.test(sync)) return { enabled: false, reason: "SYNC is off." };
  if (sync !== "" && !/^on$/i.test(sync)) return { enabled: false, reason: `SYNC is "${sync}"; set it to on or off.` };

  const onVercel = Boolean(env.VERCEL);
  const trustProxy = env.TRUST_PROXY?.trim() ? parseBoolean("TRUST_PROXY", env.TRUST_PROXY.trim()) : onVercel;
  if (typeof trustProxy === "string") return { enabled: false, reason: trustProxy };

  const databaseUrl = env.DATABASE_URL?.trim() ?? "";
  if (databaseUrl !== "") {
    if (!/^postgres(ql)?:\/\//i.test(databaseUrl)) {
      return { enabled: false, reason: "DATABASE_URL is not a postgres:// or postgresql:// URL; PostgreSQL is the only database sync supports besides its own SQLite file." };
    }
    return { enabled: true, backend: "postgres", databaseUrl, trustProxy };
  }
  if (onVercel) {
    return { enabled: false, reason: "Vercel keeps no files between requests, so there is nowhere to keep vaults; set DATABASE_URL to a PostgreSQL database to turn sync on." };
  }
  const startDir = env.SERVER_START_DIR?.trim() || process.cwd();
  const dataDir = path.resolve(startDir, env.SYNC_DATA_DIR?.trim() || ".data");
  return { enabled: true, backend: "sqlite", file: path.join(dataDir, SQLITE_FILE_NAME), trustProxy };
}
