import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { storageKeys } from "../browser/storage-keys";
import type { Progress } from "./schema";

const keys = storageKeys("some-roadmap");

/** A minimal window with a Map-backed localStorage that can be told to refuse writes or reads. */
function fakeWindow() {
  const items = new Map<string, string>();
  const handlers = new Set<(event: { key: string | null }) => void>();
  const control = { refuseWrites: false, refuseReads: false };
  const localStorage = {
    getItem: (key: string) => {
      if (control.refuseReads) throw new Error("SecurityError");
      return items.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (control.refuseWrites) throw new Error("QuotaExceededError");
      items.set(key, value);
    },
  };
  return {
    items,
    control,
    /** What another tab's write looks like to this one: the value changes and a storage event fires. */
    writeFromOtherTab(key: string, value: string) {
      items.set(key, value);
      for (const handler of handlers) handler({ key });
    },
    handlerCount: () => handlers.size,
    window: {
      localStorage,
      addEventListener: (_: string, handler: (event: { key: string | null }) => void) => handlers.add(handler),
      removeEventListener: (_: string, handler: (event: { key: string | null }) => void) => handlers.delete(handler),
    },
  };
}

// Counts how often the schema module is loaded: a first visit should never load it.
let parserLoads = 0;
vi.mock("./parse", async (importOriginal) => {
  parserLoads++;
  return importOriginal();
});

let fake: ReturnType<typeof fakeWindow>;
let store: typeof import("./store");
let saveFailed: typeof import("../browser/save-failed");
const marked: Progress = { version: 3, statuses: { basics: { alpha: "done", beta: "learning" } } };

beforeEach(async () => {
  fake = fakeWindow();
  vi.stubGlobal("window", fake.window);
  vi.stubGlobal("document", { documentElement: { dataset: { storageNamespace: "some-roadmap" } } });
  vi.resetModules();
  parserLoads = 0;
  store = await import("./store");
  saveFailed = await import("../browser/save-failed");
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("progress store", () => {
  it("starts empty and saves progress under one versioned key", async () => {
    expect(await store.getProgress()).toEqual({ version: 3, statuses: {} });
    store.saveProgress(marked);
    expect(JSON.parse(fake.items.get(keys.progress)!)).toEqual(marked);
    expect(await store.getProgress()).toEqual(marked);
    expect(store.progressStore.getSnapshot()).toEqual(marked);
  });

  it("reads nothing stored without loading the schema, and loads it once something is", async () => {
    expect(store.progressStore.getSnapshot()).toEqual({ version: 3, statuses: {} });
    await store.progressReady();
    expect(parserLoads).toBe(0);
    fake.items.set(keys.progress, JSON.stringify(marked));
    await store.progressReady();
    expect(parserLoads).toBe(1);
    expect(store.progressStore.getSnapshot()).toEqual(marked);
  });

  it("shows no progress until what is stored has been read, then tells subscribers", async () => {
    fake.items.set(keys.progress, JSON.stringify(marked));
    const listener = vi.fn();
    store.progressStore.subscribe(listener);
    expect(store.progressStore.getSnapshot()).toEqual({ version: 3, statuses: {} });
    await store.progressReady();
    expect(listener).toHaveBeenCalled();
    expect(store.progressStore.getSnapshot()).toEqual(marked);
  });

  it("applies a change made before stored progress was read to what is stored, losing nothing", async () => {
    fake.items.set(keys.progress, JSON.stringify(marked));
    store.updateProgress((progress) => ({ ...progress, statuses: { ...progress.statuses, other: { gamma: "skipped" } } }));
    await store.progressReady();
    await vi.waitFor(() => expect(JSON.parse(fake.items.get(keys.progress)!).statuses.other).toEqual({ gamma: "skipped" }));
    expect(JSON.parse(fake.items.get(keys.progress)!).statuses.basics).toEqual(marked.statuses.basics);
  });

  it("returns the same snapshot until the stored value changes", async () => {
    store.saveProgress(marked);
    expect(store.progressStore.getSnapshot()).toBe(store.progressStore.getSnapshot());
  });

  it("renders as empty on the server and during hydration", () => {
    store.saveProgress(marked);
    expect(store.progressStore.getServerSnapshot()).toEqual({ version: 3, statuses: {} });
  });

  it.each(["{corrupt", '{"version":99,"statuses":{}}', '"text"', "null"])("treats stored %j as empty, and keeps it aside before overwriting it", async (raw) => {
    fake.items.set(keys.progress, raw);
    expect(await store.getProgress()).toEqual({ version: 3, statuses: {} });
    store.saveProgress(marked);
    expect(fake.items.get(keys.unreadable)).toBe(raw);
    expect(await store.getProgress()).toEqual(marked);
  });

  it("never keeps valid progress aside, empty progress (after a reset) included", async () => {
    store.saveProgress({ version: 3, statuses: {} });
    store.saveProgress(marked);
    expect(fake.items.get(keys.unreadable)).toBeUndefined();
    expect(parserLoads).toBe(0);
  });

  it.each([
    ["version 2", { version: 2, done: { basics: ["alpha", "beta"] } }],
    ["version 1", { version: 1, topics: ["basics/alpha", "basics/beta"] }],
  ])("migrates %s on read, every tick kept as Done", async (_, stored) => {
    fake.items.set(keys.progress, JSON.stringify(stored));
    expect(await store.getProgress()).toEqual({ version: 3, statuses: { basics: { alpha: "done", beta: "done" } } });
  });

  it("keeps working in memory and reports once when the browser refuses to save", async () => {
    const onProgress = vi.fn();
    const onSaveFailed = vi.fn();
    store.progressStore.subscribe(onProgress);
    saveFailed.saveFailedStore.subscribe(onSaveFailed);
    fake.control.refuseWrites = true;
    expect(saveFailed.saveFailedStore.getSnapshot()).toBe(false);
    store.saveProgress(marked);
    expect(await store.getProgress()).toEqual(marked);
    expect(saveFailed.saveFailedStore.getSnapshot()).toBe(true);
    expect(onProgress).toHaveBeenCalled();
    expect(onSaveFailed).toHaveBeenCalledTimes(1);
    store.saveProgress({ ...marked, statuses: {} });
    expect(onSaveFailed).toHaveBeenCalledTimes(1);
  });

  it("reads as empty when storage cannot be read at all", async () => {
    fake.control.refuseReads = true;
    expect(await store.getProgress()).toEqual({ version: 3, statuses: {} });
  });

  it("tells subscribers about changes made in another tab, and only those to its key", async () => {
    const listener = vi.fn();
    const unsubscribe = store.progressStore.subscribe(listener);
    fake.writeFromOtherTab("unrelated", "x");
    expect(listener).not.toHaveBeenCalled();
    fake.writeFromOtherTab(keys.progress, JSON.stringify(marked));
    expect(listener).toHaveBeenCalled();
    expect(await store.getProgress()).toEqual(marked);
    const calls = listener.mock.calls.length;
    unsubscribe();
    fake.writeFromOtherTab(keys.progress, "{}");
    expect(listener).toHaveBeenCalledTimes(calls);
  });

  it("listens to other tabs once however many components subscribe, and stops with the last", () => {
    const unsubscribers = [store.progressStore.subscribe(() => {}), store.progressStore.subscribe(() => {})];
    expect(fake.handlerCount()).toBe(1);
    unsubscribers.forEach((unsubscribe) => unsubscribe());
    expect(fake.handlerCount()).toBe(0);
  });
});
