// The sync link's shape, <origin>/#sync=<key>, apart from the wire protocol: the pages that only look
// for a link in the address bar must not load protocol.ts's schemas (and zod with them) on a first visit.

/** The URL fragment parameter of a sync link. */
export const SYNC_PARAM = "sync";
