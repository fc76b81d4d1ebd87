/**
 * `npm run bench -- --scale N`: copies the project to a temporary folder, adds
 * N synthetic guides per language (scale-corpus.ts), runs `npm run check` and a
 * cold `astro build` there, and prints what growth costs: wall time, peak
 * memory, pages per second, the build's phases, output sizes and the bytes of
 * an article's first visit. The machine is shared, so compare ratios measured
 * in the same sitting (e.g. against ../shared/bench/starlight), not absolute times.
 * Add `--keep` to leave the temporary project for inspection, and
 * `--starlight <dir>` (a copy of ../shared/bench/starlight with its npm ci done)
 * to build the Starlight baseline at the same N right after, and print the ratios.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchSlug, writeScaleCorpus } from './scale-corpus.ts';

const argument = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
};

/** Folders that are rebuilt or shared rather than copied. */
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results']);

function copyProject(from: string): string {
  const root = mkdtempSync(join(tmpdir(), 'help-center-scale-'));
  cpSync(from, root, { recursive: true, filter: (source) => !SKIP.has(relative(from, source).split('/')[0] ?? '') });
  symlinkSync(join(from, 'node_modules'), join(root, 'node_modules'));
  return root;
}

function sizeOf(path: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(path, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(path, name));
    if (stat.isFile()) {
      bytes += stat.size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** Milliseconds since the build started at which a log line matching `pattern` first appeared. */
interface Timed {
  at: number;
  line: string;
}

/** Resident memory of the build's Node process (the child of /usr/bin/time), sampled twice a second. */
interface RssSample {
  at: number;
  kib: number;
}

function readRss(timePid: number): number | undefined {
  try {
    const node = readFileSync(`/proc/${timePid}/task/${timePid}/children`, 'utf8').trim().split(' ')[0];
    if (!node) return undefined;
    const kib = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${node}/status`, 'utf8'))?.[1];
    return kib === undefined ? undefined : Number(kib);
  } catch {
    return undefined; // the process has just ended
  }
}

/** CPU seconds (user + system) from /usr/bin/time -v: far steadier than wall time on a shared machine. */
const cpuSeconds = (time: string): number =>
  Number(/User time \(seconds\): ([\d.]+)/.exec(time)?.[1] ?? 0) + Number(/System time \(seconds\): ([\d.]+)/.exec(time)?.[1] ?? 0);

async function timedBuild(root: string): Promise<{ lines: Timed[]; rss: RssSample[]; wallMs: number; cpuS: number; peakKiB: number; code: number | null }> {
  const started = performance.now();
  const timeFile = join(root, 'time.txt');
  const child = spawn('/usr/bin/time', ['-v', '-o', timeFile, process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Timed[] = [];
  const collect = (chunk: Buffer): void => {
    // Astro colours its log even when asked not to; the phase markers match plain text.
    for (const line of chunk.toString('utf8').replace(/\u001b\[[0-9;]*m/g, '').split('\n')) if (line.trim() !== '') lines.push({ at: performance.now() - started, line });
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const rss: RssSample[] = [];
  const sampler = setInterval(() => {
    const kib = child.pid === undefined ? undefined : readRss(child.pid);
    if (kib !== undefined) rss.push({ at: performance.now() - started, kib });
  }, 500);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const wallMs = performance.now() - started;
  const time = readFileSync(timeFile, 'utf8');
  const peakKiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(time)?.[1] ?? 0);
  return { lines, rss, wallMs, cpuS: cpuSeconds(time), peakKiB, code };
}

/**
 * The build's phases, each from the first log line of its marker to the next
 * marker's line, in order (Astro 7's own log lines; a missing marker merges
 * its phase into the one before).
 */
const PHASES: readonly [string, RegExp | undefined][] = [
  ['startup: config, content check, Vite deps', undefined],
  ['content layer sync (Astro)', /\[content\] Syncing content/],
  ['bundle: Vite compiles every page and MDX module', /Building static entrypoints/],
  ['render pages', /generating static routes/],
  ['build:done: Pagefind index, sitemap', /Waiting for integration|\[help-center:pagefind\]|\[@astrojs\/sitemap\]/],
];

function phases(lines: readonly Timed[], rss: readonly RssSample[], wallMs: number): { name: string; ms: number; peakKiB: number }[] {
  const starts: { name: string; at: number }[] = [];
  let from = 0;
  for (const [name, marker] of PHASES) {
    if (marker === undefined) {
      starts.push({ name, at: 0 });
      continue;
    }
    const index = lines.findIndex((line, position) => position >= from && marker.test(line.line));
    if (index < 0) continue;
    starts.push({ name, at: lines[index]?.at ?? 0 });
    from = index;
  }
  return starts.map((phase, index) => {
    const end = starts[index + 1]?.at ?? wallMs;
    const peakKiB = rss.reduce((peak, sample) => (sample.at >= phase.at && sample.at < end ? Math.max(peak, sample.kib) : peak), 0);
    return { name: phase.name, ms: end - phase.at, peakKiB };
  });
}

/** HTML + the stylesheets and scripts it loads (and their static imports), gzip. */
function firstVisitBytes(dist: string, pagePath: string): { bytes: number; files: number; links: number } {
  const seen = new Set<string>();
  let bytes = 0;
  const add = (file: string): string | undefined => {
    if (seen.has(file)) return undefined;
    seen.add(file);
    const text = readFileSync(join(dist, file), 'utf8');
    bytes += gzipSync(text).length;
    return text;
  };
  const html = add(join(pagePath, 'index.html')) ?? '';
  const assets = [...html.matchAll(/<(?:link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="(\/[^"]+)"/g)].map((match) => match[1] ?? '');
  const queue = [...assets];
  while (queue.length > 0) {
    const asset = queue.shift() ?? '';
    const text = add(asset);
    if (text === undefined || !asset.endsWith('.js')) continue;
    for (const match of text.matchAll(/\bimport\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      queue.push(new URL(match[1] ?? '', `file://${asset}`).pathname);
    }
  }
  return { bytes, files: seen.size, links: (html.match(/<a\s/g) ?? []).length };
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

interface BuildFigures {
  wallMs: number;
  cpuS: number;
  peakKiB: number;
  pages: number;
}

/** The Starlight baseline at the same N: its own generator, then a cold build (bench.sh does the same). */
async function starlightBuild(dir: string, count: number): Promise<BuildFigures> {
  const generated = spawnSync(process.execPath, ['gen.mjs', String(count)], { cwd: dir, encoding: 'utf8' });
  if (generated.status !== 0) throw new Error(`Starlight gen.mjs failed:\n${generated.stderr}`);
  for (const folder of ['dist', '.astro', 'node_modules/.astro']) rmSync(join(dir, folder), { recursive: true, force: true });
  const build = await timedBuild(dir);
  if (build.code !== 0) throw new Error(`Starlight build failed:\n${build.lines.slice(-20).map((line) => line.line).join('\n')}`);
  const pages = readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
  return { wallMs: build.wallMs, cpuS: build.cpuS, peakKiB: build.peakKiB, pages };
}

export async function runScaleBench(count: number): Promise<void> {
  const root = copyProject(process.cwd());
  try {
    writeScaleCorpus(root, count);
    const articles = readdirSync(join(root, 'content/articles/en')).length;
    console.log(`Scale bench: ${count} synthetic guides per language (${articles} articles per language in all) in ${root}`);

    const checkStarted = performance.now();
    const check = spawnSync('/usr/bin/time', ['-v', '-o', join(root, 'check-time.txt'), process.execPath, 'src/cli/check.ts'], { cwd: root, encoding: 'utf8' });
    const checkMs = performance.now() - checkStarted;
    const checkCpuS = cpuSeconds(readFileSync(join(root, 'check-time.txt'), 'utf8'));
    if (check.status !== 0) throw new Error(`npm run check failed on the synthetic corpus:\n${check.stderr.slice(0, 4000)}`);

    const build = await timedBuild(root);
    if (build.code !== 0) throw new Error(`astro build failed:\n${build.lines.slice(-40).map((line) => line.line).join('\n')}`);
    const dist = join(root, 'dist');
    const html = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
    const all = sizeOf(dist);
    const pagefind = sizeOf(join(dist, 'pagefind'));
    const middle = benchSlug(Math.floor(count / 2));

    console.log(`\n| measure | N = ${count} |\n|---|---|`);
    console.log(`| npm run check, wall | ${seconds(checkMs)} (CPU ${checkCpuS.toFixed(1)} s) |`);
    console.log(`| cold build, wall | ${seconds(build.wallMs)} (CPU ${build.cpuS.toFixed(1)} s) |`);
    console.log(`| peak memory (RSS) | ${mib(build.peakKiB * 1024)} |`);
    console.log(`| HTML pages | ${html} |`);
    console.log(`| pages per second | ${(html / (build.wallMs / 1000)).toFixed(1)} |`);
    console.log(`| ms per page | ${(build.wallMs / html).toFixed(1)} |`);
    for (const phase of phases(build.lines, build.rss, build.wallMs)) console.log(`| phase: ${phase.name} | ${seconds(phase.ms)}, peak ${mib(phase.peakKiB * 1024)} |`);
    console.log(`| dist | ${mib(all.bytes)} (${all.files} files) |`);
    console.log(`| dist/pagefind | ${mib(pagefind.bytes)} (${pagefind.files} files) |`);
    for (const page of [`/zh-cn/articles/${middle}/`, `/en/articles/${middle}/`, '/en/articles/transaction-failed/']) {
      const visit = firstVisitBytes(dist, page);
      console.log(`| first visit ${page} (HTML+CSS+JS gzip) | ${kib(visit.bytes)}, ${visit.files} files, ${visit.links} links |`);
    }
    if (process.argv.includes('--verbose')) for (const line of build.lines) console.log(`${seconds(line.at).padStart(8)}  ${line.line}`);

    const starlight = argument('--starlight');
    if (starlight !== undefined) {
      const baseline = await starlightBuild(starlight, count);
      const ours = build.wallMs / html;
      console.log(`\n| Starlight, same N, right after | N = ${count} |\n|---|---|`);
      console.log(`| cold build, wall | ${seconds(baseline.wallMs)} (ours / Starlight: ${(build.wallMs / baseline.wallMs).toFixed(2)}) |`);
      console.log(`| cold build, CPU | ${baseline.cpuS.toFixed(1)} s (ours / Starlight: ${(build.cpuS / baseline.cpuS).toFixed(2)}) |`);
      console.log(`| peak memory (RSS) | ${mib(baseline.peakKiB * 1024)} (ours / Starlight: ${(build.peakKiB / baseline.peakKiB).toFixed(2)}) |`);
      console.log(`| HTML pages | ${baseline.pages} |`);
      console.log(`| ms per page | ${(baseline.wallMs / baseline.pages).toFixed(1)} (ours / Starlight: ${(ours / (baseline.wallMs / baseline.pages)).toFixed(2)}) |`);
    }
  } finally {
    if (process.argv.includes('--keep')) console.log(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

export const scaleArgument = (): number | undefined => {
  const value = argument('--scale');
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--scale needs a whole number of articles per language, got "${value}"`);
  return count;
};
