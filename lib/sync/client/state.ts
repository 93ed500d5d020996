// This browser's sync state, in localStorage under <namespace>:sync: the key, this device's id, the
// replica as last merged, its clock, and the server's version it was last synced with. Read and
// written whole, in one task, so two tabs never interleave half-changes; the merge makes a write
// one tab loses to another harmless (what it held is still in the documents or on the server).
import * as z from "zod/mini";
import { parseJsonWith } from "../../browser/json";
import { pageStorageKeys, unreadableKey } from "../../browser/storage-keys";
import { DeviceIdSchema, ReplicaSchema, StampSchema } from "../replica-schema";
import { SYNC_KEY_PATTERN } from "./keys";

export const SYNC_STATE_VERSION = 1;

const ActiveSchema = z.object({
  version: z.literal(SYNC_STATE_VERSION),
  key: z.string().check(z.regex(SYNC_KEY_PATTERN)),
  deviceId: DeviceIdSchema,
  replica: ReplicaSchema,
  clock: z.optional(StampSchema),
  /** The server's version this replica was last merged with; absent until the first sync. */
  serverVersion: z.optional(z.int().check(z.gte(0))),
  lastSyncedAt: z.optional(z.number()),
});

/** Sync turned off by another device deleting the synced data: kept so this browser says so until sync is turned on again. */
const EndedSchema = z.object({ version: z.literal(SYNC_STATE_VERSION), ended: z.literal("deleted-elsewhere"), at: z.number() });

export type ActiveSyncState = z.infer<typeof ActiveSchema>;

const key = () => pageStorageKeys().sync;

/** The active state, or null: off, ended, or unreadable (which is then kept aside, never lost). */
export function readSyncState(): ActiveSyncState | null {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(key());
  } catch {
    return null;
  }
  if (raw === null) return null;
  const active = parseJsonWith(raw, (data) => ActiveSchema.safeParse(data).data ?? null);
  if (active) return active;
  if (!parseJsonWith(raw, (data) => EndedSchema.safeParse(data).data ?? null)) {
    try {
      window.localStorage.setItem(unreadableKey(key()), raw);
    } catch {
      // No room for the copy: it stays where it is until sync is turned on again.
    }
  }
  return null;
}

/** Stores the state; false if the browser refused (the merge keeps that from losing anything). */
export function writeSyncState(state: Omit<ActiveSyncState, "version"> | { ended: "deleted-elsewhere"; at: number } | null): boolean {
  try {
    if (state === null) window.localStorage.removeItem(key());
    else window.localStorage.setItem(key(), JSON.stringify({ version: SYNC_STATE_VERSION, ...state }));
    return true;
  } catch {
    return false;
  }
}
