/** /feedback-targets.json: the pages readers can vote on, for the feedback collector (`--site dist`). */
import type { APIRoute } from 'astro';
import { feedbackTargets } from '../feedback/ui/feedback-targets.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(feedbackTargets()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
