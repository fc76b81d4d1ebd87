import { describe, expect, it } from 'vitest';
import { pageReferences, pageUrgency, scriptReferences } from '../../../src/offline/engine/references.ts';

describe('what a built page loads', () => {
  const html = [
    '<link rel="stylesheet" href="/_astro/style.abc.css">',
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
    '<link rel="alternate" type="application/rss+xml" href="/zh-cn/updates/rss.xml">',
    '<link rel="canonical" href="https://help.example.com/zh-cn/">',
    '<script type="module" src="/_astro/search.js?v=1"></script>',
    '<script type="application/json" data-verify-data>{"a":1}</script>',
    '<script src="//cdn.example.net/x.js"></script>',
    '<a href="/official-channels.json">json</a>',
  ].join('');

  it('finds stylesheets, icons and scripts of this site, without query strings', () => {
    expect(pageReferences(html)).toEqual(['/_astro/style.abc.css', '/favicon.svg', '/_astro/search.js']);
  });

  it('reads the urgency of the first badge only', () => {
    expect(pageUrgency('<span data-urgency="critical">x</span><section data-urgency="normal">')).toBe('critical');
    expect(pageUrgency('<p>no badge</p>')).toBeUndefined();
  });

  it('reads a 100 KB page in one pass', () => {
    const long = `<link rel="stylesheet" href="/a.css"${' x="y"'.repeat(20_000)}><script src="/b.js"></script>${'<'.repeat(50_000)}`;
    expect(pageReferences(long)).toEqual(['/a.css', '/b.js']);
    expect(pageUrgency(' data-urgency="'.repeat(7_000))).toBeUndefined();
  });
});

describe('what a bundled script imports', () => {
  it('finds chunks imported with any quote, beside the script, once each', () => {
    const source = 'import{a}from"./chunk.A.js";const b=()=>import(`./search-box.B.js`);import(\'./chunk.A.js\');fetch("/pagefind/x.js")';
    expect(scriptReferences('/_astro/SearchForm.js', source)).toEqual(['/_astro/chunk.A.js', '/_astro/search-box.B.js']);
  });
});
