/** Where the service worker is served: public/sw.js, built from worker/sw.ts by `serwist build`. */
export const SERVICE_WORKER_PATH = "/sw.js";

/** The page the service worker answers with when a page is neither online nor saved (app/offline). */
export const OFFLINE_PATH = "/offline";
