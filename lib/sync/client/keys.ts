// The sync key and what is derived from it. The key (random, in the sync link's fragment and this
// browser's storage) never leaves the browser; HKDF derives from it, with a different label each,
// the vault id and the access token the server sees and the AES-GCM key it never sees. HKDF is
// one-way, so the server recovers neither the key nor one derivation from another.
import { fromBase64url, toBase64url } from "./base64url";

/** 192 random bits: beyond guessing, short enough for a QR code a phone reads at a glance. */
const KEY_BYTES = 24;
export const SYNC_KEY_PATTERN = /^[A-Za-z0-9_-]{32}$/;

export function newSyncKey(): string {
  return toBase64url(crypto.getRandomValues(new Uint8Array(KEY_BYTES)));
}

export function isSyncKey(text: string): boolean {
  return SYNC_KEY_PATTERN.test(text);
}

/** A device's id in the merge's version vectors: random, never derived from anything. */
export function newDeviceId(): string {
  return toBase64url(crypto.getRandomValues(new Uint8Array(8)));
}

export interface VaultKeys {
  vaultId: string;
  token: string;
  encryptionKey: CryptoKey;
  /** Bound into every ciphertext, so a blob from another vault never decrypts here. */
  additionalData: Uint8Array<ArrayBuffer>;
}

const encoder = new TextEncoder();

/**
 * The derivations of a key, for one roadmap: the salt names its storage namespace, so one key used
 * on two roadmaps of one origin makes two vaults.
 */
export async function deriveVaultKeys(syncKey: string, namespace: string): Promise<VaultKeys> {
  const secret = fromBase64url(syncKey);
  if (!secret || secret.length !== KEY_BYTES) throw new Error("Not a sync key");
  const material = await crypto.subtle.importKey("raw", secret, "HKDF", false, ["deriveBits", "deriveKey"]);
  const params = (label: string): HkdfParams => ({ name: "HKDF", hash: "SHA-256", salt: encoder.encode(`roadmap-sync:${namespace}`), info: encoder.encode(label) });
  const [vaultId, token, encryptionKey] = await Promise.all([
    crypto.subtle.deriveBits(params("vault-id"), material, 128),
    crypto.subtle.deriveBits(params("access-token"), material, 256),
    crypto.subtle.deriveKey(params("encryption"), material, { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]),
  ]);
  const id = toBase64url(new Uint8Array(vaultId));
  return { vaultId: id, token: toBase64url(new Uint8Array(token)), encryptionKey, additionalData: encoder.encode(`vault:${id}`) };
}
