import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { storageKeys, unreadableKey } from "../browser/storage-keys";
import { NOTE_MAX_LENGTH } from "./limits";
import { countNotes, countReplacedNotes, EMPTY_NOTES, hasAnyNote, hasNote, mergeNotes, noteOf, setNote } from "./notes";
import { parseNotes, parseNotesJson } from "./parse";
import type { Notes } from "./schema";

const notes = (texts: Notes["notes"]): Notes => ({ version: 1, notes: texts });
const steps = [{ slug: "basics", topics: [{ id: "alpha" }, { id: "beta" }] }];

describe("notes", () => {
  it("sets, reads and clears a topic's note; an empty note is stored as nothing", () => {
    const written = setNote(EMPTY_NOTES, "basics", "alpha", "Read chapter 2\n<script>x</script>");
    expect(noteOf(written, "basics", "alpha")).toBe("Read chapter 2\n<script>x</script>");
    expect(noteOf(written, "basics", "beta")).toBe("");
    expect(setNote(written, "basics", "alpha", "")).toEqual(EMPTY_NOTES);
    expect(EMPTY_NOTES).toEqual({ version: 1, notes: {} });
  });

  it("never stores more than the limit", () => {
    expect(noteOf(setNote(EMPTY_NOTES, "basics", "alpha", "x".repeat(NOTE_MAX_LENGTH + 5)), "basics", "alpha")).toHaveLength(NOTE_MAX_LENGTH);
  });

  it("counts a note of white space as no note, and only topics the content has", () => {
    const some = notes({ basics: { alpha: "  \n ", beta: "ok" }, retired: { old: "kept" } });
    expect(hasNote(some, "basics", "alpha")).toBe(false);
    expect(countNotes(some, steps)).toBe(1);
    expect(hasAnyNote(some)).toBe(true);
    expect(hasAnyNote(EMPTY_NOTES)).toBe(false);
  });

  it("merges imported notes over the learner's topic by topic, keeping notes on other topics", () => {
    const own = notes({ basics: { alpha: "mine", beta: "also mine" } });
    expect(countReplacedNotes(own, notes({ basics: { alpha: "mine", beta: "theirs" } }), steps)).toBe(1);
    expect(mergeNotes(own, notes({ basics: { beta: "theirs" }, other: { gamma: "new" } }))).toEqual(notes({ basics: { alpha: "mine", beta: "theirs" }, other: { gamma: "new" } }));
    expect(mergeNotes(own, notes({ basics: { alpha: "" } }))).toEqual(own);
  });
});

describe("parseNotes", () => {
  it("accepts stored notes", () => {
    const stored = notes({ basics: { alpha: "text" } });
    expect(parseNotes(stored)).toEqual(stored);
    expect(parseNotesJson(JSON.stringify(stored))).toEqual(stored);
  });

  it.each([
    ["corrupt JSON", "{nope"],
    ["a future version", JSON.stringify({ version: 2, notes: {} })],
    ["foreign data", JSON.stringify(["a"])],
    ["a note that is not text", JSON.stringify({ version: 1, notes: { basics: { alpha: 5 } } })],
    ["a note over the limit", JSON.stringify({ version: 1, notes: { basics: { alpha: "x".repeat(NOTE_MAX_LENGTH + 1) } } })],
    ["an empty id", JSON.stringify({ version: 1, notes: { "": { alpha: "x" } } })],
  ])("reads %s as nothing, without throwing", (_, raw) => {
    expect(parseNotesJson(raw)).toBeNull();
  });
});

describe("notes store", () => {
  const keys = storageKeys("some-roadmap");
  const items = new Map<string, string>();
  let refuseWrites = false;
  let store: typeof import("./store");

  beforeEach(async () => {
    items.clear();
    refuseWrites = false;
    vi.stubGlobal("window", {
      localStorage: {
        getItem: (key: string) => items.get(key) ?? null,
        setItem: (key: string, value: string) => {
          if (refuseWrites) throw new DOMException("full", "QuotaExceededError");
          items.set(key, value);
        },
      },
      addEventListener: () => {},
      removeEventListener: () => {},
    });
    vi.stubGlobal("document", { documentElement: { dataset: { storageNamespace: "some-roadmap" } } });
    vi.resetModules();
    store = await import("./store");
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("saves a note under <namespace>:notes and says it did", async () => {
    expect(await store.saveNote("basics", "alpha", "text")).toBe(true);
    expect(JSON.parse(items.get(keys.notes)!)).toEqual(notes({ basics: { alpha: "text" } }));
  });

  it("keeps a note it cannot store in memory, says it is not saved, and saves it once it can", async () => {
    refuseWrites = true;
    expect(await store.saveNote("basics", "alpha", "precious")).toBe(false);
    expect(noteOf(store.notesStore.getSnapshot(), "basics", "alpha")).toBe("precious");
    refuseWrites = false;
    expect(await store.saveNote("basics", "alpha", "precious, more")).toBe(true);
    expect(JSON.parse(items.get(keys.notes)!)).toEqual(notes({ basics: { alpha: "precious, more" } }));
  });

  it("keeps what another tab stores while a note is unsaved, and stores both once it can", async () => {
    await store.saveNote("basics", "alpha", "first");
    refuseWrites = true;
    expect(await store.saveNote("basics", "alpha", "first, then more")).toBe(false);
    items.set(keys.notes, JSON.stringify(notes({ basics: { alpha: "first", beta: "another tab's" } })));
    await store.notesReady();
    expect(store.notesStore.getSnapshot()).toEqual(notes({ basics: { alpha: "first, then more", beta: "another tab's" } }));
    refuseWrites = false;
    expect(await store.saveNote("basics", "alpha", "first, then more.")).toBe(true);
    expect(JSON.parse(items.get(keys.notes)!)).toEqual(notes({ basics: { alpha: "first, then more.", beta: "another tab's" } }));
  });

  it("treats corrupt stored notes as none and keeps them aside before the first write", async () => {
    items.set(keys.notes, "{corrupt");
    expect(await store.getNotes()).toEqual(EMPTY_NOTES);
    await store.saveNote("basics", "alpha", "new");
    expect(items.get(unreadableKey(keys.notes))).toBe("{corrupt");
  });

  it("while another tab's change waits for the parser, shows what it showed, never an empty note", async () => {
    // Nothing was stored, so this tab never loaded the parser; it saves a note, then another tab writes.
    await store.saveNote("basics", "alpha", "mine");
    items.set(keys.notes, JSON.stringify(notes({ basics: { alpha: "mine", beta: "theirs" } })));
    expect(noteOf(store.notesStore.getSnapshot(), "basics", "alpha")).toBe("mine");
    await store.notesReady();
    expect(noteOf(store.notesStore.getSnapshot(), "basics", "beta")).toBe("theirs");
  });

  it("merges imported notes into what is stored", async () => {
    items.set(keys.notes, JSON.stringify(notes({ basics: { alpha: "mine" } })));
    await store.importNotes(notes({ basics: { beta: "theirs" } }));
    expect(JSON.parse(items.get(keys.notes)!)).toEqual(notes({ basics: { alpha: "mine", beta: "theirs" } }));
  });
});
