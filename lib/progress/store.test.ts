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

let fake: ReturnType<typeof fakeWindow>;
let store: typeof import("./store");
let saveFailed: typeof import("./save-failed");
const marked: Progress = { version: 3, statuses: { basics: { alpha: "done", beta: "learning" } } };

beforeEach(async () => {
  fake = fakeWindow();
  vi.stubGlobal("window", fake.window);
  vi.stubGlobal("document", { documentElement: { dataset: { storageNamespace: "some-roadmap" } } });
  vi.resetModules();
  store = await import("./store");
  saveFailed = await import("./save-failed");
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("progress store", () => {
  it("starts empty and saves progress under one versioned key", () => {
    expect(store.getProgress()).toEqual({ version: 3, statuses: {} });
    store.saveProgress(marked);
    expect(JSON.parse(fake.items.get(keys.progress)!)).toEqual(marked);
    expect(store.getProgress()).toEqual(marked);
  });

  it("returns the same snapshot until the stored value changes", () => {
    store.saveProgress(marked);
    expect(store.progressStore.getSnapshot()).toBe(store.progressStore.getSnapshot());
  });

  it("renders as empty on the server and during hydration", () => {
    store.saveProgress(marked);
    expect(store.progressStore.getServerSnapshot()).toEqual({ version: 3, statuses: {} });
  });

  it.each(["{corrupt", '{"version":99,"statuses":{}}', '"text"', "null"])("treats stored %j as empty, and keeps it aside before overwriting it", (raw) => {
    fake.items.set(keys.progress, raw);
    expect(store.getProgress()).toEqual({ version: 3, statuses: {} });
    store.saveProgress(marked);
    expect(fake.items.get(keys.unreadable)).toBe(raw);
    expect(store.getProgress()).toEqual(marked);
  });

  it.each([
    ["version 2", { version: 2, done: { basics: ["alpha", "beta"] } }],
    ["version 1", { version: 1, topics: ["basics/alpha", "basics/beta"] }],
  ])("migrates %s on read, every tick kept as Done", (_, stored) => {
    fake.items.set(keys.progress, JSON.stringify(stored));
    expect(store.getProgress()).toEqual({ version: 3, statuses: { basics: { alpha: "done", beta: "done" } } });
  });

  it("keeps working in memory and reports once when the browser refuses to save", () => {
    const onProgress = vi.fn();
    const onSaveFailed = vi.fn();
    store.progressStore.subscribe(onProgress);
    saveFailed.saveFailedStore.subscribe(onSaveFailed);
    fake.control.refuseWrites = true;
    expect(saveFailed.saveFailedStore.getSnapshot()).toBe(false);
    store.saveProgress(marked);
    expect(store.getProgress()).toEqual(marked);
    expect(saveFailed.saveFailedStore.getSnapshot()).toBe(true);
    expect(onProgress).toHaveBeenCalled();
    expect(onSaveFailed).toHaveBeenCalled();
  });

  it("reads as empty when storage cannot be read at all", () => {
    fake.control.refuseReads = true;
    expect(store.getProgress()).toEqual({ version: 3, statuses: {} });
  });

  it("tells subscribers about changes made in another tab, and only those to its key", () => {
    const listener = vi.fn();
    const unsubscribe = store.progressStore.subscribe(listener);
    fake.writeFromOtherTab("unrelated", "x");
    expect(listener).not.toHaveBeenCalled();
    fake.writeFromOtherTab(keys.progress, JSON.stringify(marked));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getProgress()).toEqual(marked);
    unsubscribe();
    fake.writeFromOtherTab(keys.progress, "{}");
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("listens to other tabs once however many components subscribe, and stops with the last", () => {
    const unsubscribers = [store.progressStore.subscribe(() => {}), store.progressStore.subscribe(() => {})];
    expect(fake.handlerCount()).toBe(1);
    unsubscribers.forEach((unsubscribe) => unsubscribe());
    expect(fake.handlerCount()).toBe(0);
  });
});
