import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Target } from '../../../src/feedback/engine/targets.ts';
import { createCollector, listen } from '../../../src/feedback/server/collector.ts';
import { EventStore } from '../../../src/feedback/server/store.ts';

const SITE = 'http://127.0.0.1:4321';
const targets: Target[] = [
  { locale: 'zh-CN', target: 'article', slug: 'forgot-password', url: '/zh-cn/articles/forgot-password/', title: '忘记登录密码', file: 'content/articles/zh-CN/forgot-password.mdx', phrases: [] },
  { locale: 'en', target: 'article', slug: 'forgot-password', url: '/en/articles/forgot-password/', title: 'Forgot password', file: 'content/articles/en/forgot-password.mdx', phrases: [] },
  { locale: 'en', target: 'outcome', slug: 'payment-failed/charged-twice', url: '/en/troubleshoot/payment-failed/charged-twice/', title: 'Charged twice', file: 'content/troubleshooters/payment-failed.yaml', phrases: [] },
];
const yes = { type: 'vote', locale: 'en', target: 'article', slug: 'forgot-password', vote: 'yes' };

const dir = mkdtempSync(join(tmpdir(), 'feedback-collector-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let dbFile = '';
let counter = 0;

interface Running {
  url: string;
  store: EventStore;
  stop: () => Promise<void>;
}

async function start(options: { origins?: string[]; burst?: number; perMinute?: number } = {}): Promise<Running> {
  const store = new EventStore(dbFile);
  const server = createCollector({ store, targets, origins: options.origins ?? [], rateLimit: { burst: options.burst ?? 1000, perMinute: options.perMinute ?? 60 }, trustProxy: false });
  const url = await listen(server, 0, '127.0.0.1');
  return {
    url,
    store,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          store.close();
          resolve();
        });
      }),
  };
}

let collector: Running;
beforeEach(async () => {
  dbFile = join(dir, `events-${(counter += 1)}.sqlite`);
  collector = await start();
});
afterEach(() => collector.stop());

const post = (body: string, headers: Record<string, string> = {}, path = '/v1/events'): Promise<Response> =>
  fetch(`${collector.url}${path}`, { method: 'POST', body, headers: { Origin: SITE, 'Content-Type': 'text/plain;charset=UTF-8', ...headers } });

