import { describe, expect, it } from 'vitest';
import { planOffline, PlanError, type BuiltFile, type PagefindEntry, type PlanInput } from '../../../src/offline/engine/plan.ts';

const MiB = 1024 * 1024;
const file = (url: string, extra: Partial<BuiltFile> = {}): BuiltFile => ({ url, bytes: 1000, transferBytes: 300, references: [], ...extra });
const page = (url: string, extra: Partial<BuiltFile> = {}): BuiltFile => file(url, { references: ['/_astro/style.css', '/_astro/search.js'], ...extra });

const pagefind: PagefindEntry = { languages: { 'zh-cn': { hash: 'zh-cn_aaa', wasm: null }, en: { hash: 'en_bbb', wasm: 'en' } } };

/** A small but complete site: every page the planner requires, in both languages, and one of everything else. */
function site(extra: BuiltFile[] = []): BuiltFile[] {
  const perLocale = (s: string): BuiltFile[] => [
    page(`/${s}/`),
    page(`/${s}/contact/`),
    page(`/${s}/verify/`, { references: ['/_astro/style.css', '/_astro/verify.js'] }),
    page(`/${s}/search/`),
    page(`/${s}/offline/`),
    page(`/${s}/faq/`),
    page(`/${s}/troubleshoot/`),
    page(`/${s}/troubleshoot/payment-failed/`),
    page(`/${s}/troubleshoot/payment-failed/charged/`, { urgency: 'normal' }),
    page(`/${s}/articles/lost-phone/`, { urgency: 'urgent' }),
    page(`/${s}/articles/account-compromised/`, { urgency: 'critical' }),
    page(`/${s}/articles/fees-and-limits/`),
    page(`/${s}/articles/embeds-a-calm-tree/`, { urgency: 'normal' }),
    file(`/${s}/search-aliases.json`),
    file(`/${s}/troubleshoot/payment-failed.json`),
    file(`/pagefind/index/${s}_1.pf_index`, { transferBytes: 50_000 }),
    file(`/pagefind/filter/${s}_1.pf_filter`),
    file(`/pagefind/fragment/${s}_1.pf_fragment`),
    file(`/pagefind/fragment/${s}_2.pf_fragment`),
  ];
  return [
    ...perLocale('zh-cn'),
    ...perLocale('en'),
    file('/_astro/style.css'),
    file('/_astro/search.js', { references: ['/_astro/search-box.js'] }),
    file('/_astro/search-box.js', { references: ['/_astro/search.js'] }),
    file('/_astro/verify.js'),
    file('/_astro/unused.js'),
    file('/official-channels.json'),
    file('/favicon.svg'),
    file('/sw-register.js'),
    file('/pagefind/pagefind.js'),
    file('/pagefind/pagefind-worker.js'),
    file('/pagefind/pagefind-entry.json'),
    file('/pagefind/pagefind.zh-cn_aaa.pf_meta'),
    file('/pagefind/pagefind.en_bbb.pf_meta'),
    file('/pagefind/wasm.unknown.pagefind'),
    file('/pagefind/wasm.en.pagefind'),
    ...extra,
  ];
}

const input = (files: BuiltFile[], budgetBytes = 1.5 * MiB): PlanInput => ({ files, pagefind, registerScript: '/sw-register.js', budgetBytes });

