import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DataSource } from 'typeorm';
import { auditVerifyCommand } from '../../cli/audit-verify.js';
import type { CliOutput } from '../../cli/cli-support.js';
import { openDatabase } from '../../db/data-source.js';
import { createScratchDatabase, type ScratchDatabase } from '../../db/scratch-database.js';
import { AuditEntryRow } from './audit.entities.js';
import { entryHash } from './audit-hash.js';
import { pruneAuditLog } from './audit-prune.js';
import { sampleDraft, tamper } from './audit.fixtures.js';
import { verifyAuditChain } from './audit-verify.js';
import { AuditWriter, writeAudit } from './audit-writer.js';

const engine = process.env.TREKLANG_TEST_DB ?? 'sqlite';

interface Fixture {
  database: ScratchDatabase;
  db: DataSource;
}

async function freshChain(entries: number): Promise<Fixture> {
  const database = await createScratchDatabase();
  const db = await openDatabase(database.url);
  await Promise.all(Array.from({ length: entries }, (_, i) => writeAudit(db, [sampleDraft(i + 1)])));
  return { database, db };
}

async function close(fixture: Fixture): Promise<void> {
  await fixture.db.destroy();
  await fixture.database.drop();
}

function capture(): CliOutput & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (line) => lines.push(line), err: (line) => lines.push(line) };
}

const monthsAgo = (months: number) => {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString();
};

describe(`audit hash chain on ${engine}`, () => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await freshChain(0);
  });
  afterAll(() => close(fixture));

  it('keeps one linear chain under 200 concurrent appends from 30 writers on three separate connections', async () => {
    // Three DataSources over one database behave as three server processes: on PostgreSQL each has its own pool
    // and only the chain-head row lock orders them.
    const others = [await openDatabase(fixture.database.url), await openDatabase(fixture.database.url)];
    try {
      // Ten writers per connection, so up to 30 transactions contend for the chain head at once.
      const writers = [fixture.db, ...others].flatMap((db) => Array.from({ length: 10 }, () => new AuditWriter(db)));
      await Promise.all(Array.from({ length: 200 }, (_, i) => writers[i % writers.length].write([sampleDraft(i)])));
    } finally {
      for (const db of others) await db.destroy();
    }
    const rows: { seq: string | number }[] = await fixture.db.query('SELECT seq FROM audit_entry ORDER BY seq');
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    const result = await verifyAuditChain(fixture.db);
    expect(result).toMatchObject({ ok: true, entries: 200, headSeq: 200, firstBadSeq: null });
  });

  it('commits the entries of requests answered in the same turn of the event loop in one transaction', async () => {
    const writer = new AuditWriter(fixture.db);
    const before = (await verifyAuditChain(fixture.db)).headSeq;
    const transaction = vi.spyOn(fixture.db, 'transaction');
    try {
      await Promise.all(Array.from({ length: 20 }, (_, i) => writer.write([sampleDraft(i)])));
      expect(transaction).toHaveBeenCalledTimes(1);
    } finally {
      transaction.mockRestore();
    }
    expect(await verifyAuditChain(fixture.db)).toMatchObject({ ok: true, headSeq: before + 20 });
  });

  it('refuses UPDATE and DELETE of entries in the database itself (append-only triggers)', async () => {
    await expect(fixture.db.query("UPDATE audit_entry SET purpose = 'x' WHERE seq = 3")).rejects.toThrow(/append-only/);
    await expect(fixture.db.query('DELETE FROM audit_entry WHERE seq = 3')).rejects.toThrow(/checkpoint/);
    expect((await verifyAuditChain(fixture.db)).ok).toBe(true);
  });
});

