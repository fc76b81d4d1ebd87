/**
 * `npm run feedback -- serve …` runs the collector; `npm run feedback -- report …`
 * prints what readers said. See the README's "Reader feedback" section.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatHtml, formatTable } from '../feedback/engine/report-format.ts';
import { buildReport, parseDuration } from '../feedback/engine/report.ts';
import { parseTargets, TARGETS_FILE, type Target } from '../feedback/engine/targets.ts';
import { createCollector, listen } from '../feedback/server/collector.ts';
import { EventStore } from '../feedback/server/store.ts';

const USAGE = `Usage:
  npm run feedback -- serve [--port 8787] [--host 127.0.0.1] [--db feedback.sqlite] [--site dist]
                            [--origin https://help.example.com ...] [--burst 20] [--per-minute 60] [--trust-proxy]
  npm run feedback -- report [--db feedback.sqlite] [--site dist] [--since 30d] [--format table|json|html] [--out file]`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function loadTargets(site: string, required: boolean): Target[] {
  const file = join(resolve(site), TARGETS_FILE);
  if (!existsSync(file)) {
    if (required) fail(`${file} does not exist. Build the site first (npm run build) and pass its output directory with --site.`);
    return [];
  }
  try {
    return parseTargets(readFileSync(file, 'utf8'), file).targets;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

function whole(value: string | undefined, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) fail(`--${name} must be a whole number of at least ${min}, not "${value}".`);
  return number;
}

function openStore(db: string): EventStore {
  try {
    return new EventStore(db);
  } catch (error) {
    return fail(`Cannot open the database ${db}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function serve(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      db: { type: 'string', default: 'feedback.sqlite' },
      site: { type: 'string', default: 'dist' },
      origin: { type: 'string', multiple: true, default: [] },
      burst: { type: 'string' },
      'per-minute': { type: 'string' },
      'trust-proxy': { type: 'boolean', default: false },
    },
  });
  const origins = values.origin.map((origin) => {
    try {
      const url = new URL(origin);
      if (url.origin !== origin.replace(/\/$/, '')) throw new Error('not an origin');
      return url.origin;
    } catch {
      return fail(`--origin "${origin}" is not an origin such as https://help.example.com (scheme, host and port only).`);
    }
  });
  const store = openStore(values.db);
  const server = createCollector({
    store,
    targets: loadTargets(values.site, true),
    origins,
    rateLimit: { burst: whole(values.burst, 'burst', 20, 1), perMinute: whole(values['per-minute'], 'per-minute', 60, 1) },
    trustProxy: values['trust-proxy'],
  });
  const url = await listen(server, whole(values.port, 'port', 8787, 0), values.host).catch((error: unknown) =>
    fail(`Cannot listen: ${error instanceof Error ? error.message : String(error)}`),
  );
  console.log(`Feedback collector listening on ${url} (database ${resolve(values.db)}; origins ${origins.length > 0 ? origins.join(', ') : 'http://127.0.0.1:* and http://localhost:* only'})`);
  const stop = (): void => {
    server.close(() => {
      store.close();
      process.exit(0);
    });
    server.closeAllConnections();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

function report(args: string[]): void {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string', default: 'feedback.sqlite' },
      site: { type: 'string', default: 'dist' },
      since: { type: 'string', default: '30d' },
      format: { type: 'string', default: 'table' },
      out: { type: 'string' },
    },
  });
  const span = parseDuration(values.since);
  if (span === undefined) fail(`--since "${values.since}" should look like 30d, 12h or 2w.`);
  if (!['table', 'json', 'html'].includes(values.format)) fail(`--format must be table, json or html, not "${values.format}".`);
  if (!existsSync(values.db)) fail(`${values.db} does not exist. Point --db at the collector's database.`);
  const store = openStore(values.db);
  const until = Date.now();
  const result = buildReport(store.since(until - span), loadTargets(values.site, false), until - span, until);
  store.close();
  const text = values.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : values.format === 'html' ? formatHtml(result) : formatTable(result);
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'serve') await serve(rest);
  else if (command === 'report') report(rest);
  else fail(command ? `Unknown command "${command}".` : 'Name a command.');
} catch (error) {
  // parseArgs throws on unknown or malformed options: say which, not a stack trace.
  fail(error instanceof Error ? error.message : String(error));
}
