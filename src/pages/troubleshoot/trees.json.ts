/** /troubleshoot/trees.json: every tree, fetched by <kb-troubleshooter> for case summaries and link recovery. */
import type { APIRoute } from 'astro';
import { getTroubleshooters } from '../../pipeline/site-data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(getTroubleshooters()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