describe('the offline precache plan', () => {
  const plan = planOffline(input(site()));
  const zh = plan.locales['zh-cn']?.precache ?? [];
  const en = plan.locales['en']?.precache ?? [];

  it.each([
    ['the home page', '/zh-cn/'],
    ['the offline page', '/zh-cn/offline/'],
    ['the contact page', '/zh-cn/contact/'],
    ['the checker page', '/zh-cn/verify/'],
    ["the checker's script", '/_astro/verify.js'],
    ['the official channel list', '/official-channels.json'],
    ['the troubleshooter start', '/zh-cn/troubleshoot/'],
    ['a troubleshooter outcome, whatever its urgency', '/zh-cn/troubleshoot/payment-failed/charged/'],
    ['the troubleshooter trees', '/zh-cn/troubleshoot/payment-failed.json'],
    ['an urgent guide', '/zh-cn/articles/lost-phone/'],
    ['a critical guide', '/zh-cn/articles/account-compromised/'],
    ['the stylesheet', '/_astro/style.css'],
    ['a chunk the search script imports', '/_astro/search-box.js'],
    ['the registration script', '/sw-register.js'],
    ['the Pagefind runtime and its worker', '/pagefind/pagefind-worker.js'],
    ["the language's Pagefind metadata", '/pagefind/pagefind.zh-cn_aaa.pf_meta'],
    ['the WebAssembly for a language without a stemmer', '/pagefind/wasm.unknown.pagefind'],
    ["the language's index chunks", '/pagefind/index/zh-cn_1.pf_index'],
    ["the language's filters", '/pagefind/filter/zh-cn_1.pf_filter'],
    ["the language's search fragments", '/pagefind/fragment/zh-cn_2.pf_fragment'],
    ["the language's search aliases", '/zh-cn/search-aliases.json'],
  ])('saves %s for a reader of that language', (_what, url) => {
    expect(zh).toContain(url);
  });

  it.each([
    ['an ordinary article', '/zh-cn/articles/fees-and-limits/'],
    ['an article whose badge says normal', '/zh-cn/articles/embeds-a-calm-tree/'],
    ['the FAQ', '/zh-cn/faq/'],
    ['a script no saved page loads', '/_astro/unused.js'],
    ["the other language's pages", '/en/'],
    ["the other language's index", '/pagefind/index/en_1.pf_index'],
    ["the other language's WebAssembly", '/pagefind/wasm.en.pagefind'],
  ])('leaves %s to be cached on use', (_what, url) => {
    expect(zh).not.toContain(url);
  });

  it('saves the English reader the English search WebAssembly and pages', () => {
    expect(en).toContain('/pagefind/wasm.en.pagefind');
    expect(en).toContain('/en/articles/lost-phone/');
    expect(en).not.toContain('/zh-cn/articles/lost-phone/');
  });

  it('asks the network first for the official channel list and both contact pages', () => {
    expect(plan.networkFirst.sort()).toEqual(['/en/contact/', '/official-channels.json', '/zh-cn/contact/']);
  });

  it('adds up the transfer and stored bytes of exactly what it saves', () => {
    const locale = plan.locales['zh-cn'];
    expect(locale?.transferBytes).toBe(50_000 + 300 * ((locale?.precache.length ?? 0) - 1));
    expect(locale?.storedBytes).toBe(1000 * (locale?.precache.length ?? 0));
  });

  it('caches search fragments on use when they would take a language over its budget, and says so', () => {
    const bigFragments = Array.from({ length: 1000 }, (_, index) => file(`/pagefind/fragment/zh-cn_big${index}.pf_fragment`, { transferBytes: 3000 }));
    const large = planOffline(input(site(bigFragments))).locales['zh-cn'];
    expect(large?.fragmentsOnUse).toBe(true);
    expect(large?.overBudget).toBe(false);
    expect(large?.precache.some((url) => url.includes('/fragment/'))).toBe(false);
    expect(large?.precache).toContain('/pagefind/index/zh-cn_1.pf_index');
    expect(planOffline(input(site(bigFragments))).locales['en']?.fragmentsOnUse).toBe(false);
  });

  it('reports a language that is over budget even without fragments', () => {
    const locale = planOffline(input(site(), 10_000)).locales['zh-cn'];
    expect(locale?.fragmentsOnUse).toBe(true);
    expect(locale?.overBudget).toBe(true);
  });

  it.each([
    ['a page it must save is missing', site().filter((f) => f.url !== '/zh-cn/offline/'), /needs \/zh-cn\/offline\/, but the build has no such file/],
    ['a page loads a file the build does not have', site([page('/zh-cn/articles/broken/', { urgency: 'urgent', references: ['/_astro/gone.css'] })]), /needs \/_astro\/gone\.css/],
  ])('refuses to plan when %s, naming the file', (_case, files, message) => {
    expect(() => planOffline(input(files))).toThrow(PlanError);
    expect(() => planOffline(input(files))).toThrow(message);
  });

  it('refuses a search index without the language, naming it and the likely cause', () => {
    expect(() => planOffline({ ...input(site()), pagefind: { languages: { en: { hash: 'en_bbb', wasm: 'en' } } } })).toThrow(/no "zh-cn" language; is <html lang> set/);
  });
});
