/**
 * `npm run bench:feedback`: events per second and latency of the feedback
 * collector on this machine. Starts `npm run feedback -- serve` as its own
 * process (temporary database and targets, rate limit raised out of the way),
 * then a hand-rolled load generator on 127.0.0.1 only: keep-alive
 * connections, a fixed number of events, a hard time cap. No dependency:
 * autocannon would measure the same thing and add 3 MB of packages.
 * Usage: npm run bench:feedback [-- --events 20000] [-- --connections 32]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { TargetsDocument } from '../../src/feedback/engine/targets.ts';

const { values } = parseArgs({ options: { events: { type: 'string', default: '20000' }, connections: { type: 'string', default: '32' } } });
const TOTAL = Math.min(200_000, Number(values.events));
const CONNECTIONS = Math.min(256, Number(values.connections));
const TIME_CAP_MS = 60_000;

const work = mkdtempSync(join(tmpdir(), 'feedback-bench-'));
const targets: TargetsDocument = {
  version: 1,
  targets: ['zh-CN', 'en'].flatMap((locale) =>
    Array.from({ length: 50 }, (_, index) => ({ locale: locale as 'zh-CN' | 'en', target: 'article' as const, slug: `article-${index}`, url: `/${locale.toLowerCase()}/articles/article-${index}/`, title: `Article ${index}`, file: `content/articles/${locale}/article-${index}.mdx`, phrases: [] })),
  ),
};
writeFileSync(join(work, 'feedback-targets.json'), JSON.stringify(targets));

const child = spawn(process.execPath, ['src/cli/feedback.ts', 'serve', '--port', '0', '--db', join(work, 'bench.sqlite'), '--site', work, '--burst', '100000000', '--per-minute', '100000000'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise<URL>((resolve, reject) => {
  child.once('exit', (code) => reject(new Error(`collector exited with ${String(code)}`)));
  createInterface({ input: child.stdout }).on('line', (line) => {
    const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
    if (match?.[1]) resolve(new URL(match[1]));
  });
});

/**
 * The collector's CPU seconds so far (Linux /proc; undefined elsewhere). On a shared machine the
 * wall-clock rate says more about the neighbours than about the collector; events per CPU second does not.
 */
function collectorCpuSeconds(): number | undefined {
  const stat = `/proc/${String(child.pid)}/stat`;
  if (!existsSync(stat)) return undefined;
  const fields = readFileSync(stat, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
const bodies = targets.targets.map((target, index) =>
  JSON.stringify(index % 3 === 0 ? { type: 'vote', locale: target.locale, target: 'article', slug: target.slug, vote: 'no', reason: 'out-of-date', comment: '第三步的按钮找不到了' } : { type: 'vote', locale: target.locale, target: 'article', slug: target.slug, vote: 'yes' }),
);

function send(body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: base.port, path: '/v1/events', method: 'POST', agent, headers: { Origin: 'http://127.0.0.1:4321', 'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength(body) } }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const latencies: number[] = [];
let failures = 0;
let next = 0;
const started = performance.now();
async function worker(): Promise<void> {
  while (next < TOTAL && performance.now() - started < TIME_CAP_MS) {
    const body = bodies[next % bodies.length] ?? '';
    next += 1;
    const sent = performance.now();
    const status = await send(body);
    latencies.push(performance.now() - sent);
    if (status !== 202) failures += 1;
  }
}
// Warm-up (JIT, SQLite page cache) is not measured.
for (let index = 0; index < 500; index += 1) await send(bodies[0] ?? '');
const warmStart = performance.now();
const cpuStart = collectorCpuSeconds();
next = 0;
await Promise.all(Array.from({ length: CONNECTIONS }, () => worker()));
const seconds = (performance.now() - warmStart) / 1000;
const cpuEnd = collectorCpuSeconds();

latencies.sort((a, b) => a - b);
const quantile = (q: number): string => (latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0).toFixed(2);
console.log(`feedback collector: ${latencies.length} events over ${CONNECTIONS} keep-alive connections in ${seconds.toFixed(2)} s`);
console.log(`  throughput ${(latencies.length / seconds).toFixed(0)} events/s (target ≥ 2000)`);
console.log(`  latency p50 ${quantile(0.5)} ms, p90 ${quantile(0.9)} ms, p99 ${quantile(0.99)} ms (target p99 < 20 ms), max ${quantile(1)} ms`);
console.log(`  non-202 answers: ${failures}`);
if (cpuStart !== undefined && cpuEnd !== undefined && cpuEnd > cpuStart) {
  console.log(`  collector CPU ${(cpuEnd - cpuStart).toFixed(2)} s: ${(latencies.length / (cpuEnd - cpuStart)).toFixed(0)} events per CPU second (machine load average ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0] ?? '?'})`);
}

agent.destroy();
child.kill('SIGTERM');
await new Promise((resolve) => child.once('exit', resolve));
rmSync(work, { recursive: true, force: true });
