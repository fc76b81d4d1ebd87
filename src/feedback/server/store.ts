/**
 * Events in SQLite (Node's built-in node:sqlite: nothing to install). WAL lets
 * the report read while the collector writes; synchronous=FULL makes every
 * commit durable before the collector acknowledges it. Writes are grouped:
 * every event that arrives in one turn of the event loop goes into one
 * transaction, and each request is answered only after that commit.
 */
import { DatabaseSync } from 'node:sqlite';
import type { Locale } from '../../schemas/common.ts';
import type { Reason, TargetKind } from '../engine/constants.ts';
import type { FeedbackEvent } from '../engine/event.ts';
import type { StoredEvent } from '../engine/report.ts';

const HOUR_MS = 3_600_000;
const SCHEMA_VERSION = 1;

interface Row {
  received_hour: number;
  type: string;
  locale: string;
  target: string | null;
  slug: string | null;
  vote: string | null;
  reason: string | null;
  comment: string | null;
  query: string | null;
}

export class EventStore {
  readonly #db: DatabaseSync;
  readonly #insert;
  #pending: { event: FeedbackEvent; at: number; done: (error: Error | undefined) => void }[] = [];

  constructor(file: string) {
    this.#db = new DatabaseSync(file);
    this.#db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
    const version = (this.#db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
    if (version > SCHEMA_VERSION) throw new Error(`${file} was written by a newer collector (schema ${version}); upgrade this checkout.`);
    // Only the documented fields. The hour, not the instant: enough for trends, too coarse to match a vote to a server log line.
    this.#db.exec(`CREATE TABLE IF NOT EXISTS events (
      id INTEGER PRIMARY KEY,
      received_hour INTEGER NOT NULL,
      type TEXT NOT NULL CHECK (type IN ('vote', 'search-miss')),
      locale TEXT NOT NULL,
      target TEXT, slug TEXT, vote TEXT, reason TEXT, comment TEXT, query TEXT
    ) STRICT;
    CREATE INDEX IF NOT EXISTS events_by_hour ON events (received_hour);
    PRAGMA user_version = ${SCHEMA_VERSION};`);
    this.#insert = this.#db.prepare(
      'INSERT INTO events (received_hour, type, locale, target, slug, vote, reason, comment, query) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
  }

  /** Resolves once the event is committed to disk; rejects when the write failed (the request then gets a 5xx). */
  add(event: FeedbackEvent, at: number = Date.now()): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.#pending.length === 0) setImmediate(() => this.#flush());
      this.#pending.push({ event, at, done: (error) => (error ? reject(error) : resolve()) });
    });
  }

  #flush(): void {
    const batch = this.#pending;
    this.#pending = [];
    let failure: Error | undefined;
    try {
      this.#db.exec('BEGIN IMMEDIATE');
      for (const { event, at } of batch) {
        const hour = Math.floor(at / HOUR_MS) * HOUR_MS;
        if (event.type === 'vote') {
          this.#insert.run(hour, 'vote', event.locale, event.target, event.slug, event.vote, event.reason ?? null, event.comment ?? null, null);
        } else {
          this.#insert.run(hour, 'search-miss', event.locale, null, null, null, null, null, event.query);
        }
      }
      this.#db.exec('COMMIT');
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
      if (this.#db.isTransaction) this.#db.exec('ROLLBACK');
    }
    for (const item of batch) item.done(failure);
  }

  count(): number {
    return (this.#db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
  }

  /** Events received from `since` on, oldest first, streamed so a large database is not loaded at once. */
  *since(since: number): Generator<StoredEvent> {
    const rows = this.#db.prepare('SELECT * FROM events WHERE received_hour >= ? ORDER BY id').iterate(Math.floor(since / HOUR_MS) * HOUR_MS) as Iterable<Row>;
    for (const row of rows) {
      const locale = row.locale as Locale;
      if (row.type === 'vote') {
        yield { type: 'vote', receivedAt: row.received_hour, locale, target: row.target as TargetKind, slug: row.slug ?? '', vote: row.vote === 'yes' ? 'yes' : 'no', reason: (row.reason ?? undefined) as Reason | undefined, comment: row.comment ?? undefined };
      } else {
        yield { type: 'search-miss', receivedAt: row.received_hour, locale, query: row.query ?? '' };
      }
    }
  }

  close(): void {
    this.#db.close();
  }
}
