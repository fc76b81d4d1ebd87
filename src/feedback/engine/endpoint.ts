/**
 * The collector's base URL as the build takes it (FEEDBACK_ENDPOINT or the site
 * config), checked once so a typo fails the build instead of silently sending
 * votes nowhere, and reduced to what the CSP needs.
 */

/** undefined or empty: feedback stays in the browser. Otherwise an http(s) URL, returned without a trailing slash. */
export function parseFeedbackEndpoint(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`FEEDBACK_ENDPOINT "${value}" is not a URL. Set it to the collector's base URL, e.g. https://feedback.example.com, or leave it empty.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`FEEDBACK_ENDPOINT "${value}" must start with https:// (or http:// for a local test).`);
  if (url.search || url.hash || url.username) throw new Error(`FEEDBACK_ENDPOINT "${value}" must be a plain base URL, without query, fragment or credentials.`);
  return url.href.replace(/\/$/, '');
}

/** The origin the CSP's connect-src and form-action must allow. */
export const endpointOrigin = (endpoint: string): string => new URL(endpoint).origin;
