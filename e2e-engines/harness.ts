// What the cross-engine tests know of a page's errors. Classic WebDriver (WebKit's) reports no
// console messages and no network, so every engine gets the same recorder, put at the top of each
// page's <head> by the test proxy (./proxy.ts) before any of the page's own scripts run.

/** Records console errors, uncaught errors and rejections, resources that failed to load, and fetches that failed. */
function recordErrors() {
  const errors: string[] = [];
  (window as unknown as { __engineErrors: string[] }).__engineErrors = errors;
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(`console: ${args.map(String).join(" ")}`);
    consoleError(...args);
  };
  window.addEventListener(
    "error",
    (event) => {
      const target = event.target as (Element & { src?: string; href?: string }) | null;
      if (target instanceof Element) errors.push(`failed to load: ${target.src || target.href || target.outerHTML.slice(0, 80)}`);
      else errors.push(`error: ${event.message}`);
    },
    true,
  );
  window.addEventListener("unhandledrejection", (event) => errors.push(`unhandled rejection: ${String(event.reason)}`));
  const fetch = window.fetch.bind(window);
  window.fetch = async (...args: Parameters<typeof window.fetch>) => {
    const response = await fetch(...args);
    if (response.status >= 400) errors.push(`HTTP ${response.status}: ${response.url}`);
    return response;
  };
}

/** The recorder as an inline script (the site's Content-Security-Policy allows inline scripts from itself). */
export const HARNESS_SCRIPT = `<script>(${recordErrors.toString()})()</script>`;

/** The errors recorded on the page now, as a function body for Engine.evaluate. */
export const READ_ERRORS = "return window.__engineErrors || ['no error recorder on this page']";
