// Registers the service worker (public/sw.js, built from worker/sw.ts) and reports a new build
// that waits to take over. @serwist/window is loaded only then, once the page is idle after load.
import { SERVICE_WORKER_PATH } from "./paths";

/** A new build, installed and waiting: apply() hands it the page and reloads. */
export interface ServiceWorkerUpdate {
  apply(): Promise<void>;
}

async function applyWaitingWorker(): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration();
  // Another tab applied it already: this page only needs to load the new build.
  if (!registration?.waiting) return window.location.reload();
  navigator.serviceWorker.addEventListener("controllerchange", () => window.location.reload(), { once: true });
  // worker/sw.ts waits for this message (Serwist's skipWaiting: false).
  registration.waiting.postMessage({ type: "SKIP_WAITING" });
}

/** Registers once the page is idle after load; returns the cleanup for an effect. */
export function registerServiceWorker(onUpdate: (update: ServiceWorkerUpdate) => void): () => void {
  // Not in development, where pages change on every save, nor where browsers have no workers.
  if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return () => {};
  const controller = new AbortController();

  async function register() {
    const { Serwist } = await import("@serwist/window");
    const worker = new Serwist(SERVICE_WORKER_PATH, { scope: "/", type: "classic" });
    worker.addEventListener("waiting", () => {
      if (!controller.signal.aborted) onUpdate({ apply: applyWaitingWorker });
    });
    await worker.register();
    // A tab left open for days looks for a new build whenever the learner comes back to it.
    document.addEventListener(
      "visibilitychange",
      () => {
        if (document.visibilityState === "visible") void worker.update();
      },
      { signal: controller.signal },
    );
  }

  // Safari has no requestIdleCallback: a timeout after load does there.
  const whenIdle = (task: () => void) => (window.requestIdleCallback ? window.requestIdleCallback(task, { timeout: 5000 }) : window.setTimeout(task, 1));
  const start = () =>
    whenIdle(() => {
      if (!controller.signal.aborted) register().catch((error: unknown) => console.warn("The offline copy could not be set up:", error));
    });
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true, signal: controller.signal });
  return () => controller.abort();
}
