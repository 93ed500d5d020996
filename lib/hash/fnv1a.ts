// One small hash for the whole site, a leaf that imports nothing: share links' topic keys and
// checksums (lib/share), the content check that keeps those keys apart (lib/content), and the
// service worker's cache names (worker/sw.ts) all use this one copy.

/** FNV-1a, 32 bits: tiny and stable across releases; a key and a checksum, not security. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
