/**
 * The Content-Security-Policy every page carries as a <meta> (static hosts
 * cannot be relied on to send headers). No inline scripts or styles anywhere;
 * 'wasm-unsafe-eval' and blob: workers are what Pagefind's search needs.
 * The feedback collector's origin, when configured, is the one other place a page may send to.
 */
import { endpointOrigin } from '../feedback/engine/endpoint.ts';
import { siteConfig } from '../site.config.ts';

const feedback = siteConfig.feedbackEndpoint ? ` ${endpointOrigin(siteConfig.feedbackEndpoint)}` : '';
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src 'self'${feedback}`,
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  `form-action 'self'${feedback}`,
].join('; ');
