// Sealing and opening what goes to the server: the replica as JSON, gzipped (notes and years of
// answers compress well under the 1 MiB limit), encrypted with AES-GCM under a fresh 96-bit IV per
// write and the vault id as additional data. Opening checks the tag (tampered, truncated or another
// vault's blob fails) and then the schema; either failure is null, never a throw.
import { ENVELOPE_VERSION, type SyncEnvelope } from "../protocol";
import { ReplicaSchema, type Replica } from "../replica-schema";
import { fromBase64url, toBase64url } from "./base64url";
import type { VaultKeys } from "./keys";

async function through(bytes: Uint8Array<ArrayBuffer>, transform: CompressionStream | DecompressionStream): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function seal(replica: Replica, keys: VaultKeys): Promise<SyncEnvelope> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = await through(new TextEncoder().encode(JSON.stringify(replica)), new CompressionStream("gzip"));
  const sealed = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: keys.additionalData }, keys.encryptionKey, plain);
  return { v: ENVELOPE_VERSION, iv: toBase64url(iv), ciphertext: toBase64url(new Uint8Array(sealed)) };
}

/** The replica in an envelope, or null if it does not decrypt with these keys or is not a valid replica. */
export async function open(envelope: SyncEnvelope, keys: VaultKeys): Promise<Replica | null> {
  const [iv, ciphertext] = [fromBase64url(envelope.iv), fromBase64url(envelope.ciphertext)];
  if (!iv || !ciphertext) return null;
  try {
    const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv, additionalData: keys.additionalData }, keys.encryptionKey, ciphertext);
    const json = new TextDecoder().decode(await through(new Uint8Array(plain), new DecompressionStream("gzip")));
    const parsed = ReplicaSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
