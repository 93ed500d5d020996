import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/** A window with an address bar: hash changes fire hashchange, replaceState does not. */
function fakeWindow(hash: string) {
  const handlers = new Set<() => void>();
  const location = { hash, pathname: "/", search: "" };
  return {
    location,
    followLink(newHash: string) {
      location.hash = newHash;
      for (const handler of handlers) handler();
    },
    window: {
      location,
      history: { replaceState: (_: unknown, __: string, url: string) => (location.hash = url.includes("#") ? url.slice(url.indexOf("#")) : "") },
      addEventListener: (_: string, handler: () => void) => handlers.add(handler),
      removeEventListener: (_: string, handler: () => void) => handlers.delete(handler),
    },
  };
}

let fake: ReturnType<typeof fakeWindow>;
let view: typeof import("./shared-view");

async function load(hash: string) {
  fake = fakeWindow(hash);
  vi.stubGlobal("window", fake.window);
  vi.resetModules();
  view = await import("./shared-view");
}

beforeEach(() => load(""));
afterEach(() => vi.unstubAllGlobals());

describe("the shared view", () => {
  it("is the share code in the URL on arrival, and nothing on the server", async () => {
    await load("#share=2.abcd.efgh");
    expect(view.sharedCodeStore.getSnapshot()).toBe("2.abcd.efgh");
    expect(view.sharedCodeStore.getServerSnapshot()).toBeNull();
  });

  it("follows a new share link, and ignores other fragment changes such as the skip link", async () => {
    await load("#share=first");
    const listener = vi.fn();
    view.sharedCodeStore.subscribe(listener);
    fake.followLink("#main");
    expect(view.sharedCodeStore.getSnapshot()).toBe("first");
    expect(listener).not.toHaveBeenCalled();
    fake.followLink("#share=second");
    expect(view.sharedCodeStore.getSnapshot()).toBe("second");
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("ends by the learner's choice, dropping the code from the address", async () => {
    await load("#share=first");
    const listener = vi.fn();
    view.sharedCodeStore.subscribe(listener);
    view.leaveSharedView();
    expect(view.sharedCodeStore.getSnapshot()).toBeNull();
    expect(fake.location.hash).toBe("");
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("reads the address afresh when a page shows it again", async () => {
    const unsubscribe = view.sharedCodeStore.subscribe(() => {});
    expect(view.sharedCodeStore.getSnapshot()).toBeNull();
    unsubscribe();
    fake.location.hash = "#share=later";
    expect(view.sharedCodeStore.getSnapshot()).toBe("later");
  });
});
