import type { DataSource } from 'typeorm';
import { sqliteWriteLock } from '../../common/mutation.js';
import type { Engine } from '../../db/data-source.js';
import { appendToChain } from './audit-chain.js';
import type { AuditDraft } from './audit-draft.js';

/*
 * Writes audit entries reliably and cheaply: concurrent requests' entries are grouped into one transaction (one
 * lock of the chain head for many entries), a failed transaction is retried with back-off, and when a group
 * still fails each request's entries are tried alone, so one bad entry cannot take others with it. The promise
 * a caller gets settles only when its entries are committed (or finally failed).
 */

interface Pending {
  drafts: AuditDraft[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

const RETRY_DELAYS_MS = [20, 100, 400];
const MAX_GROUP = 200;

export function engineOfDataSource(db: DataSource): Engine {
  return db.options.type === 'postgres' ? 'postgres' : 'sqlite';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class AuditWriter {
  private readonly pending: Pending[] = [];
  private running = false;
  private readonly engine: Engine;

  constructor(private readonly db: DataSource) {
    this.engine = engineOfDataSource(db);
  }

  /** Resolves once the entries are in the chain; rejects when they could not be written. */
  write(drafts: AuditDraft[]): Promise<void> {
    if (!drafts.length) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ drafts, resolve, reject });
      if (!this.running) {
        this.running = true;
        // better-sqlite3 commits synchronously, so a drain started at once would always commit one request's
        // entries alone; waiting for the end of this turn of the event loop lets the requests answered in it join.
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.pending.length) {
      const group = this.pending.splice(0, MAX_GROUP);
      try {
        await this.commitWithRetry(group.flatMap((p) => p.drafts));
        for (const p of group) p.resolve();
      } catch (error) {
        if (group.length === 1) {
          group[0].reject(error);
          continue;
        }
        for (const p of group) {
          await this.commit(p.drafts).then(p.resolve, p.reject);
        }
      }
    }
    this.running = false;
  }

  private async commitWithRetry(drafts: AuditDraft[]): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await this.commit(drafts);
        return;
      } catch (error) {
        if (attempt >= RETRY_DELAYS_MS.length) throw error;
        await sleep(RETRY_DELAYS_MS[attempt]);
      }
    }
  }

  private async commit(drafts: AuditDraft[]): Promise<void> {
    const transaction = () => this.db.transaction((tx) => appendToChain(tx, this.engine, drafts));
    await (this.engine === 'sqlite' ? sqliteWriteLock.run(transaction) : transaction());
  }
}

const writers = new WeakMap<DataSource, AuditWriter>();

/** The writer for a database (one per DataSource, so its entries group together). */
export function auditWriterFor(db: DataSource): AuditWriter {
  let writer = writers.get(db);
  if (!writer) {
    writer = new AuditWriter(db);
    writers.set(db, writer);
  }
  return writer;
}

/** Appends entries through the database's writer. */
export function writeAudit(db: DataSource, drafts: AuditDraft[]): Promise<void> {
  return auditWriterFor(db).write(drafts);
}
