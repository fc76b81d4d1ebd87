/**
 * The Content-Security-Policy every page carries as a <meta> (static hosts
 * cannot be relied on to send headers). No inline scripts or styles anywhere;
 * 'wasm-unsafe-eval' and blob: workers are what Pagefind's search needs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
