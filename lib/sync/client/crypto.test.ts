import { describe, expect, it } from "vitest";
import { SyncEnvelopeSchema, TOKEN_PATTERN, VAULT_ID_PATTERN } from "../protocol";
import { EMPTY_REPLICA } from "../replica";
import type { Replica } from "../replica-schema";
import { fromBase64url, toBase64url } from "./base64url";
import { open, seal } from "./crypto";
import { deriveVaultKeys, isSyncKey, newSyncKey } from "./keys";

const replica: Replica = {
  ...EMPTY_REPLICA,
  statuses: { foundations: { "linear-algebra": { v: "done", t: "0000000000a:00000:dev" } } },
  notes: { foundations: { "linear-algebra": [{ text: "Strang's lectures, chapter 3", t: "0000000000b:00000:dev", vv: { dev: 1 } }] } },
};

describe("sync keys", () => {
  it("are 192 random bits, new each time, in the link's alphabet", () => {
    const keys = new Set(Array.from({ length: 50 }, newSyncKey));
    expect(keys.size).toBe(50);
    for (const key of keys) {
      expect(isSyncKey(key)).toBe(true);
      expect(fromBase64url(key)).toHaveLength(24);
    }
  });

  it("derive a vault id and a token the server accepts, the same on every device, and neither contains the key", async () => {
    const key = newSyncKey();
    const [one, two] = await Promise.all([deriveVaultKeys(key, "ai-ml-roadmap"), deriveVaultKeys(key, "ai-ml-roadmap")]);
    expect(one.vaultId).toMatch(VAULT_ID_PATTERN);
    expect(one.token).toMatch(TOKEN_PATTERN);
    expect([two.vaultId, two.token]).toEqual([one.vaultId, one.token]);
    expect(one.token).not.toContain(one.vaultId);
    for (const derived of [one.vaultId, one.token]) expect(derived).not.toContain(key.slice(0, 8));
  });

  it("make another vault for another roadmap or another key", async () => {
    const key = newSyncKey();
    const [here, elsewhere, other] = await Promise.all([deriveVaultKeys(key, "ai-ml-roadmap"), deriveVaultKeys(key, "other-roadmap"), deriveVaultKeys(newSyncKey(), "ai-ml-roadmap")]);
    expect(new Set([here.vaultId, elsewhere.vaultId, other.vaultId]).size).toBe(3);
  });

  it("refuse what is not a key", async () => {
    await expect(deriveVaultKeys("short", "ai-ml-roadmap")).rejects.toThrow();
    expect(isSyncKey("a".repeat(31))).toBe(false);
  });
});

describe("seal and open", () => {
  it("round-trips a replica through an envelope the server accepts, with a fresh IV each time, and no plain text in it", async () => {
    const keys = await deriveVaultKeys(newSyncKey(), "ai-ml-roadmap");
    const [first, second] = [await seal(replica, keys), await seal(replica, keys)];
    expect(SyncEnvelopeSchema.safeParse(first).success).toBe(true);
    expect(first.iv).not.toBe(second.iv);
    expect(JSON.stringify(first)).not.toContain("Strang");
    expect(await open(first, keys)).toEqual(replica);
  });

  it("refuses an envelope tampered with, cut short, from another vault or not a replica", async () => {
    const keys = await deriveVaultKeys(newSyncKey(), "ai-ml-roadmap");
    const envelope = await seal(replica, keys);
    const bytes = fromBase64url(envelope.ciphertext)!;
    bytes[5] = bytes[5]! ^ 1;
    expect(await open({ ...envelope, ciphertext: toBase64url(bytes) }, keys)).toBeNull();
    expect(await open({ ...envelope, ciphertext: envelope.ciphertext.slice(0, -8) }, keys)).toBeNull();
    expect(await open(envelope, await deriveVaultKeys(newSyncKey(), "ai-ml-roadmap"))).toBeNull();
    // Another vault's key cannot be used to move a blob between vaults either: the vault id is sealed in.
    const otherVault = { ...(await deriveVaultKeys(newSyncKey(), "ai-ml-roadmap")), encryptionKey: keys.encryptionKey };
    expect(await open(envelope, otherVault)).toBeNull();
    const notAReplica = await seal({ ...replica, version: 2 } as unknown as Replica, keys);
    expect(await open(notAReplica, keys)).toBeNull();
  });
});
