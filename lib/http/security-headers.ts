// Security headers for every response, in one place (next.config.ts applies them).

/**
 * As strict as a statically prerendered Next.js app allows. Next inlines its page data as
 * <script> elements (and we inline the theme script), and a per-request nonce would make every page
 * dynamic, so scripts need 'unsafe-inline', but only from this origin: no remote script can load.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // The offline copy (public/sw.js) and the web app manifest, from this origin only.
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export function securityHeaders() {
  return [
    { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
    { key: "X-Frame-Options", value: "DENY" },
    // No Cross-Origin-Opener-Policy: any value but the default makes the browser open every arrival
    // in a new browsing context group, on Android in a fresh renderer process of its own, which cost
    // 25 to 50 ms of main-thread time before the first paint here (README, Performance budgets).
    // This site has no accounts and nothing secret to keep from a window that opens it.
  ];
}
