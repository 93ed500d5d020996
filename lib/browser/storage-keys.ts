// What the site keeps in the browser, under the roadmap's storage namespace (content/roadmap/site.yaml).
// The layout writes the namespace on <html data-storage-namespace>, so browser code reads it from the
// page it runs in and two roadmaps served from one origin never share progress.

/** Where stored data under `key` that could not be read is kept before it is first overwritten. */
export function unreadableKey(key: string): string {
  return `${key}:unreadable`;
}

/** The keys, and the names of downloaded files, of one namespace. */
export function storageKeys(namespace: string) {
  const progress = `${namespace}:progress`;
  return {
    progress,
    unreadable: unreadableKey(progress),
    notes: `${namespace}:notes`,
    plan: `${namespace}:plan`,
    review: `${namespace}:review`,
    sync: `${namespace}:sync`,
    theme: `${namespace}:theme`,
  };
}

/** The namespace of the page this runs in. */
export function pageStorageNamespace(): string {
  return document.documentElement.dataset.storageNamespace ?? "roadmap";
}

/** The keys of the page this runs in. */
export function pageStorageKeys() {
  return storageKeys(pageStorageNamespace());
}
