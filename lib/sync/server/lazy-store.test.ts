import { afterEach, describe, expect, it, vi } from "vitest";
import { RETENTION_DAYS } from "../protocol";
import { createLazyStore, StoreUnavailableError } from "./lazy-store";
import type { SyncStore } from "./store";
import { DAY_MS } from "./test-support/backends";

const HOUR_MS = 60 * 60 * 1000;

/** A store that only counts and records its expire calls. */
function fakeStore(expired: Date[] = []): SyncStore {
  return {
    get: async () => null,
    put: async () => ({ ok: false }),
    delete: async () => false,
    touch: async () => undefined,
    expire: async (olderThan) => {
      expired.push(olderThan);
      return 0;
    },
    close: async () => undefined,
  };
}

afterEach(() => vi.restoreAllMocks());

describe("createLazyStore", () => {
  it("opens nothing until the first request, then opens once however many ask at once", async () => {
    const open = vi.fn(async () => fakeStore());
    const lazy = createLazyStore(open);
    expect(open).not.toHaveBeenCalled();
    const [first, second] = await Promise.all([lazy.acquire(), lazy.acquire()]);
    expect(first).toBe(second);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it("answers unavailable with the time left after a failure, then tries again", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    let time = 0;
    const store = fakeStore();
    const open = vi.fn<() => Promise<SyncStore>>().mockRejectedValueOnce(new Error("connect ECONNREFUSED")).mockResolvedValue(store);
    const lazy = createLazyStore(open, { now: () => time, retryDelayMs: 5000 });

    await expect(lazy.acquire()).rejects.toEqual(new StoreUnavailableError(5));
    time = 2500;
    await expect(lazy.acquire()).rejects.toMatchObject({ retryAfterSeconds: 3 });
    expect(open).toHaveBeenCalledTimes(1);
    time = 5000;
    await expect(lazy.acquire()).resolves.toBe(store);
    expect(open).toHaveBeenCalledTimes(2);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining("connect ECONNREFUSED"));
  });

  it("expires vaults older than the retention when it opens, then at most hourly", async () => {
    let time = Date.UTC(2026, 5, 1);
    const expired: Date[] = [];
    const lazy = createLazyStore(async () => fakeStore(expired), { now: () => time });
    await lazy.acquire();
    expect(expired).toEqual([new Date(time - RETENTION_DAYS * DAY_MS)]);
    time += HOUR_MS - 1;
    await lazy.acquire();
    expect(expired).toHaveLength(1);
    time += 1;
    await lazy.acquire();
    expect(expired).toEqual([expect.any(Date), new Date(time - RETENTION_DAYS * DAY_MS)]);
  });

  it("still answers with the store when expiring fails", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const store = { ...fakeStore(), expire: async () => Promise.reject(new Error("disk I/O error")) };
    await expect(createLazyStore(async () => store).acquire()).resolves.toBe(store);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining("disk I/O error"));
  });
});
