import { describe, expect, it } from 'vitest';
import {
  cacheKey,
  offlineFallbacks,
  ownCacheNames,
  segmentOf,
  segmentsOfClients,
  staleCacheNames,
  strategyFor,
  type WorkerManifest,
} from '../../../src/offline/engine/routes.ts';

const origin = 'https://help.example.com';
const manifest: WorkerManifest = {
  version: 'v2',
  precache: { 'zh-cn': ['/zh-cn/'], en: ['/en/'] },
  networkFirst: ['/official-channels.json', '/zh-cn/contact/', '/en/contact/'],
};
const request = (path: string, method = 'GET', from = origin) => ({ method, url: new URL(path, from), origin });

describe('how the worker answers a request', () => {
  it.each([
    ['the official channel list', '/official-channels.json', 'network-first'],
    ['the Chinese contact page', '/zh-cn/contact/', 'network-first'],
    ['the contact page with a query string', '/en/contact/?from=chat', 'network-first'],
    ['a guide', '/zh-cn/articles/lost-phone/', 'cache-first'],
    ['the checker with a pasted address', '/zh-cn/verify/?q=examp1e.com', 'cache-first'],
    ['a Pagefind chunk', '/pagefind/index/zh-cn_1.pf_index', 'cache-first'],
  ] as const)('answers %s %s', (_what, path, strategy) => {
    expect(strategyFor(request(path), manifest)).toBe(strategy);
  });

  it.each([
    ['a form post', request('/zh-cn/feedback/', 'POST')],
    ['another origin', request('/x.js', 'GET', 'https://cdn.example.net')],
  ])('leaves %s to the browser', (_what, facts) => {
    expect(strategyFor(facts, manifest)).toBe('pass');
  });

  it('saves a page once, whatever query string its scripts read', () => {
    expect(cacheKey(new URL('/zh-cn/verify/?q=examp1e.com', origin))).toBe('/zh-cn/verify/');
    expect(cacheKey(new URL('/pagefind/pagefind-entry.json?ts=1733', origin))).toBe('/pagefind/pagefind-entry.json');
  });
});

describe('where an unsaved page goes offline', () => {
  it.each([
    ['a Chinese page', '/zh-cn/articles/fees-and-limits/', ['/zh-cn/offline/', '/en/offline/']],
    ['an English page', '/en/faq/', ['/en/offline/', '/zh-cn/offline/']],
    ['the language chooser', '/', ['/zh-cn/offline/', '/en/offline/']],
    ['a path that only looks like a language', '/zh-cnx/', ['/zh-cn/offline/', '/en/offline/']],
  ])('sends %s to the offline page in its language first', (_what, path, expected) => {
    expect(offlineFallbacks(path, manifest)).toEqual(expected);
  });

  it('knows no language for paths outside the saved ones', () => {
    expect(segmentOf('/constructor/', manifest)).toBeUndefined();
    expect(segmentOf('/en/articles/x/', manifest)).toBe('en');
  });
});

describe('which languages the worker saves at install', () => {
  it('saves each language a registering window shows, once', () => {
    const windows = [`${origin}/en/`, `${origin}/en/faq/`, `${origin}/`, `${origin}/zh-cn/verify/?q=1`];
    expect(segmentsOfClients(windows, manifest)).toEqual(['en', 'zh-cn']);
  });
});

describe('which caches belong to this build', () => {
  it('removes caches of earlier builds and leaves names that are not ours', () => {
    const existing = ['kb-offline-v1-zh-cn', 'kb-offline-v1-read', ...ownCacheNames(manifest), 'another-app'];
    expect(staleCacheNames(existing, manifest)).toEqual(['kb-offline-v1-zh-cn', 'kb-offline-v1-read']);
  });

  it('removes every cache of ours when offline support is turned off', () => {
    expect(staleCacheNames(['kb-offline-v2-en', 'kb-offline-v2-read', 'another-app'], undefined)).toEqual(['kb-offline-v2-en', 'kb-offline-v2-read']);
  });

  it('looks up the copies saved as read before the install-time ones, so a network-first answer wins offline', () => {
    expect(ownCacheNames(manifest)[0]).toBe('kb-offline-v2-read');
  });
});
