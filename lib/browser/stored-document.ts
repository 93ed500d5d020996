// One document of the learner's (progress, notes, the plan) in localStorage under one versioned
// key, synced across tabs by the storage event. Every read tolerates bad data; every write
// tolerates failure. Stored text is validated by a parser that the browser loads only when there
// is something stored: a first visit never loads it.
import { createExternalStore } from "./external-store";
import { announceLocalChange, type StoredDocumentName } from "./local-changes";
import { reportSaveFailed } from "./save-failed";
import { pageStorageKeys, unreadableKey } from "./storage-keys";

/** Reads stored text: the document, or null for anything corrupt, foreign or from a future version. */
export type DocumentParser<T> = (raw: string) => T | null;

interface StoredDocumentOptions<T> {
  /** Which of the namespace's keys it is stored under (lib/browser/storage-keys.ts). */
  name: StoredDocumentName;
  /** What there is when nothing readable is stored; also what the server renders. */
  empty: T;
  /** Loads the parser: a dynamic import, so that its schema is fetched only when something is stored. */
  loadParser: () => Promise<DocumentParser<T>>;
}

/** The key of a change that replaces the whole document: every earlier unsaved change is moot. */
const WHOLE_DOCUMENT = "*";

export function createStoredDocument<T>({ name, empty, loadParser: importParser }: StoredDocumentOptions<T>) {
  /** Its localStorage key, in the page this runs in. */
  const key = () => pageStorageKeys()[name];
  let parse: DocumentParser<T> | null = null;
  let parserLoading: Promise<DocumentParser<T>> | null = null;
  /** What was last read or written, and whether it read well (corrupt data reads as `empty`). */
  let cached: { raw: string | null; value: T; readable: boolean } | null = null;
  /**
   * Changes the browser refused to store (private mode, full quota), in order. They live on in
   * memory, applied over what is stored, so that what another tab stores meanwhile is kept too, and
   * are stored with the next write that succeeds. A change with a key replaces an earlier one with
   * the same key: a note typed while storage refuses keeps one change, not one per keystroke.
   */
  let unsaved: { change: (value: T) => T; key?: string }[] = [];
  /** The stored document with the unsaved changes applied, and the stored document it was worked out from. */
  let withUnsaved: { stored: T; value: T } | null = null;
  /** What components were last shown: the learner's document as last known. */
  let shown: T | null = null;

  function loadParser(): Promise<DocumentParser<T>> {
    // A failed load (offline before the parser was ever saved) is forgotten, so the next read tries again.
    parserLoading ??= importParser().then(
      (parser) => (parse = parser),
      (error: unknown) => {
        parserLoading = null;
        throw error;
      },
    );
    return parserLoading;
  }

  function readStored(): string | null {
    try {
      return window.localStorage.getItem(key());
    } catch {
      return null;
    }
  }

  /** The stored document, the same object until the stored value changes; null while what is stored waits for its parser. */
  function readKnownStored(): T | null {
    const raw = readStored();
    if (cached?.raw === raw) return cached.value;
    if (raw !== null && !parse) {
      // Until it loads, components go on seeing what they saw; a later read tries again.
      loadParser().then(
        () => store.changed(),
        () => {},
      );
      return null;
    }
    const parsed = raw === null ? null : (parse?.(raw) ?? null);
    cached = { raw, value: parsed ?? empty, readable: raw === null || parsed !== null };
    return cached.value;
  }

  function applyUnsaved(stored: T): T {
    if (!unsaved.length) return stored;
    if (withUnsaved?.stored !== stored) withUnsaved = { stored, value: unsaved.reduce((value, { change }) => change(value), stored) };
    return withUnsaved.value;
  }

  /** The learner's document: the stored one with any unsaved changes; null while what is stored waits for its parser. */
  function readKnown(): T | null {
    const stored = readKnownStored();
    if (stored === null) return null;
    return (shown = applyUnsaved(stored));
  }

  /**
   * Until what is stored is first known, components see the empty document, as on the server; while
   * a change from another tab waits for the parser, they go on seeing what they saw.
   */
  const store = createExternalStore<T>({
    read: () => readKnown() ?? shown ?? empty,
    serverValue: empty,
    watch(changed) {
      // Another tab saved (or cleared storage: key null).
      const onStorage = (event: StorageEvent) => {
        if (event.key === key() || event.key === null) changed();
      };
      window.addEventListener("storage", onStorage);
      return () => window.removeEventListener("storage", onStorage);
    },
  });

  /** Resolves once what is stored is known: at once when nothing is. */
  async function ready(): Promise<void> {
    while (readKnown() === null) await loadParser();
  }

  /** The document, once known: for event handlers. */
  async function get(): Promise<T> {
    await ready();
    return readKnown()!;
  }

  /** Before stored data we cannot read is first overwritten, keep a copy so it is never lost (best effort: it may not fit). */
  function keepUnreadableAside() {
    const raw = readStored();
    // What was last read, and read well, needs no second look; anything else was read by the parser.
    if (!raw || (raw === cached?.raw && cached.readable) || parse?.(raw)) return;
    try {
      window.localStorage.setItem(unreadableKey(key()), raw);
    } catch {
      // No room for the copy; saving the learner's new data matters more.
    }
  }

  /** Applies a change to the stored document and stores it; false if the browser refused, and the change lives on in memory instead. */
  function write(stored: T, change: (value: T) => T, changeKey: string | undefined, fromSync: boolean): boolean {
    const value = change(applyUnsaved(stored));
    keepUnreadableAside();
    let saved = true;
    try {
      const raw = JSON.stringify(value);
      window.localStorage.setItem(key(), raw);
      // What was just written is known to be valid: the next read need not parse it again.
      cached = { raw, value, readable: true };
      unsaved = [];
      withUnsaved = null;
    } catch {
      const kept = changeKey === WHOLE_DOCUMENT ? [] : unsaved.filter((earlier) => changeKey === undefined || earlier.key !== changeKey);
      unsaved = [...kept, { change, key: changeKey }];
      withUnsaved = { stored, value };
      saved = false;
      reportSaveFailed();
    }
    shown = value;
    store.changed();
    if (!fromSync) announceLocalChange({ name, wholeDocument: changeKey === WHOLE_DOCUMENT });
    return saved;
  }

  /**
   * Changes the document, always starting from what is stored (waiting for it to be read if need
   * be). When it is known, the write happens before this returns. Resolves to whether it was saved.
   * A change may be applied again, over what another tab stores, until it is saved: it must depend
   * on its argument alone. `changeKey` names what it sets, if a later change with that key undoes it.
   */
  function update(change: (value: T) => T, changeKey?: string): Promise<boolean> {
    return writeFrom(change, changeKey, false);
  }

  function writeFrom(change: (value: T) => T, changeKey: string | undefined, fromSync: boolean): Promise<boolean> {
    const stored = readKnownStored();
    if (stored !== null) return Promise.resolve(write(stored, change, changeKey, fromSync));
    return ready().then(() => write(readKnownStored()!, change, changeKey, fromSync));
  }

  return {
    store,
    ready,
    get,
    update,
    /** Replaces the document. */
    save: (value: T) => update(() => value, WHOLE_DOCUMENT),
    /**
     * For sync (lib/sync/client): the document as known right now, null while what is stored waits
     * for its parser, and a write of the merged document that is not announced as the learner's own change.
     */
    synced: {
      ready,
      peek: readKnown,
      replace: (value: T) => writeFrom(() => value, WHOLE_DOCUMENT, true),
    },
    /** Whether a change made with this key is still unsaved: the browser refused it, and none has been saved since. */
    isUnsaved: (changeKey: string) => unsaved.some((change) => change.key === changeKey),
  };
}