describe(`audit:verify detects tampering on ${engine}`, () => {
  it('passes an untouched chain (CLI exit code 0)', async () => {
    const f = await freshChain(10);
    try {
      const io = capture();
      expect(await auditVerifyCommand({ DATABASE_URL: f.database.url }, io)).toBe(0);
      expect(io.lines.join('\n')).toMatch(/intact: 10 entries/);
    } finally {
      await close(f);
    }
  });

  it('finds a changed entry (CLI exit code 1 naming it)', async () => {
    const f = await freshChain(10);
    try {
      await tamper(f.db, "UPDATE audit_entry SET purpose = 'forklaring' WHERE seq = 4");
      expect(await verifyAuditChain(f.db)).toMatchObject({ ok: false, firstBadSeq: 4 });
      const io = capture();
      expect(await auditVerifyCommand({ DATABASE_URL: f.database.url }, io)).toBe(1);
      expect(io.lines.join('\n')).toMatch(/BROKEN at entry 4/);
    } finally {
      await close(f);
    }
  });

  it('finds a changed entry whose hash was recomputed, at the next link', async () => {
    const f = await freshChain(10);
    try {
      const row = await f.db.getRepository(AuditEntryRow).findOneByOrFail({ seq: 6 });
      const forged = entryHash({ ...row, purpose: 'forklaring' });
      await tamper(f.db, `UPDATE audit_entry SET purpose = 'forklaring', hash = '${forged}' WHERE seq = 6`);
      expect(await verifyAuditChain(f.db)).toMatchObject({ ok: false, firstBadSeq: 7 });
    } finally {
      await close(f);
    }
  });

  it('finds a removed entry in the middle and at the end', async () => {
    const f = await freshChain(10);
    try {
      await tamper(f.db, 'DELETE FROM audit_entry WHERE seq = 5');
      expect(await verifyAuditChain(f.db)).toMatchObject({ ok: false, firstBadSeq: 5 });
      const io = capture();
      expect(await auditVerifyCommand({ DATABASE_URL: f.database.url }, io)).toBe(1);
    } finally {
      await close(f);
    }
    const g = await freshChain(10);
    try {
      await tamper(g.db, 'DELETE FROM audit_entry WHERE seq = 10');
      expect(await verifyAuditChain(g.db)).toMatchObject({ ok: false, firstBadSeq: 10 });
    } finally {
      await close(g);
    }
  });

  it("finds a citizen index row removed to hide an entry from a citizen's access log", async () => {
    const f = await freshChain(5);
    try {
      await f.db.query("DELETE FROM audit_citizen WHERE seq = 3");
      expect(await verifyAuditChain(f.db)).toMatchObject({ ok: false, firstBadSeq: 3 });
    } finally {
      await close(f);
    }
  });

  it('finds an inserted entry beyond the head and a forged checkpoint', async () => {
    const f = await freshChain(5);
    try {
      await tamper(
        f.db,
        `INSERT INTO audit_entry (seq, occurred_at, kind, outcome, root_fields, detail, citizen_ids, prev_hash, hash)
         SELECT 6, occurred_at, kind, outcome, root_fields, detail, citizen_ids, hash, hash FROM audit_entry WHERE seq = 5`,
      );
      expect(await verifyAuditChain(f.db)).toMatchObject({ ok: false, firstBadSeq: 6 });
    } finally {
      await close(f);
    }
    const g = await freshChain(5);
    try {
      // Removing the oldest entries behind a forged checkpoint: no PRUNE entry in the chain confirms it.
      await tamper(g.db, "INSERT INTO audit_checkpoint (through_seq, through_hash, created_at) SELECT seq, hash, '2026-01-01T00:00:00.000Z' FROM audit_entry WHERE seq = 2");
      await tamper(g.db, 'DELETE FROM audit_entry WHERE seq <= 2');
      expect(await verifyAuditChain(g.db)).toMatchObject({ ok: false, firstBadSeq: 2 });
    } finally {
      await close(g);
    }
  });
});

describe(`audit retention and pruning on ${engine}`, () => {
  it('removes only entries older than the retention, records a checkpoint, and the chain still verifies', async () => {
    const f = await freshChain(0);
    try {
      for (let i = 0; i < 5; i += 1) await writeAudit(f.db, [sampleDraft(i, { occurredAt: monthsAgo(9) })]);
      for (let i = 0; i < 3; i += 1) await writeAudit(f.db, [sampleDraft(i, { occurredAt: monthsAgo(7) })]);
      for (let i = 0; i < 4; i += 1) await writeAudit(f.db, [sampleDraft(i, { occurredAt: monthsAgo(5) })]);
      await expect(pruneAuditLog(f.db, { retentionMonths: 3 })).rejects.toThrow(/at least 6 months/);

      expect(await pruneAuditLog(f.db, { retentionMonths: 8 })).toMatchObject({ removed: 5, throughSeq: 5 });
      expect(await verifyAuditChain(f.db)).toMatchObject({ ok: true, checkpointSeq: 5, entries: 8 });
      expect(await pruneAuditLog(f.db, { retentionMonths: 6 })).toMatchObject({ removed: 3, throughSeq: 8 });
      expect(await pruneAuditLog(f.db, { retentionMonths: 6 })).toMatchObject({ removed: 0, throughSeq: null });
      const left: { occurred_at: string; kind: string }[] = await f.db.query('SELECT occurred_at, kind FROM audit_entry ORDER BY seq');
      expect(left.map((r) => r.kind)).toEqual(['ACCESS', 'ACCESS', 'ACCESS', 'ACCESS', 'PRUNE', 'PRUNE']);
      expect(left.every((r) => r.occurred_at >= monthsAgo(6))).toBe(true);
      expect(await verifyAuditChain(f.db)).toMatchObject({ ok: true, checkpointSeq: 8, entries: 6 });
      // Entries a checkpoint does not cover stay undeletable.
      await expect(f.db.query('DELETE FROM audit_entry WHERE seq = 9')).rejects.toThrow(/checkpoint/);
    } finally {
      await close(f);
    }
  });

  it('refuses to prune a chain that does not verify', async () => {
    const f = await freshChain(0);
    try {
      for (let i = 0; i < 3; i += 1) await writeAudit(f.db, [sampleDraft(i, { occurredAt: monthsAgo(9) })]);
      await tamper(f.db, "UPDATE audit_entry SET user_role = 'ADMIN' WHERE seq = 2");
      await expect(pruneAuditLog(f.db, { retentionMonths: 6 })).rejects.toThrow(/does not verify/);
    } finally {
      await close(f);
    }
  });
});
