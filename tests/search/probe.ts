/**
 * `node tests/search/probe.ts [queries|tuning|holdout] [--bytes] [--misses]`
 * against the built dist/: recall@1/@3 per language on one query set, and,
 * with --bytes, the first- and next-search transfer for the issue's queries.
 */
import { join } from 'node:path';
import { launchChromium } from '../e2e/support/chromium.ts';
import { startStaticServer } from '../e2e/support/static-server.ts';
import { loadQueries, runQueries, score, type QuerySet } from './relevance.ts';
import { searchTransfer } from './transfer.ts';

const args = process.argv.slice(2);
const set = (args.find((arg) => !arg.startsWith('--')) ?? 'tuning') as QuerySet;
const dist = process.env['SITE_DIST'] ?? join(process.cwd(), 'dist');
const { server, origin } = await startStaticServer(dist);
const browser = await launchChromium();
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
try {
  if (args.includes('--bytes')) {
    for (const [locale, first, next] of [['zh-cn', '忘记密码', '扣了两次钱'], ['en', 'forgot password', 'charged twice'], ['zh-cn', '付款失败但是钱被扣了', '账户被冻结']] as const) {
      const { first: a, next: b } = await searchTransfer(browser, origin, dist, locale, first, next);
      console.log(`${locale} "${first}": ${a.requests} requests ${kib(a.bytes)}; then "${next}": ${b.requests} requests ${kib(b.bytes)}`);
      if (args.includes('--verbose')) for (const file of [...a.files, ...b.files]) console.log(`   ${kib(file.bytes).padStart(9)}  ${file.path}`);
    }
  } else {
    const outcomes = await runQueries(browser, origin, loadQueries(set));
    for (const locale of ['zh-CN', 'en']) {
      const s = score(outcomes, locale);
      console.log(`${set} ${locale}: ${s.queries} queries, recall@1 ${s.recallAt1.toFixed(3)}, recall@3 ${s.recallAt3.toFixed(3)}, MRR ${s.mrr.toFixed(3)}`);
    }
    if (args.includes('--misses')) {
      for (const outcome of outcomes) if (outcome.rank !== 1) console.log(`  ${outcome.rank === undefined ? 'miss' : `#${outcome.rank}`} ${outcome.locale} "${outcome.query}" → ${outcome.results.slice(0, 3).join(', ')} (want ${outcome.expect.join('|')})`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
