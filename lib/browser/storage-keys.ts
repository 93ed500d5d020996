// What the site keeps in the browser, under the roadmap's storage namespace (content/roadmap/site.yaml).
// The layout writes the namespace on <html data-storage-namespace>, so browser code reads it from the
// page it runs in and two roadmaps served from one origin never share progress.

/** The keys, and the export file name, of one namespace. */
export function storageKeys(namespace: string) {
  return {
    progress: `${namespace}:progress`,
    /** Where stored progress we could not read is kept before it is first overwritten. */
    unreadable: `${namespace}:progress:unreadable`,
    theme: `${namespace}:theme`,
    exportFile: `${namespace}-progress.json`,
  };
}

/** The keys of the page this runs in. */
export function pageStorageKeys() {
  return storageKeys(document.documentElement.dataset.storageNamespace ?? "roadmap");
}
