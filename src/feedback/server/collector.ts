/**
 * The feedback collector: a small node:http service (no framework: three
 * routes do not justify a dependency, and the request path stays easy to
 * audit). Every request is checked in this order, and a refused one is
 * stored nowhere: origin, rate, size, JSON, schema, known page. A valid event
 * is answered 202 only after it is committed.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EVENTS_PATH, FORM_PATH, MAX_BODY_BYTES } from '../engine/constants.ts';
import { feedbackEventSchema, type FeedbackEvent } from '../engine/event.ts';
import { cleanComment, normaliseQuery } from '../engine/normalise.ts';
import { indexTargets, targetKey, type Target } from '../engine/targets.ts';
import { RateLimiter, type RateLimit } from './rate-limit.ts';
import type { EventStore } from './store.ts';

export interface CollectorOptions {
  store: EventStore;
  targets: readonly Target[];
  /** Exact origins allowed to send events; empty means local previews only (http://127.0.0.1:* and http://localhost:*). */
  origins: readonly string[];
  rateLimit: RateLimit;
  /** Behind a reverse proxy the client is the last X-Forwarded-For hop, not the socket. */
  trustProxy: boolean;
}

class Refusal extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

const LOCAL_ORIGIN = /^http:\/\/(?:127\.0\.0\.1|localhost)(?::\d{1,5})?$/;

export function originAllowed(origin: string | undefined, allowed: readonly string[]): origin is string {
  if (origin === undefined) return false;
  return allowed.length === 0 ? LOCAL_ORIGIN.test(origin) : allowed.includes(origin);
}

function readBody(request: IncomingMessage): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > MAX_BODY_BYTES) return Promise.reject(new Refusal(413, 'too-large', `The body is over ${MAX_BODY_BYTES} bytes.`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, so the client still gets its 413 instead of a reset.
      if (size > MAX_BODY_BYTES) reject(new Refusal(413, 'too-large', `The body is over ${MAX_BODY_BYTES} bytes.`));
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** A form's fields as the event they describe; absent optional fields are left out, not sent empty. */
function formToEvent(body: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(body)) if (value !== '') fields[key] = value;
  return fields;
}

export function createCollector(options: CollectorOptions): Server {
  const known = indexTargets(options.targets);
  const limiter = new RateLimiter(options.rateLimit);

  const validate = (raw: unknown): { event: FeedbackEvent; target: Target | undefined } => {
    const parsed = feedbackEventSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Refusal(400, 'invalid-event', `${issue?.path.join('.') || 'event'}: ${issue?.message ?? 'invalid'}`);
    }
    const event = parsed.data;
    if (event.type === 'search-miss') {
      const query = normaliseQuery(event.query);
      if (query === '') throw new Refusal(400, 'invalid-event', 'query: empty after normalisation');
      return { event: { ...event, query }, target: undefined };
    }
    const target = known.get(targetKey(event.locale, event.target, event.slug));
    if (!target) throw new Refusal(422, 'unknown-page', `No ${event.target} "${event.slug}" in ${event.locale} in this build.`);
    const comment = event.comment === undefined ? undefined : cleanComment(event.comment);
    return { event: { ...event, comment: comment || undefined }, target };
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = (request.url ?? '/').split('?')[0];
    const origin = request.headers.origin;
    if (originAllowed(origin, options.origins)) {
      response.setHeader('Access-Control-Allow-Origin', origin);
    }
    response.setHeader('Vary', 'Origin');
    if (request.method === 'GET' && path === '/v1/health') return send(response, 200, { ok: true });
    if (path !== EVENTS_PATH && path !== FORM_PATH) throw new Refusal(404, 'not-found', `Send events to POST ${EVENTS_PATH}.`);
    if (request.method === 'OPTIONS' && path === EVENTS_PATH) {
      if (!originAllowed(origin, options.origins)) throw new Refusal(403, 'origin', 'This origin may not send feedback.');
      response.setHeader('Access-Control-Allow-Methods', 'POST');
      response.setHeader('Access-Control-Allow-Headers', 'Content-Type');
      response.setHeader('Access-Control-Max-Age', '86400');
      response.writeHead(204).end();
      return;
    }
    if (request.method !== 'POST') throw new Refusal(405, 'method', 'Only POST.');
    if (!originAllowed(origin, options.origins)) throw new Refusal(403, 'origin', `The origin ${origin ?? '(none)'} may not send feedback; start the collector with --origin <site URL>.`);
    const forwarded = options.trustProxy ? request.headers['x-forwarded-for']?.toString().split(',').at(-1)?.trim() : undefined;
    if (!limiter.take(forwarded || request.socket.remoteAddress || '')) throw new Refusal(429, 'rate-limited', 'Too many events from this address; try again in a minute.');
    const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const isForm = path === FORM_PATH;
    const expected = isForm ? ['application/x-www-form-urlencoded'] : ['text/plain', 'application/json'];
    if (!expected.includes(type)) throw new Refusal(415, 'content-type', `Expected ${expected.join(' or ')}.`);
    const body = await readBody(request);
    let raw: unknown;
    if (isForm) raw = { type: 'vote', ...formToEvent(body) };
    else {
      try {
        raw = JSON.parse(body);
      } catch {
        throw new Refusal(400, 'invalid-json', 'The body is not JSON.');
      }
    }
    const { event, target } = validate(raw);
    await options.store.add(event);
    if (isForm && target) {
      // Back to the page, where CSS shows the thank-you for #feedback-thanks without any script.
      response.writeHead(303, { Location: `${origin}${target.url}#feedback-thanks`, 'Cache-Control': 'no-store' }).end();
      return;
    }
    send(response, 202, { ok: true });
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (error instanceof Refusal) send(response, error.status, { error: error.code, message: error.message });
      else send(response, 500, { error: 'internal', message: 'The event was not stored.' });
    });
  });
  // Slow or stuck clients cannot hold connections open for long.
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  return server;
}

function send(response: ServerResponse, status: number, body: object): void {
  if (response.headersSent) return;
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
}

/** Listens and resolves with the base URL, e.g. http://127.0.0.1:43127. */
export function listen(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      resolve(`http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`);
    });
  });
}
