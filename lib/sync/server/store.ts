// The one interface both backends (sqlite-store.ts, postgres-store.ts) implement: a conditional store
// of opaque blobs, each under a vault id and guarded by the SHA-256 of its token. Every write is one
// statement whose WHERE clause carries its condition, so two servers sharing a database never
// overwrite each other: of two writes against the same version, exactly one succeeds.

/** One vault as stored. The envelope is the JSON text the client sent, already validated. */
export interface StoredVault {
  readonly tokenHash: string;
  readonly envelope: string;
  readonly version: number;
  readonly updatedAt: Date;
  /** The last write or (at most once a day) authenticated read; retention counts from it. */
  readonly accessedAt: Date;
}

/** What a put expects to find: the version it was based on, or no vault at all (a create). */
export type PutCondition = { readonly version: number } | "absent";

/** A put's outcome: the vault's new version, or nothing written because the condition did not hold. */
export type PutResult = { readonly ok: true; readonly version: number } | { readonly ok: false };

export interface SyncStore {
  get(vaultId: string): Promise<StoredVault | null>;
  /**
   * Writes the envelope if the condition holds: "absent" creates the vault at version 1; a version
   * replaces it if it is at that version and has that token hash, and increments the version.
   */
  put(vaultId: string, tokenHash: string, envelope: string, expected: PutCondition): Promise<PutResult>;
  /** Deletes the vault if it has that token hash; false if there was none to delete. */
  delete(vaultId: string, tokenHash: string): Promise<boolean>;
  /** Records a read for retention. A write per read would be wasteful: callers touch at most daily. */
  touch(vaultId: string): Promise<void>;
  /** Deletes every vault last accessed before `olderThan`; returns how many. */
  expire(olderThan: Date): Promise<number>;
  close(): Promise<void>;
}

/** The clock a store stamps rows with; tests pass their own. */
export type Clock = () => Date;