describe('the feedback collector', () => {
  it('stores a vote sent the way sendBeacon sends it (text/plain) and answers 202', async () => {
    const response = await post(JSON.stringify(yes));
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ ok: true });
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect([...collector.store.since(0)]).toMatchObject([{ type: 'vote', locale: 'en', slug: 'forgot-password', vote: 'yes' }]);
  });

  it('accepts application/json from other clients too', async () => {
    expect((await post(JSON.stringify(yes), { 'Content-Type': 'application/json' })).status).toBe(202);
  });

  it('answers the same event every time it is sent, and counts each', async () => {
    for (let index = 0; index < 3; index += 1) expect((await post(JSON.stringify(yes))).status).toBe(202);
    expect(collector.store.count()).toBe(3);
  });

  it('stores the hour, not the instant, and never the address', async () => {
    await post(JSON.stringify(yes));
    const [event] = [...collector.store.since(0)];
    expect((event?.receivedAt ?? 1) % 3_600_000).toBe(0);
    expect(JSON.stringify(event)).not.toContain('127.0.0.1');
  });

  it('redacts a comment on the server even when the page did not', async () => {
    const response = await post(JSON.stringify({ ...yes, vote: 'no', reason: 'steps-failed', comment: '验证码 483920 已经给了' }));
    expect(response.status).toBe(202);
    expect([...collector.store.since(0)]).toMatchObject([{ reason: 'steps-failed', comment: '验证码 [redacted] 已经给了' }]);
  });

  it('stores a zero-result search normalised', async () => {
    expect((await post(JSON.stringify({ type: 'search-miss', locale: 'zh-CN', query: '  ＸＹＺ 退款 ' }))).status).toBe(202);
    expect([...collector.store.since(0)]).toMatchObject([{ type: 'search-miss', query: 'xyz 退款' }]);
  });

  it.each<[string, string, Record<string, string>, number, string]>([
    ['invalid JSON', '{"type":', {}, 400, 'invalid-json'],
    ['wrong types', JSON.stringify({ ...yes, vote: 1 }), {}, 400, 'invalid-event'],
    ['an extra field', JSON.stringify({ ...yes, userId: 'u1' }), {}, 400, 'invalid-event'],
    ['an unknown slug', JSON.stringify({ ...yes, slug: 'no-such-article' }), {}, 422, 'unknown-page'],
    ['a slug that exists only in the other language', JSON.stringify({ ...yes, target: 'outcome', locale: 'zh-CN', slug: 'payment-failed/charged-twice' }), {}, 422, 'unknown-page'],
    ['a body over 4 KB', JSON.stringify({ ...yes, vote: 'no', comment: 'x'.repeat(4100) }), {}, 413, 'too-large'],
    ['a query that is only invisible characters', JSON.stringify({ type: 'search-miss', locale: 'en', query: '\u200B\u200B' }), {}, 400, 'invalid-event'],
    ['another origin', JSON.stringify(yes), { Origin: 'https://evil.example' }, 403, 'origin'],
    ['an origin that only starts like an allowed one', JSON.stringify(yes), { Origin: 'http://127.0.0.1.evil.example' }, 403, 'origin'],
    ['a form content type on the JSON route', JSON.stringify(yes), { 'Content-Type': 'multipart/form-data' }, 415, 'content-type'],
  ])('refuses %s with a JSON error and stores nothing', async (_name, body, headers, status, code) => {
    const response = await post(body, headers);
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ error: code });
    expect(collector.store.count()).toBe(0);
  });

  it('refuses a request without an Origin header', async () => {
    const response = await fetch(`${collector.url}/v1/events`, { method: 'POST', body: JSON.stringify(yes), headers: { 'Content-Type': 'text/plain' } });
    expect(response.status).toBe(403);
    expect(collector.store.count()).toBe(0);
  });

  it('answers a CORS preflight only for an allowed origin', async () => {
    const preflight = (origin: string) =>
      fetch(`${collector.url}/v1/events`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
    const allowed = await preflight('http://localhost:8080');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:8080');
    const refused = await preflight('https://evil.example');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('with --origin, accepts exactly that origin and no longer the local ones', async () => {
    await collector.stop();
    collector = await start({ origins: ['https://help.example.com'] });
    expect((await post(JSON.stringify(yes), { Origin: 'https://help.example.com' })).status).toBe(202);
    expect((await post(JSON.stringify(yes))).status).toBe(403);
    expect(collector.store.count()).toBe(1);
  });

  it('takes a plain form POST (no JavaScript) and sends the reader back to the page', async () => {
    const form = new URLSearchParams({ locale: 'zh-CN', target: 'article', slug: 'forgot-password', vote: 'no', reason: 'out-of-date', comment: '' });
    const response = await fetch(`${collector.url}/v1/form`, { method: 'POST', body: form, redirect: 'manual', headers: { Origin: SITE } });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${SITE}/zh-cn/articles/forgot-password/#feedback-thanks`);
    expect([...collector.store.since(0)]).toMatchObject([{ locale: 'zh-CN', vote: 'no', reason: 'out-of-date', comment: undefined }]);
  });

  it('rate-limits a burst from one address, and every acknowledged event is stored', async () => {
    await collector.stop();
    // One event a minute after the burst: the test's own speed cannot change how many get through.
    collector = await start({ burst: 20, perMinute: 1 });
    const responses = await Promise.all(Array.from({ length: 100 }, () => post(JSON.stringify(yes))));
    const statuses = responses.map((response) => response.status);
    const accepted = statuses.filter((status) => status === 202).length;
    expect(accepted).toBeGreaterThanOrEqual(20);
    expect(accepted).toBeLessThanOrEqual(21);
    expect(statuses.filter((status) => status !== 202).every((status) => status === 429)).toBe(true);
    expect(collector.store.count()).toBe(accepted);
  });

  it('keeps every event across a restart', async () => {
    for (let index = 0; index < 5; index += 1) await post(JSON.stringify(yes));
    await collector.stop();
    collector = await start();
    expect(collector.store.count()).toBe(5);
    expect((await post(JSON.stringify(yes))).status).toBe(202);
    expect(collector.store.count()).toBe(6);
  });
});
