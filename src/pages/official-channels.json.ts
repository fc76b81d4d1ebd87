/** /official-channels.json: the registry as a public, machine-readable interface (documented in the README). */
import type { APIRoute } from 'astro';
import { getSiteContent } from '../pipeline/site-data.ts';
import { officialChannelsDocument } from '../pipeline/official-channels.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(officialChannelsDocument(getSiteContent().contacts), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
