// The sync database's schema, as the history of its changes: migration n (1-based) takes a database
// from version n-1 to n, and sync_schema_migrations records each one applied. Both dialects side by
// side, so a change is made to both at once. Never edit an applied migration; append a new one.
// Table names carry a prefix because a PostgreSQL database may be shared with other applications.

export const SQLITE_MIGRATIONS: readonly string[] = [
  `CREATE TABLE sync_vaults (
     id TEXT PRIMARY KEY NOT NULL,
     token_hash TEXT NOT NULL,
     envelope TEXT NOT NULL,
     version INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     accessed_at INTEGER NOT NULL
   ) STRICT;
   CREATE INDEX sync_vaults_by_accessed_at ON sync_vaults (accessed_at);`,
];

export const POSTGRES_MIGRATIONS: readonly string[] = [
  `CREATE TABLE sync_vaults (
     id text PRIMARY KEY,
     token_hash text NOT NULL,
     envelope text NOT NULL,
     version integer NOT NULL,
     updated_at timestamptz NOT NULL,
     accessed_at timestamptz NOT NULL
   );
   CREATE INDEX sync_vaults_by_accessed_at ON sync_vaults (accessed_at);`,
];

export const MIGRATIONS_TABLE = "sync_schema_migrations";
