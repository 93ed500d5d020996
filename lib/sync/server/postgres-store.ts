// The SyncStore in PostgreSQL, through a node-postgres pool: for hosts without a lasting disk
// (Vercel) or with several servers. Any number of servers may share the database: every write is a
// single conditional statement, and under PostgreSQL's row locks, of two updates against the same
// version the second finds the version moved and changes nothing.
import { Pool } from "pg";
import * as z from "zod/mini";
import { MIGRATIONS_TABLE, POSTGRES_MIGRATIONS } from "./migrations";
import type { Clock, PutCondition, PutResult, StoredVault, SyncStore } from "./store";

/** An arbitrary, fixed advisory-lock key: servers starting together migrate one after another. */
const MIGRATION_LOCK_KEY = 7_146_233_881;

/** A request waits this long for a connection, and a statement this long for its answer. */
const CONNECT_TIMEOUT_MS = 5000;
const QUERY_TIMEOUT_MS = 10_000;

const VaultRowSchema = z.object({
  token_hash: z.string(),
  envelope: z.string(),
  version: z.number(),
  updated_at: z.date(),
  accessed_at: z.date(),
});

const VersionRowSchema = z.object({ version: z.number() });

function toVault(row: unknown): StoredVault {
  const { token_hash, envelope, version, updated_at, accessed_at } = VaultRowSchema.parse(row);
  return { tokenHash: token_hash, envelope, version, updatedAt: updated_at, accessedAt: accessed_at };
}

/** Applies the migrations the database lacks, in one transaction under the advisory lock. */
async function migrate(pool: Pool, now: Clock) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    // Taken before anything else: CREATE TABLE IF NOT EXISTS alone still fails when two run at once.
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (version integer PRIMARY KEY, applied_at timestamptz NOT NULL)`);
    const { rows } = await client.query(`SELECT coalesce(max(version), 0)::integer AS version FROM ${MIGRATIONS_TABLE}`);
    const { version } = VersionRowSchema.parse(rows[0]);
    for (const [index, sql] of POSTGRES_MIGRATIONS.entries()) {
      if (index + 1 <= version) continue;
      await client.query(sql);
      await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (version, applied_at) VALUES ($1, $2)`, [index + 1, now()]);
    }
    await client.query("COMMIT");
  } catch (error) {
    // The error that matters is the one above; a failed rollback only means the connection is gone.
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Connects to the database at `connectionString` and migrates it. */
export async function openPostgresStore({ connectionString, now = () => new Date() }: { connectionString: string; now?: Clock }): Promise<SyncStore> {
  const pool = new Pool({ connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, query_timeout: QUERY_TIMEOUT_MS });
  // An idle connection the database drops is reported here; unheard, it would end the process.
  pool.on("error", (error) => console.error(`Sync database connection lost: ${error.message}`));
  try {
    await migrate(pool, now);
  } catch (error) {
    await pool.end();
    throw error;
  }

  let closed = false;
  return {
    async get(vaultId) {
      const { rows } = await pool.query("SELECT token_hash, envelope, version, updated_at, accessed_at FROM sync_vaults WHERE id = $1", [vaultId]);
      return rows.length === 0 ? null : toVault(rows[0]);
    },
    async put(vaultId, tokenHash, envelope, expected: PutCondition): Promise<PutResult> {
      const at = now();
      if (expected === "absent") {
        const { rowCount } = await pool.query(
          "INSERT INTO sync_vaults (id, token_hash, envelope, version, updated_at, accessed_at) VALUES ($1, $2, $3, 1, $4, $4) ON CONFLICT (id) DO NOTHING",
          [vaultId, tokenHash, envelope, at],
        );
        return rowCount === 1 ? { ok: true, version: 1 } : { ok: false };
      }
      const { rows } = await pool.query(
        "UPDATE sync_vaults SET envelope = $3, version = version + 1, updated_at = $4, accessed_at = $4 WHERE id = $1 AND token_hash = $2 AND version = $5 RETURNING version",
        [vaultId, tokenHash, envelope, at, expected.version],
      );
      return rows.length === 0 ? { ok: false } : { ok: true, version: VersionRowSchema.parse(rows[0]).version };
    },
    async delete(vaultId, tokenHash) {
      const { rowCount } = await pool.query("DELETE FROM sync_vaults WHERE id = $1 AND token_hash = $2", [vaultId, tokenHash]);
      return (rowCount ?? 0) > 0;
    },
    async touch(vaultId) {
      await pool.query("UPDATE sync_vaults SET accessed_at = greatest(accessed_at, $2) WHERE id = $1", [vaultId, now()]);
    },
    async expire(olderThan) {
      const { rowCount } = await pool.query("DELETE FROM sync_vaults WHERE accessed_at < $1", [olderThan]);
      return rowCount ?? 0;
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
