/**
 * `npm run bench`: measures what tests only bound. Prints search relevance
 * (recall@1, recall@3, MRR per locale), the bytes a first search downloads
 * (gzip), page weights per page type, and build time. Builds first if dist/ is missing.
 * Usage: npm run bench [-- --verbose] [-- --lighthouse]  (Lighthouse mobile scores, ~15 s a page)
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, chromiumPath, launchChromium } from '../e2e/support/chromium.ts';
import { resolveFile, startStaticServer } from '../e2e/support/static-server.ts';
import { loadQueries, runQueries, score } from '../search/relevance.ts';
import { searchTransfer } from '../search/transfer.ts';

const verbose = process.argv.includes('--verbose');
const dist = join(process.cwd(), 'dist');

if (!existsSync(join(dist, 'index.html')) || process.argv.includes('--build')) {
  const started = performance.now();
  execSync('npx astro build', { stdio: 'ignore' });
  console.log(`build: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const gzipBytes = (urlPath: string): number => {
  const file = resolveFile(dist, urlPath);
  return file ? gzipSync(readFileSync(file)).length : 0;
};

const { server, origin } = await startStaticServer(dist);
const browser = await launchChromium();
try {
  const outcomes = await runQueries(browser, origin, loadQueries());
  console.log('\nSearch relevance (tests/search/queries.json)');
  console.log('locale  queries  recall@1  recall@3  MRR');
  for (const locale of ['zh-CN', 'en']) {
    const s = score(outcomes, locale);
    console.log(`${locale.padEnd(7)} ${String(s.queries).padStart(7)}  ${(s.recallAt1 * 100).toFixed(1).padStart(7)}%  ${(s.recallAt3 * 100).toFixed(1).padStart(7)}%  ${s.mrr.toFixed(3)}`);
  }
  for (const outcome of outcomes) {
    if (verbose || outcome.rank !== 1) console.log(`  ${outcome.rank === undefined ? 'miss' : `#${outcome.rank}  `} ${outcome.locale} "${outcome.query}" → ${outcome.results.slice(0, 3).join(', ')}`);
  }

  console.log('\nFirst and next search from the header (text gzipped, Pagefind files as served)');
  for (const [locale, first, next] of [['zh-cn', '忘记密码', '扣了两次钱'], ['en', 'forgot password', 'charged twice'], ['zh-cn', '付款失败但是钱被扣了', '账户被冻结']] as const) {
    const transfer = await searchTransfer(browser, origin, dist, locale, first, next);
    console.log(`${locale.padEnd(6)} "${first}": ${transfer.first.requests} requests ${(transfer.first.bytes / 1024).toFixed(1)} KiB; then "${next}": ${transfer.next.requests} requests ${(transfer.next.bytes / 1024).toFixed(1)} KiB`);
    if (verbose) for (const file of [...transfer.first.files, ...transfer.next.files]) console.log(`         ${(file.bytes / 1024).toFixed(1).padStart(6)} KiB  ${file.path}`);
  }

  console.log('\nPage weight on first visit (HTML + CSS + JS, gzip)');
  for (const path of ['/zh-cn/', '/zh-cn/articles/account-compromised/', '/en/articles/transaction-failed/', '/zh-cn/faq/', '/en/search/']) {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    const total = fetched.reduce((sum, file) => sum + gzipBytes(file), 0);
    console.log(`${path.padEnd(40)} ${String(fetched.length).padStart(3)} requests  ${(total / 1024).toFixed(1).padStart(6)} KiB`);
    await page.close();
  }

  if (process.argv.includes('--lighthouse')) {
    const { default: lighthouse } = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    console.log('\nLighthouse (mobile emulation, simulated slow 4G): performance / accessibility / best practices / SEO');
    for (const path of ['/zh-cn/', '/zh-cn/articles/account-compromised/', '/en/troubleshoot/payment-failed/', '/zh-cn/verify/']) {
      const chrome = await chromeLauncher.launch({ chromePath: await chromiumPath(), chromeFlags: CHROMIUM_ARGS });
      try {
        const result = await lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
        const categories = result?.lhr.categories ?? {};
        const scores = ['performance', 'accessibility', 'best-practices', 'seo'].map((id) => String(Math.round((categories[id]?.score ?? 0) * 100)).padStart(3));
        const lcp = result?.lhr.audits['largest-contentful-paint']?.displayValue ?? '?';
        console.log(`${path.padEnd(40)} ${scores.join(' / ')}   LCP ${lcp}`);
      } finally {
        await chrome.kill();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
