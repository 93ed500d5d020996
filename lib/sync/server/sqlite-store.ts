// The SyncStore in one SQLite file, through Node's own node:sqlite: for a single Node server with a
// disk (the default). Each put is one statement in its own transaction, committed to the write-ahead
// log and synced to disk before it is acknowledged, so a server killed at any moment loses nothing it
// answered for. node:sqlite is synchronous: fine for one small row per request, and it means a
// statement is never interleaved with another of the same process.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DatabaseSync } from "node:sqlite";
import * as z from "zod/mini";
import { MIGRATIONS_TABLE, SQLITE_MIGRATIONS } from "./migrations";
import type { Clock, PutCondition, PutResult, StoredVault, SyncStore } from "./store";

/** How long a statement waits for another process's write lock before failing. */
const BUSY_TIMEOUT_MS = 5000;

const VaultRowSchema = z.object({
  token_hash: z.string(),
  envelope: z.string(),
  version: z.number(),
  updated_at: z.number(),
  accessed_at: z.number(),
});

const VersionRowSchema = z.object({ version: z.number() });

function toVault(row: unknown): StoredVault {
  const { token_hash, envelope, version, updated_at, accessed_at } = VaultRowSchema.parse(row);
  return { tokenHash: token_hash, envelope, version, updatedAt: new Date(updated_at), accessedAt: new Date(accessed_at) };
}

/** Applies the migrations the file lacks, holding the write lock so two processes never both do. */
function migrate(db: DatabaseSync, now: Clock) {
  db.exec("BEGIN IMMEDIATE");
  try {
    db.exec(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (version INTEGER PRIMARY KEY NOT NULL, applied_at INTEGER NOT NULL) STRICT`);
    const { version } = VersionRowSchema.parse(db.prepare(`SELECT coalesce(max(version), 0) AS version FROM ${MIGRATIONS_TABLE}`).get());
    const record = db.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (version, applied_at) VALUES (?, ?)`);
    SQLITE_MIGRATIONS.forEach((sql, index) => {
      if (index + 1 <= version) return;
      db.exec(sql);
      record.run(index + 1, now().getTime());
    });
    db.exec("COMMIT");
  } catch (error) {
    db.exec("ROLLBACK");
    throw error;
  }
}

/** Opens (creating it, and its folder, if need be) and migrates the database file. */
export async function openSqliteStore({ file, now = () => new Date() }: { file: string; now?: Clock }): Promise<SyncStore> {
  mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    // WAL lets reads go on during a write; FULL syncs the log at every commit, so a commit survives
    // a power cut as well as a killed process.
    db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
    migrate(db, now);
  } catch (error) {
    db.close();
    throw error;
  }

  const select = db.prepare("SELECT token_hash, envelope, version, updated_at, accessed_at FROM sync_vaults WHERE id = ?");
  const insert = db.prepare(
    "INSERT INTO sync_vaults (id, token_hash, envelope, version, updated_at, accessed_at) VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (id) DO NOTHING",
  );
  const update = db.prepare(
    "UPDATE sync_vaults SET envelope = ?, version = version + 1, updated_at = ?, accessed_at = ? WHERE id = ? AND token_hash = ? AND version = ? RETURNING version",
  );
  const remove = db.prepare("DELETE FROM sync_vaults WHERE id = ? AND token_hash = ?");
  const touch = db.prepare("UPDATE sync_vaults SET accessed_at = max(accessed_at, ?) WHERE id = ?");
  const expire = db.prepare("DELETE FROM sync_vaults WHERE accessed_at < ?");

  return {
    async get(vaultId) {
      const row = select.get(vaultId);
      return row === undefined ? null : toVault(row);
    },
    async put(vaultId, tokenHash, envelope, expected: PutCondition): Promise<PutResult> {
      const at = now().getTime();
      if (expected === "absent") {
        return Number(insert.run(vaultId, tokenHash, envelope, at, at).changes) === 1 ? { ok: true, version: 1 } : { ok: false };
      }
      const row = update.get(envelope, at, at, vaultId, tokenHash, expected.version);
      return row === undefined ? { ok: false } : { ok: true, version: VersionRowSchema.parse(row).version };
    },
    async delete(vaultId, tokenHash) {
      return Number(remove.run(vaultId, tokenHash).changes) > 0;
    },
    async touch(vaultId) {
      touch.run(now().getTime(), vaultId);
    },
    async expire(olderThan) {
      return Number(expire.run(olderThan.getTime()).changes);
    },
    async close() {
      if (db.isOpen) db.close();
    },
  };
}
