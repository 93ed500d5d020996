import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Progress } from "./schema";

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
    window: {
      localStorage,
      addEventListener: (_: string, handler: (event: { key: string | null }) => void) => handlers.add(handler),
      removeEventListener: (_: string, handler: (event: { key: string | null }) => void) => handlers.delete(handler),
    },
  };
}

let fake: ReturnType<typeof fakeWindow>;
let store: typeof import("./store");
const ticked: Progress = { version: 2, done: { foundations: ["calculus"] } };

beforeEach(async () => {
  fake = fakeWindow();
  vi.stubGlobal("window", fake.window);
  vi.resetModules();
  store = await import("./store");
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("progress store", () => {
  it("starts empty and saves progress under one versioned key", () => {
    expect(store.getProgress()).toEqual({ version: 2, done: {} });
    store.saveProgress(ticked);
    expect(JSON.parse(fake.items.get(store.STORAGE_KEY)!)).toEqual(ticked);
    expect(store.getProgress()).toEqual(ticked);
  });

  it("returns the same snapshot until the stored value changes", () => {
    store.saveProgress(ticked);
    expect(store.getProgress()).toBe(store.getProgress());
  });

  it.each(["{corrupt", '{"version":99,"done":{}}', '"text"', "null"])("treats stored %j as empty, and keeps it aside before overwriting it", (raw) => {
    fake.items.set(store.STORAGE_KEY, raw);
    expect(store.getProgress()).toEqual({ version: 2, done: {} });
    store.saveProgress(ticked);
    expect(fake.items.get(store.UNREADABLE_KEY)).toBe(raw);
    expect(store.getProgress()).toEqual(ticked);
  });

  it("migrates a stored older version on read", () => {
    fake.items.set(store.STORAGE_KEY, JSON.stringify({ version: 1, topics: ["foundations/calculus"] }));
    expect(store.getProgress()).toEqual(ticked);
  });

  it("keeps working in memory and reports once when the browser refuses to save", () => {
    const listener = vi.fn();
    store.subscribe(listener);
    fake.control.refuseWrites = true;
    expect(store.hasSaveFailed()).toBe(false);
    store.saveProgress(ticked);
    expect(store.getProgress()).toEqual(ticked);
    expect(store.hasSaveFailed()).toBe(true);
    expect(listener).toHaveBeenCalled();
  });

  it("reads as empty when storage cannot be read at all", () => {
    fake.control.refuseReads = true;
    expect(store.getProgress()).toEqual({ version: 2, done: {} });
  });

  it("tells subscribers about changes made in another tab, and only those to its key", () => {
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    fake.writeFromOtherTab("unrelated", "x");
    expect(listener).not.toHaveBeenCalled();
    fake.writeFromOtherTab(store.STORAGE_KEY, JSON.stringify(ticked));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getProgress()).toEqual(ticked);
    unsubscribe();
    fake.writeFromOtherTab(store.STORAGE_KEY, "{}");
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("shows shared progress without touching the learner's own", () => {
    store.saveProgress(ticked);
    const shared: Progress = { version: 2, done: { projects: ["competitions"] } };
    store.showSharedProgress(shared);
    expect(store.getDisplayedProgress()).toBe(shared);
    expect(store.getProgress()).toEqual(ticked);
    store.showSharedProgress(null);
    expect(store.getDisplayedProgress()).toEqual(ticked);
  });
});
