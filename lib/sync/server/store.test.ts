// The SyncStore contract, once, run against every backend: what the handler relies on, including
// what two servers sharing one database rely on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "./handler";
import { POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS } from "./migrations";
import { DAY_MS, envelopeOf, manualClock, postgresBackend, sqliteBackend, type Backend } from "./test-support/backends";

const TOKEN_HASH = hashToken("t".repeat(43));
const OTHER_HASH = hashToken("u".repeat(43));

let vaultCount = 0;
/** A vault id no other test uses, so the tests share a database without sharing vaults. */
function newVaultId() {
  vaultCount += 1;
  return `vault${String(vaultCount).padStart(17, "0")}`;
}

for (const backend of [sqliteBackend(), postgresBackend()] satisfies Backend[]) {
  if (backend.unavailable && backend.required) {
    describe(`SyncStore on ${backend.name}`, () => {
      it("can run here, as CI requires", () => {
        throw new Error(`The ${backend.name} store suite cannot run: ${backend.unavailable}`);
      });
    });
    continue;
  }

  describe.skipIf(backend.unavailable !== null)(`SyncStore on ${backend.name}${backend.unavailable ? ` (skipped: ${backend.unavailable})` : ""}`, () => {
    const clock = manualClock();
    const migrationCount = (backend.name === "sqlite" ? SQLITE_MIGRATIONS : POSTGRES_MIGRATIONS).length;
    let store: Awaited<ReturnType<Backend["open"]>>;

    beforeAll(async () => {
      await backend.setUp();
      store = await backend.open(clock.now);
    });
    afterAll(async () => {
      await store?.close();
      await backend.tearDown();
    });

    it("creates a vault at version 1, stamped with the clock", async () => {
      const id = newVaultId();
      expect(await store.put(id, TOKEN_HASH, envelopeOf("first"), "absent")).toEqual({ ok: true, version: 1 });
      expect(await store.get(id)).toEqual({
        tokenHash: TOKEN_HASH,
        envelope: envelopeOf("first"),
        version: 1,
        updatedAt: clock.now(),
        accessedAt: clock.now(),
      });
    });

    it("answers null for a vault that does not exist", async () => {
      expect(await store.get(newVaultId())).toBeNull();
    });

    it("refuses to create a vault that exists, whatever the token, and keeps it", async () => {
      const id = newVaultId();
      await store.put(id, TOKEN_HASH, envelopeOf("kept"), "absent");
      expect(await store.put(id, TOKEN_HASH, envelopeOf("again"), "absent")).toEqual({ ok: false });
      expect(await store.put(id, OTHER_HASH, envelopeOf("theirs"), "absent")).toEqual({ ok: false });
      expect(await store.get(id)).toMatchObject({ envelope: envelopeOf("kept"), version: 1, tokenHash: TOKEN_HASH });
    });

    it("updates a vault at the expected version, incrementing it", async () => {
      const id = newVaultId();
      await store.put(id, TOKEN_HASH, envelopeOf("one"), "absent");
      clock.advance(1000);
      expect(await store.put(id, TOKEN_HASH, envelopeOf("two"), { version: 1 })).toEqual({ ok: true, version: 2 });
      expect(await store.put(id, TOKEN_HASH, envelopeOf("three"), { version: 2 })).toEqual({ ok: true, version: 3 });
      expect(await store.get(id)).toMatchObject({ envelope: envelopeOf("three"), version: 3, updatedAt: clock.now() });
    });

    it("refuses a stale version and keeps what is there", async () => {
      const id = newVaultId();
      await store.put(id, TOKEN_HASH, envelopeOf("one"), "absent");
      await store.put(id, TOKEN_HASH, envelopeOf("two"), { version: 1 });
      expect(await store.put(id, TOKEN_HASH, envelopeOf("stale"), { version: 1 })).toEqual({ ok: false });
      expect(await store.put(id, TOKEN_HASH, envelopeOf("future"), { version: 3 })).toEqual({ ok: false });
      expect(await store.get(id)).toMatchObject({ envelope: envelopeOf("two"), version: 2 });
    });

    it("refuses an update or a delete with another token hash", async () => {
      const id = newVaultId();
      await store.put(id, TOKEN_HASH, envelopeOf("mine"), "absent");
      expect(await store.put(id, OTHER_HASH, envelopeOf("theirs"), { version: 1 })).toEqual({ ok: false });
      expect(await store.delete(id, OTHER_HASH)).toBe(false);
      expect(await store.get(id)).toMatchObject({ envelope: envelopeOf("mine"), version: 1, tokenHash: TOKEN_HASH });
    });

    it("refuses an update of a vault that does not exist", async () => {
      const id = newVaultId();
      expect(await store.put(id, TOKEN_HASH, envelopeOf("nothing"), { version: 1 })).toEqual({ ok: false });
      expect(await store.get(id)).toBeNull();
    });

    it("deletes a vault with its token hash, once", async () => {
      const id = newVaultId();
      await store.put(id, TOKEN_HASH, envelopeOf("gone"), "absent");
      expect(await store.delete(id, TOKEN_HASH)).toBe(true);
      expect(await store.get(id)).toBeNull();
      expect(await store.delete(id, TOKEN_HASH)).toBe(false);
      // Its id is free again.
      expect(await store.put(id, OTHER_HASH, envelopeOf("new"), "absent")).toEqual({ ok: true, version: 1 });
    });

    it("expires vaults last accessed before the cut-off, counting writes and touches as access", async () => {
      const old = newVaultId();
      const written = newVaultId();
      const touched = newVaultId();
      await store.put(old, TOKEN_HASH, envelopeOf("old"), "absent");
      await store.put(written, TOKEN_HASH, envelopeOf("written"), "absent");
      await store.put(touched, TOKEN_HASH, envelopeOf("touched"), "absent");
      const cutOff = new Date(clock.nowMs() + 5 * DAY_MS);
      clock.advance(10 * DAY_MS);
      await store.put(written, TOKEN_HASH, envelopeOf("written again"), { version: 1 });
      await store.touch(touched);
      expect((await store.get(touched))?.accessedAt).toEqual(clock.now());

      // Every earlier test's vault is older than the cut-off too.
      expect(await store.expire(cutOff)).toBeGreaterThanOrEqual(1);
      expect(await store.get(old)).toBeNull();
      expect(await store.get(written)).toMatchObject({ version: 2 });
      expect(await store.get(touched)).toMatchObject({ version: 1 });
      expect(await store.expire(cutOff)).toBe(0);
    });

    it("lets exactly one of many concurrent writes against the same version win, across two stores", async () => {
      const other = await backend.open(clock.now);
      try {
        const id = newVaultId();
        const creates = await Promise.all(Array.from({ length: 8 }, (_, index) => (index % 2 ? other : store).put(id, TOKEN_HASH, envelopeOf(`create ${index}`), "absent")));
        expect(creates.filter((result) => result.ok)).toEqual([{ ok: true, version: 1 }]);

        const updates = await Promise.all(Array.from({ length: 8 }, (_, index) => (index % 2 ? other : store).put(id, TOKEN_HASH, envelopeOf(`update ${index}`), { version: 1 })));
        const winners = updates.flatMap((result, index) => (result.ok ? [index] : []));
        expect(winners).toHaveLength(1);
        expect(await other.get(id)).toMatchObject({ envelope: envelopeOf(`update ${winners[0]}`), version: 2 });
      } finally {
        await other.close();
      }
    });

    it("migrates once, however many stores open the database, also at the same time", async () => {
      const opened = await Promise.all([backend.open(clock.now), backend.open(clock.now), backend.open(clock.now)]);
      await Promise.all(opened.map((each) => each.close()));
      expect(await backend.migrations()).toEqual(Array.from({ length: migrationCount }, (_, index) => index + 1));
    });

    it("keeps every vault when closed and opened again", async () => {
      const id = newVaultId();
      await store.put(id, TOKEN_HASH, envelopeOf("lasting"), "absent");
      await store.close();
      store = await backend.open(clock.now);
      expect(await store.get(id)).toMatchObject({ envelope: envelopeOf("lasting"), version: 1, tokenHash: TOKEN_HASH });
    });

    it("holds exactly the envelope it was given, the token's hash, and the bookkeeping, nothing else", async () => {
      const id = newVaultId();
      await store.put(id, TOKEN_HASH, envelopeOf("exact"), "absent");
      const row = (await backend.rows()).find((each) => each.id === id);
      expect(Object.keys(row ?? {}).sort()).toEqual(["accessed_at", "envelope", "id", "token_hash", "updated_at", "version"]);
      expect(row?.envelope).toBe(envelopeOf("exact"));
      expect(row?.token_hash).toBe(TOKEN_HASH);
    });
  });
}
