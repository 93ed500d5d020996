// Which client a request comes from, for the per-client rate limit. Only a value no client can forge
// is used: the first X-Forwarded-For entry when a proxy in front sets that header (TRUST_PROXY, true
// on Vercel, whose edge overwrites it), otherwise the socket's address, which scripts/server.mjs
// copies into CLIENT_ADDRESS_HEADER after deleting any such header the client sent.

/** Set by scripts/server.mjs, which spells the same name (it cannot import TypeScript). */
export const CLIENT_ADDRESS_HEADER = "x-roadmap-client-address";

/** The client's address, or null when neither source is there (a server other than ours, no proxy). */
export function clientAddress(headers: Headers, trustProxy: boolean): string | null {
  const value = trustProxy ? headers.get("x-forwarded-for")?.split(",")[0] : headers.get(CLIENT_ADDRESS_HEADER);
  return value?.trim() || null;
}
