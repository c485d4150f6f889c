/** The Content Security Policies the browser tests serve the app under, as the README gives them. */

/** The strict policy of README.md ("Serving it"), before the service worker's `manifest-src`. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The policy the README recommends: the strict one with `manifest-src 'self'`, for installing. */
export const RECOMMENDED_CSP = STRICT_CSP.replace("worker-src 'self'", "worker-src 'self'; manifest-src 'self'");

/** The recommended policy with framing allowed to `origin` only, as an embedding host sets it. */
export function framedBy(origin: string): string {
  return RECOMMENDED_CSP.replace("frame-ancestors 'none'", `frame-ancestors ${origin}`);
}
