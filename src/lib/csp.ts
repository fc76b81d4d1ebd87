/**
 * The Content-Security-Policy every page carries as a <meta> (static hosts
 * cannot be relied on to send headers). No inline scripts or styles anywhere;
 * 'wasm-unsafe-eval' and blob: workers are what Pagefind's search needs.
 * `sendTo`: the only other origins a page may send to (the feedback collector, when configured).
 */
export function contentSecurityPolicy(sendTo: readonly string[] = []): string {
  const extra = sendTo.map((origin) => ` ${origin}`).join('');
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${extra}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${extra}`,
  ].join('; ');
}
