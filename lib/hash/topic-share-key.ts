import { fnv1a } from "./fnv1a";

const KEY_BITS = 22;

/**
 * The key that names a topic in a share link: 22 bits hashed from "<step slug>/<topic id>", stable
 * for as long as both are. The content check refuses content in which two topics share one.
 */
export function topicShareKey(slug: string, topicId: string): number {
  return fnv1a(`${slug}/${topicId}`) >>> (32 - KEY_BITS);
}
